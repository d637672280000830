#!/usr/bin/env python3
r"""Live convergence check of the golden cases against a real PostgreSQL server.

Needs a server reachable through the libpq variables (PGHOST, PGPORT, PGUSER,
PGPASSWORD, PGDATABASE), for example under `pg_virtualenv -t`, whose role may
create databases. With PGMORPH_SKIP_LIVE=1 the run is skipped (exit 77: ctest reports it as skipped).

For every case folder <cases>/<family>/<case>/ (from.sql, to.sql):

  1. scratch databases A <- from.sql and B <- to.sql
     (psql -X -q -v ON_ERROR_STOP=1; unique names pgmorph_live_*, dropped afterwards)
  2. pgmorph diff --from from.sql --to to.sql --up up.sql --down down.sql  (offline, files;
     with --use-golden the case's expected up.sql/down.sql are applied instead)
  3. A + up.sql: the normalized `pg_dump --schema-only` of A must equal B's
  4. A + down.sql: it must equal the dump of from.sql freshly loaded
  5. re-plan: diff(to.sql, to.sql) and diff(from.sql, from.sql) with --exit-code exit 0
  6. with --dump-replan also: diff(pg_dump of A after up, to.sql) --exit-code exits 0
     (the dump's \restrict lines, psql meta-commands, are removed first)

Cases whose meta.toml has `live = false` or a non-zero `expect_exit` are skipped; with
`xfail_live = "reason"` a failure counts as xfailed (a known bug) and a pass fails (XPASS).
--use-golden ignores xfail_live: the goldens must always converge.
Prints `N passed, N failed[, N skipped]` last; exit status 1 on any failure.
"""

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_cases  # noqa: E402
from pg_helpers import admin_db, pg_env, quote_ident, run  # noqa: E402

# --------------------------------------------------------------------------
# PostgreSQL access through psql / pg_dump
# --------------------------------------------------------------------------


def psql(db, args, timeout, cwd=None):
    """Returns (rc, stdout, stderr); rc 124 on timeout."""
    return run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db] + list(args), timeout, cwd=cwd)


def admin(sql, timeout=60):
    rc, out, err = psql(admin_db(), ["-At", "-c", sql], timeout)
    if rc != 0:
        raise RuntimeError("%s: %s" % (sql, err.strip()))
    return out


def create_db(name):
    assert name.startswith("pgmorph_live_")
    admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(name))


def drop_db(name):
    assert name.startswith("pgmorph_live_")
    try:
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(name))
    except RuntimeError as e:
        print("warning: could not drop database %s: %s" % (name, e), file=sys.stderr)


def first_error(stderr):
    lines = [l.rstrip() for l in stderr.splitlines() if l.strip()]
    for i, l in enumerate(lines):
        if "ERROR:" in l or "FATAL:" in l:
            return "\n".join("    " + x for x in lines[i:i + 4])
    return "\n".join("    " + x for x in lines[:4])


def run_sql_file(db, path, timeout, cwd=None):
    """Apply a script; returns None or the error text."""
    rc, _out, err = psql(db, ["-f", path], timeout, cwd=cwd or os.path.dirname(path))
    if rc == 0:
        return None
    return first_error(err) or ("psql exit %d" % rc)


def raw_dump(db, timeout):
    cmd = ["pg_dump", "--schema-only", "--no-tablespaces", "-d", db]
    try:
        r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=pg_env())
    except subprocess.TimeoutExpired:
        raise RuntimeError("pg_dump of %s timed out" % db)
    if r.returncode != 0:
        raise RuntimeError("pg_dump of %s failed: %s" % (db, r.stderr.decode("utf-8", "replace").strip()))
    return r.stdout.decode("utf-8", "replace")


