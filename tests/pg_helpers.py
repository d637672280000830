"""Shared helpers of the live test scripts: running psql and pgmorph against the server the
libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) point at. Python 3
standard library only."""

import os
import subprocess
import sys
import urllib.parse


def pg_env(extra=None):
    """The environment for child processes: a connect timeout, warnings only from the
    server, plus `extra` (a dict) on top."""
    env = dict(os.environ)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    env["PGOPTIONS"] = (env.get("PGOPTIONS", "") + " -c client_min_messages=warning").strip()
    env.update(extra or {})
    return env


def run(cmd, timeout, env=None, cwd=None):
    """(returncode, stdout, stderr) of `cmd`; 124 on timeout."""
    try:
        r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env or pg_env(), cwd=cwd)
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return 124, "", "timed out after %ds" % timeout


def quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


def admin_db():
    return os.environ.get("PGDATABASE") or "postgres"


def admin(sql, timeout=60, db=None):
    """Runs `sql` as the test role (in the admin database by default); raises on error."""
    rc, out, err = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", db or admin_db(),
                        "-c", sql], timeout)
    if rc != 0:
        raise RuntimeError("%s: %s" % (sql, err.strip()))
    return out


def database_url(name, user=None):
    """A URL naming the database; host, port and (unless given) the user come from the PG*
    variables, the password stays in PGPASSWORD (never on a command line)."""
    host = os.environ.get("PGHOST", "")
    port = os.environ.get("PGPORT", "")
    user = user if user is not None else os.environ.get("PGUSER", "")
    netloc = ""
    if user:
        netloc += urllib.parse.quote(user, safe="") + "@"
    if host and not host.startswith("/"):
        netloc += host
    if port:
        netloc += ":" + port
    url = "postgresql://%s/%s" % (netloc, urllib.parse.quote(name, safe=""))
    if host.startswith("/"):
        url += "?host=" + urllib.parse.quote(host, safe="")
    return url



def require_server(what):
    """None when the server of the PG* variables answers; otherwise prints why and returns the
    exit code for the script's main(): 77 (ctest: skipped, never passed) under
    PGMORPH_SKIP_LIVE=1, 1 (a failure) when no server answers."""
    if os.environ.get("PGMORPH_SKIP_LIVE") == "1":
        print("%s skipped: PGMORPH_SKIP_LIVE=1" % what)
        return 77
    rc, _, err = run(["psql", "-X", "-At", "-c", "SELECT 1"], 30)
    if rc != 0:
        print("no PostgreSQL server reachable through the PG* variables (%s); run under "
              "pg_virtualenv or set PGMORPH_SKIP_LIVE=1" % err.strip(), file=sys.stderr)
        return 1
    return None

class Results:
    """PASS/FAIL/SKIP lines of a live check script, counted for its summary line."""

    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("PASS %s" % name)
        else:
            self.failed += 1
            print("FAIL %s%s" % (name, ("\n  " + detail.replace("\n", "\n  ")) if detail else ""))

    def skip(self, name, why):
        self.skipped += 1
        print("SKIP %s: %s" % (name, why))
