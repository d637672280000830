#!/usr/bin/env python3
r"""Live checks of how pgmorph connects, against a real PostgreSQL server.

  1. One connection or two: the catalog is read on two sessions sharing an exported snapshot
     when a second session can be had. For a role whose CONNECTION LIMIT is 1 the second is
     refused and pgmorph reads everything on the first; `pgmorph dump` must print exactly
     the same schema both ways (and the same as with no limit).
  2. Connection errors: one line, exit 1, the stable code, and never the password:
     server-unreachable (a closed port), database-missing, insufficient-privilege (no
     CONNECT), authentication-failed (a wrong password; skipped when the server accepts
     any password, as with trust authentication).

Needs a server through the libpq variables whose role may create roles and databases (e.g.
under `pg_virtualenv -t`). With PGMORPH_SKIP_LIVE=1 the run is skipped (exit 77: ctest reports it as skipped). Prints
`N passed, N failed[, N skipped]`; exit 1 on any failure.
"""

import argparse
import os
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_helpers import Results, admin, database_url, pg_env, quote_ident, run, require_server  # noqa: E402

SCHEMA = """
CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(200) NOT NULL DEFAULT '',
    balance numeric(12,2) NOT NULL DEFAULT 0 CHECK (balance >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX accounts_email_idx ON public.accounts (lower(email));
CREATE TABLE public.entries (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts (id) ON DELETE CASCADE,
    amount numeric(12,2) NOT NULL
);
CREATE VIEW public.balances AS SELECT a.id, a.balance FROM public.accounts AS a;
COMMENT ON TABLE public.accounts IS 'one row per customer';
"""


def one_error_line(err, code):
    lines = [l for l in err.splitlines() if l.strip()]
    return len(lines) == 1 and ("error[%s]" % code) in lines[0]


def check_error(results, pgmorph, name, url, code, secret, env):
    rc, out, err = run([pgmorph, "dump", "--from", url], 60, env=env)
    text = out + err
    results.check(name, rc == 1 and one_error_line(err, code) and secret not in text,
                  "exit %d, expected 1 with one `error[%s]` line and no password:\n%s" % (rc, code, text.strip()))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True)
    args = ap.parse_args(argv)
    unavailable = require_server("live connection checks")
    if unavailable is not None:
        return unavailable

    results = Results()
    run_id = uuid.uuid4().hex[:8]
    role, db, locked_db = "pgmorph_conn_%s" % run_id, "pgmorph_conn_%s" % run_id, "pgmorph_conn_%s_locked" % run_id
    password = "pw-%s-secret" % uuid.uuid4().hex[:12]
    role_env = pg_env({"PGUSER": role, "PGPASSWORD": password})
    try:
        admin("CREATE ROLE %s LOGIN PASSWORD '%s'" % (quote_ident(role), password))
        admin("CREATE DATABASE %s OWNER %s TEMPLATE template0" % (quote_ident(db), quote_ident(role)))
        admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(locked_db))
        admin("REVOKE CONNECT ON DATABASE %s FROM PUBLIC" % quote_ident(locked_db))
        rc, _, err = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", SCHEMA], 60, env=role_env)
        if rc != 0:
            raise RuntimeError("loading the schema as %s failed: %s" % (role, err.strip()))

        url = database_url(db, user=role)
        rc, unlimited, err = run([args.pgmorph, "dump", "--from", url], 120, env=role_env)
        results.check("dump with two connections", rc == 0 and "CREATE TABLE public.accounts" in unlimited,
                      "exit %d: %s" % (rc, err.strip()))
        admin("ALTER ROLE %s CONNECTION LIMIT 1" % quote_ident(role))
        rc, limited, err = run([args.pgmorph, "dump", "--from", url], 120, env=role_env)
        results.check("dump with one connection allowed equals the two-connection dump",
                      rc == 0 and limited == unlimited, "exit %d: %s" % (rc, err.strip()))
        admin("ALTER ROLE %s CONNECTION LIMIT -1" % quote_ident(role))

        check_error(results, args.pgmorph, "server-unreachable",
                    "postgresql://%s:%s@127.0.0.1:1/%s" % (role, password, db), "server-unreachable",
                    password, role_env)
        check_error(results, args.pgmorph, "database-missing", database_url(db + "_missing", user=role),
                    "database-missing", password, role_env)
        check_error(results, args.pgmorph, "insufficient-privilege", database_url(locked_db, user=role),
                    "insufficient-privilege", password, role_env)

        wrong = "wrong-%s" % uuid.uuid4().hex[:12]
        wrong_env = pg_env({"PGUSER": role, "PGPASSWORD": wrong})
        rc, _, _ = run(["psql", "-X", "-At", "-d", db, "-c", "SELECT 1"], 30, env=wrong_env)
        if rc == 0:
            results.skip("authentication-failed", "the server accepts any password here (trust)")
        else:
            check_error(results, args.pgmorph, "authentication-failed", database_url(db, user=role),
                        "authentication-failed", wrong, wrong_env)
    finally:
        for name in (db, locked_db):
            try:
                admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(name))
            except RuntimeError as e:
                print("note: %s" % e, file=sys.stderr)
        try:
            admin("DROP ROLE IF EXISTS %s" % quote_ident(role))
        except RuntimeError as e:
            print("note: %s" % e, file=sys.stderr)

    tail = ", %d skipped" % results.skipped if results.skipped else ""
    print("%d passed, %d failed%s" % (results.passed, results.failed, tail))
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