# --------------------------------------------------------------------------
# dump normalization
#
# pg_dump's plain output is a sequence of TOC entries, each introduced by a
# comment "-- Name: ...; Type: ...; Schema: ...; Owner: ...". The order of the
# entries depends on OIDs (creation order), which differs between a database
# built from to.sql and one migrated to it, so entries are compared as a sorted
# list. Inside entries, comments, blank lines, SET and set_config lines (session
# settings) and \restrict / \unrestrict lines (random per dump) are dropped;
# SET default_tablespace / default_table_access_method lines stay when they
# name a non-default value, because they change what the next CREATE does.
# Lines of ACL entries are sorted. Column order inside CREATE TABLE counts.
# --------------------------------------------------------------------------

_entry_header = re.compile(r"^-- (?:Data for )?Name: .*; Type: (?P<type>.+); Schema: .*; Owner: .*$")
_meaningful_set = re.compile(r"^SET (?:default_tablespace|default_table_access_method) = (?P<val>.*);$")


def _keep_line(line):
    stripped = line.strip()
    if not stripped or stripped.startswith("--"):
        return False
    if line.startswith("\\restrict") or line.startswith("\\unrestrict"):
        return False
    if line.startswith("SELECT pg_catalog.set_config("):
        return False
    if line.startswith("SET "):
        m = _meaningful_set.match(line)
        return bool(m) and m.group("val").strip() not in ("''", "heap")
    return True


def normalize_dump(text):
    entries = []
    current = None
    for raw in text.splitlines():
        m = _entry_header.match(raw)
        if m:
            current = (m.group("type"), [])
            entries.append(current)
            continue
        if current is None:
            continue  # preamble before the first entry: session settings only
        line = raw.rstrip()
        if _keep_line(line):
            current[1].append(line)
    blocks = []
    for typ, lines in entries:
        if not lines:
            continue
        if typ in ("ACL", "DEFAULT ACL"):
            lines = sorted(lines)
        blocks.append("\n".join(lines))
    blocks.sort()
    return "\n\n".join(blocks) + "\n" if blocks else ""


def dump_diff(expected, actual, a, b, max_lines=150):
    d = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), a, b, n=2, lineterm=""))
    if len(d) > max_lines:
        d = d[:max_lines] + ["... (%d more diff lines)" % (len(d) - max_lines)]
    return "\n".join("    " + l for l in d)


# --------------------------------------------------------------------------
# one case
# --------------------------------------------------------------------------


