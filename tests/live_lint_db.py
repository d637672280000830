#!/usr/bin/env python3
"""Live check of `pgmorph lint --db URL`: the existing schema read from a database gives the
same schema awareness as a setup file.

With a table `prices(amount int, label varchar(50))` and `users(email text CHECK (email IS
NOT NULL))` in the database: widening label is no rewrite, int -> bigint is (L113); SET NOT
NULL on email skips its scan thanks to the validated CHECK (L108). Without --db all three
are flagged (unknown shape). Needs a server through the PG* variables (e.g. `pg_virtualenv
-t`); PGMORPH_SKIP_LIVE=1 skips (exit 77).
"""

import argparse
import json
import os
import sys
import tempfile
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_helpers import Results, admin, database_url, quote_ident, run  # noqa: E402

SCHEMA = """
CREATE TABLE public.prices (id bigint PRIMARY KEY, amount int NOT NULL, label varchar(50));
CREATE TABLE public.users (id bigint, email text, CONSTRAINT email_nn CHECK (email IS NOT NULL));
"""

MIGRATION = """SET lock_timeout = '1s'; SET statement_timeout = '1s';
ALTER TABLE prices ALTER COLUMN label TYPE varchar(80);
ALTER TABLE prices ALTER COLUMN amount TYPE bigint;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
"""


def findings(pgmorph, extra, path):
    rc, out, err = run([pgmorph, "lint", "--format", "json"] + extra + [path], 120)
    report = json.loads(out) if out.strip().startswith("{") else {"findings": [], "errors": [err]}
    return rc, sorted((f["code"], f["line"]) for f in report["findings"]), report["errors"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pgmorph", required=True)
    args = ap.parse_args()
    if os.environ.get("PGMORPH_SKIP_LIVE") == "1":
        print("live lint checks skipped: PGMORPH_SKIP_LIVE=1")
        return 77
    rc, _, err = run(["psql", "-X", "-At", "-c", "SELECT 1"], 30)
    if rc != 0:
        print("no PostgreSQL server reachable through the PG* variables (%s)" % err.strip(), file=sys.stderr)
        return 1
    results = Results()
    db = "pgmorph_lint_%s" % uuid.uuid4().hex[:8]
    try:
        admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(db))
        admin(SCHEMA, db=db)
        with tempfile.TemporaryDirectory() as workdir:
            path = os.path.join(workdir, "m.sql")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(MIGRATION)
            rc, got, errors = findings(args.pgmorph, ["--db", database_url(db)], path)
            results.check("--db: only int -> bigint is flagged", rc == 1 and got == [("L113", 3)] and not errors,
                          "exit %d, findings %s, errors %s" % (rc, got, errors))
            rc, got, errors = findings(args.pgmorph, [], path)
            results.check("without --db every change is flagged",
                          got == [("L108", 4), ("L113", 2), ("L113", 3)], "findings %s" % got)
            rc, got, errors = findings(args.pgmorph, ["--db", database_url(db + "_missing")], path)
            results.check("--db to a missing database is an error", rc == 1 and errors, "exit %d, errors %s" % (rc, errors))
    finally:
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(db))
    print("%d passed, %d failed" % (results.passed, results.failed))
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