def check_case(case, idx, args, run_id, workroot):
    """Returns (status, messages); status is 'pass', 'fail' or 'skip'."""
    meta = case["meta"]
    if meta.get("live") is False:
        return "skip", ["live = false" + (": " + meta["reason"] if meta.get("reason") else "")]
    if int(meta.get("expect_exit", 0)) != 0:
        return "skip", ["expects pgmorph to refuse (exit %d); nothing to apply" % int(meta["expect_exit"])]

    d = case["dir"]
    wd = os.path.join(workroot, "%03d" % idx)
    os.makedirs(wd)
    pre = "pgmorph_live_%s_%03d" % (run_id, idx)
    db_a, db_b = pre + "_a", pre + "_b"
    created = []
    msgs = []
    t = args.timeout
    try:
        for db, fname in ((db_a, "from.sql"), (db_b, "to.sql")):
            create_db(db)
            created.append(db)
            err = run_sql_file(db, os.path.join(d, fname), t, cwd=d)
            if err:
                return "fail", ["%s does not load (the case itself is broken):" % fname, err]
        dump_from = normalize_dump(raw_dump(db_a, t))
        dump_to = normalize_dump(raw_dump(db_b, t))

        # the scripts under test
        if args.use_golden:
            up, down = os.path.join(d, "up.sql"), os.path.join(d, "down.sql")
            for p in (up, down):
                if not os.path.exists(p):
                    return "fail", ["missing golden %s" % os.path.basename(p)]
        else:
            r = run_cases.run_diff(args.pgmorph, d, "from.sql", "to.sql", wd, timeout=t)
            if r["rc"] != 0:
                crash = r["rc"] is None or run_cases.is_crash(r["rc"], r["stderr"])
                return "fail", ["pgmorph diff %s%s" % ("crashed: " if crash else "", run_cases.describe_rc(r["rc"])),
                                run_cases.tail(r["stderr"])]
            if r["up"] is None or r["down"] is None:
                return "fail", ["pgmorph wrote no %s" % ("up.sql" if r["up"] is None else "down.sql")]
            up, down = os.path.join(wd, "up.sql"), os.path.join(wd, "down.sql")

        ok = True
        # up
        err = run_sql_file(db_a, up, t, cwd=wd)
        if err:
            return "fail", ["up.sql fails on a database loaded from from.sql:", err]
        raw_after_up = raw_dump(db_a, t)
        after_up = normalize_dump(raw_after_up)
        if after_up != dump_to:
            ok = False
            msgs.append("after up.sql the schema differs from to.sql:")
            msgs.append(dump_diff(dump_to, after_up, "to.sql", "from.sql + up.sql"))

        if args.dump_replan:
            dump_file = os.path.join(wd, "after_up_dump.sql")
            with open(dump_file, "w", encoding="utf-8") as f:
                # \restrict / \unrestrict are psql meta-commands (pg_dump >= 15.14), not SQL
                f.write("".join(l for l in raw_after_up.splitlines(keepends=True)
                                if not (l.startswith("\\restrict") or l.startswith("\\unrestrict"))))
            os.makedirs(os.path.join(wd, "dr"))
            rr = run_cases.run_diff(args.pgmorph, d, dump_file, "to.sql", os.path.join(wd, "dr"),
                                    exit_code=True, timeout=t)
            if rr["rc"] != 0:
                ok = False
                if rr["rc"] == run_cases.EXIT_CHANGES:
                    msgs.append("re-plan from the migrated database's dump to to.sql is not empty:")
                    msgs.append(run_cases.tail((rr["up"] or b"").decode("utf-8", "replace"), 40))
                else:
                    msgs.append("re-plan from the migrated database's dump: pgmorph %s"
                                % run_cases.describe_rc(rr["rc"]))
                    msgs.append(run_cases.tail(rr["stderr"]))

        # down
        err = run_sql_file(db_a, down, t, cwd=wd)
        if err:
            ok = False
            msgs.append("down.sql fails after up.sql:")
            msgs.append(err)
        else:
            after_down = normalize_dump(raw_dump(db_a, t))
            if after_down != dump_from:
                ok = False
                msgs.append("after up.sql + down.sql the schema differs from from.sql:")
                msgs.append(dump_diff(dump_from, after_down, "from.sql", "from.sql + up.sql + down.sql"))

        # a second plan is empty
        if not args.use_golden:
            os.makedirs(os.path.join(wd, "rp"))
            rp_ok, rp_msgs = run_cases.check_replan(case, args.pgmorph, os.path.join(wd, "rp"), t)
            if not rp_ok:
                ok = False
                msgs.extend(rp_msgs)
        return ("pass" if ok else "fail"), msgs
    except RuntimeError as e:
        return "fail", ["harness error: %s" % e]
    finally:
        if not args.keep_dbs:
            for db in created:
                drop_db(db)
        elif created:
            msgs.append("kept databases: %s" % ", ".join(created))


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------


def server_check():
    """Returns None when the server answers, else an explanation."""
    if shutil.which("psql") is None or shutil.which("pg_dump") is None:
        return "psql and pg_dump must be on PATH (apt-get install postgresql-client)"
    rc, out, err = psql(admin_db(), ["-At", "-c", "select 1"], 30)
    if rc != 0 or out.strip() != "1":
        where = ", ".join("%s=%s" % (k, os.environ[k]) for k in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE")
                          if os.environ.get(k)) or "no PG* variables set"
        return "cannot reach a PostgreSQL server (%s): %s" % (where, err.strip() or "psql exit %d" % rc)
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True, help="path of the pgmorph binary")
    ap.add_argument("--cases", required=True, help="root folder of the golden cases")
    ap.add_argument("--filter", default=None, help="regex matched against 'family/case'")
    ap.add_argument("--jobs", type=int, default=2, help="cases run in parallel (at most 2)")
    ap.add_argument("--timeout", type=int, default=60, help="seconds per step (load, pgmorph, apply, dump)")
    ap.add_argument("--use-golden", action="store_true",
                    help="apply the expected up.sql/down.sql of each case instead of pgmorph's output")
    ap.add_argument("--dump-replan", action="store_true",
                    help="also require diff(pg_dump of the migrated database, to.sql) to be empty")
    ap.add_argument("--keep-dbs", action="store_true", help="do not drop the scratch databases")
    ap.add_argument("-v", "--verbose", action="store_true", help="print passing cases too")
    args = ap.parse_args(argv)

    if os.environ.get("PGMORPH_SKIP_LIVE") == "1":
        print("live cases skipped: PGMORPH_SKIP_LIVE=1")
        return 77  # ctest's SKIP_RETURN_CODE: reported as skipped, never as passed
    args.pgmorph = os.path.abspath(args.pgmorph)
    if not args.use_golden and not os.access(args.pgmorph, os.X_OK):
        print("error: pgmorph binary not found or not executable: %s" % args.pgmorph, file=sys.stderr)
        return 1
    try:
        cases = run_cases.discover_cases(args.cases, args.filter)
    except ValueError as e:
        print("error: %s" % e, file=sys.stderr)
        return 1
    if not cases:
        print("error: no cases under %s" % args.cases, file=sys.stderr)
        return 1
    problem = server_check()
    if problem:
        print("error: the live tests need a PostgreSQL server: %s" % problem, file=sys.stderr)
        print("Run them under pg_virtualenv (e.g. `pg_virtualenv -t ctest --test-dir build -L live`), "
              "or set PGMORPH_SKIP_LIVE=1 to skip them.", file=sys.stderr)
        return 1
    print("server: PostgreSQL %s" % admin("SHOW server_version").strip())

    run_id = "%d_%s" % (os.getpid(), uuid.uuid4().hex[:6])
    workroot = tempfile.mkdtemp(prefix="pgmorph-live-")
    if not args.use_golden:
        # run a private copy: a rebuild during the run must not swap or remove the binary
        private = os.path.join(workroot, "pgmorph")
        shutil.copy2(args.pgmorph, private)
        args.pgmorph = private
    counts = {"pass": 0, "fail": 0, "skip": 0, "xfail": 0}
    lock = threading.Lock()
    t0 = time.time()

    def one(item):
        idx, case = item
        t1 = time.time()
        try:
            status, msgs = check_case(case, idx, args, run_id, workroot)
        except Exception as e:  # a harness bug must not hide the other cases' results
            status, msgs = "fail", ["harness exception: %r" % (e,)]
        xfail = case["meta"].get("xfail_live") if not args.use_golden else None
        if xfail and status == "fail":
            status = "xfail"
        elif xfail and status == "pass":
            status = "fail"
            msgs = ["XPASS: pgmorph's scripts converge now; remove `xfail_live` from its meta.toml (%s)" % xfail]
        with lock:
            counts[status] += 1
            if status == "fail":
                print("FAIL %s (%.1fs)" % (case["name"], time.time() - t1))
                for m in msgs:
                    print(m if m.startswith("    ") else "  " + m)
            elif status == "skip":
                print("SKIP %s: %s" % (case["name"], "; ".join(msgs)))
            elif status == "xfail":
                print("XFAIL %s: %s" % (case["name"], case["meta"]["xfail_live"]))
                if args.verbose:
                    for m in msgs:
                        print(m if m.startswith("    ") else "  " + m)
            elif args.verbose:
                print("PASS %s (%.1fs)" % (case["name"], time.time() - t1))
            sys.stdout.flush()

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(args.jobs, 2))) as ex:
            list(ex.map(one, enumerate(cases)))
    finally:
        shutil.rmtree(workroot, ignore_errors=True)
    print("elapsed %.1fs" % (time.time() - t0))
    line = "%d passed, %d failed" % (counts["pass"], counts["fail"])
    if counts["xfail"]:
        print("%d xfailed (known pgmorph bugs, see the cases' meta.toml)" % counts["xfail"])
    if counts["skip"] or counts["xfail"]:
        line += ", %d skipped" % (counts["skip"] + counts["xfail"])
    print(line)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
