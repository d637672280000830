#!/usr/bin/env python3
r"""Live checks of `pgmorph diff` with a scratch server (--dev-url / PGMORPH_DEV_URL).

  1. A plan that works: exit 0, scripts unmarked, and no scratch database left behind.
  2. A plan that fails on apply (a `-- pgmorph:using` hint calling a missing function): exit 3,
     stderr quotes the failing statement with SQLSTATE 42883 and its line in up.sql, that
     line of the written up.sql holds the statement, both scripts are headed UNVERIFIED.
  3. Verification reads a live `from` database but never writes to it.
  4. Schema files with DO blocks and seed INSERTs: without a scratch server an error at the
     statement's file:line naming --dev-url, nothing written; with one, the files are loaded
     there and the objects the DO block creates are planned; `check` takes --dev-url too.
  5. Bad use: --verify without a server, --verify with --no-verify, an unreachable scratch
     server: exit 1, no script written.
  6. --no-verify with a server: the same failing plan is written unmarked, exit 0.
  7. An extension update the server's scripts cannot undo (pg_trgm 1.3 -> 1.4, read from a
     live database): down says it cannot undo it instead of a failing UPDATE TO, and the
     plan still verifies (down applies; it is not compared, being irreversible). An update
     with no path at all is refused with `no-update-path`.
  8. Rename hints keep the data: a table, its columns and a referencing column renamed with
     `-- pgmorph:renamed-from` on a database holding rows; after up.sql the rows are there
     under the new names and the serial sequence goes on where it was; after down.sql they
     are back under the old names.
  9. Pre-flight probes (--run-probes) on a database holding NULLs, duplicates, orphans, values
     that do not cast and values too long for a narrowed varchar: each step predicts its
     failure with the right count, the database is untouched, and --probes writes the queries.
 10. Data-aware grading: the same type change and SET NOT NULL on an empty and on a filled
     table; the empty table's hazards are info ("empty table"), the filled one's keep their
     severity with "~5000 rows, … kB", and --fail-on-hazards stops only on the filled one.

Needs a server through the libpq variables whose role may create databases (e.g. under
`pg_virtualenv -t`). With PGMORPH_SKIP_LIVE=1 the run is skipped (exit 77). Prints
`N passed, N failed[, N skipped]`; exit 1 on any failure.
"""

import argparse
import json
import os
import re
import sys
import tempfile
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_helpers import Results, admin, database_url, pg_env, quote_ident, run, require_server  # noqa: E402

FROM_SQL = "CREATE TABLE public.t (id int PRIMARY KEY, v text);\n"
GOOD_TO_SQL = ("CREATE TABLE public.t (id int PRIMARY KEY, v text, n int NOT NULL DEFAULT 0);\n"
               "CREATE INDEX t_v_idx ON public.t (v);\n")
FAILING_TO_SQL = ("CREATE TABLE public.t (\n    id int PRIMARY KEY,\n"
                  "    -- pgmorph:using pgmorph_no_such_function(v)\n    v int\n);\n")
SEEDED_TO_SQL = ("CREATE TABLE public.t (id int PRIMARY KEY, v text);\n"
                 "CREATE TABLE public.kinds (k text PRIMARY KEY);\n"
                 "INSERT INTO public.kinds VALUES ('a'), ('b');\n"
                 "DO $$ BEGIN EXECUTE 'CREATE INDEX t_v_made_by_do ON public.t (v)'; END $$;\n")


def scratch_databases():
    return admin("SELECT datname FROM pg_database WHERE datname LIKE 'pgmorph_scratch_%'").split()


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def read(path):
    with open(path) as f:
        return f.read()


def diff(pgmorph, work, from_src, to_src, *extra, env=None):
    up, down = os.path.join(work, "up.sql"), os.path.join(work, "down.sql")
    for path in (up, down):
        if os.path.exists(path):
            os.remove(path)
    rc, out, err = run([pgmorph, "diff", "--from", from_src, "--to", to_src, "--up", up, "--down", down,
                        *extra], 180, env=env)
    return rc, err, (read(up) if os.path.exists(up) else None), (read(down) if os.path.exists(down) else None)


def check_good_plan(results, pgmorph, work, dev):
    rc, err, up, down = diff(pgmorph, work, os.path.join(work, "from.sql"), os.path.join(work, "good.sql"),
                             "--dev-url", dev)
    results.check("a working plan verifies: exit 0, scripts unmarked",
                  rc == 0 and up is not None and "UNVERIFIED" not in up and "ADD COLUMN n" in up,
                  "exit %d\n%s" % (rc, err))
    results.check("no scratch database is left behind", scratch_databases() == [], " ".join(scratch_databases()))


def check_failing_plan(results, pgmorph, work, dev):
    rc, err, up, down = diff(pgmorph, work, os.path.join(work, "from.sql"), os.path.join(work, "failing.sql"),
                             env=pg_env({"PGMORPH_DEV_URL": dev}))
    match = re.search(r"up\.sql:(\d+): 42883: function pgmorph_no_such_function\(text\) does not exist", err)
    results.check("a failing plan: exit 3 and the statement, SQLSTATE and message quoted",
                  rc == 3 and match is not None and "error[plan-unverified]" in err
                  and "USING pgmorph_no_such_function(v)" in err, "exit %d\n%s" % (rc, err))
    if match and up is not None:
        line = up.splitlines()[int(match.group(1)) - 1]
        results.check("the reported line of the written up.sql holds the failing statement",
                      "USING pgmorph_no_such_function(v)" in line, "line %s: %r" % (match.group(1), line))
    results.check("both scripts are written and headed UNVERIFIED",
                  up is not None and down is not None and up.startswith("-- UNVERIFIED")
                  and down.startswith("-- UNVERIFIED"), (up or "(no up.sql)")[:300])
    results.check("no scratch database is left behind after a failure", scratch_databases() == [],
                  " ".join(scratch_databases()))
    rc, err, up, _ = diff(pgmorph, work, os.path.join(work, "from.sql"), os.path.join(work, "failing.sql"),
                          "--dev-url", dev, "--no-verify")
    results.check("--no-verify writes the plan unmarked", rc == 0 and up is not None and "UNVERIFIED" not in up,
                  "exit %d\n%s" % (rc, err))


def check_live_from_untouched(results, pgmorph, work, dev, db):
    admin(FROM_SQL, db=db)
    before = admin("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute "
                   "WHERE attrelid = 'public.t'::regclass AND attnum > 0", db=db)
    rc, err, up, _ = diff(pgmorph, work, database_url(db), os.path.join(work, "good.sql"), "--dev-url", dev)
    after = admin("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute "
                  "WHERE attrelid = 'public.t'::regclass AND attnum > 0", db=db)
    results.check("verifying a plan from a live database leaves that database as it was",
                  rc == 0 and before == after and "ADD COLUMN n" in (up or ""),
                  "exit %d, columns before %r after %r\n%s" % (rc, before, after, err))


def check_server_only_files(results, pgmorph, work, dev):
    seeded = os.path.join(work, "seeded.sql")
    rc, err, up, _ = diff(pgmorph, work, os.path.join(work, "from.sql"), seeded)
    results.check("DO and INSERT without a scratch server: error at file:line naming --dev-url, nothing written",
                  rc == 1 and up is None and "seeded.sql:3:1: error[needs-dev-server]: INSERT" in err
                  and "seeded.sql:4:1: error[needs-dev-server]: DO" in err and "--dev-url" in err,
                  "exit %d\n%s" % (rc, err))
    rc, err, up, _ = diff(pgmorph, work, os.path.join(work, "from.sql"), seeded, "--dev-url", dev)
    results.check("with a scratch server the files are loaded there and what DO made is planned",
                  rc == 0 and up is not None and "t_v_made_by_do" in up and "CREATE TABLE public.kinds" in up,
                  "exit %d\n%s\n%s" % (rc, err, (up or "")[-600:]))
    rc, out, err = run([pgmorph, "check", "--from", seeded, "--to", seeded, "--dev-url", dev], 180)
    results.check("check with a scratch server: the seeded files equal themselves", rc == 0,
                  "exit %d\n%s%s" % (rc, out, err))
    results.check("no scratch database is left behind after loading files", scratch_databases() == [],
                  " ".join(scratch_databases()))


def check_extension_paths(results, pgmorph, work, dev, db):
    admin("DROP TABLE public.t; CREATE EXTENSION pg_trgm VERSION '1.3'", db=db)
    target = os.path.join(work, "trgm14.sql")
    write(target, "CREATE EXTENSION pg_trgm VERSION '1.4';\n")
    rc, err, up, down = diff(pgmorph, work, database_url(db), target, "--dev-url", dev)
    results.check("an update without a downgrade path: down cannot undo it, and the plan verifies",
                  rc == 0 and "UPDATE TO '1.4'" in (up or "") and "UPDATE TO '1.3'" not in (down or "")
                  and "no update path from version 1.4 back to 1.3" in (down or ""),
                  "exit %d\n%s\n%s" % (rc, err, down))
    write(target, "CREATE EXTENSION pg_trgm VERSION '9.9';\n")
    rc, err, up, _ = diff(pgmorph, work, database_url(db), target, "--no-verify")
    results.check("an update to a version the server cannot reach is refused",
                  rc == 1 and up is None and "error[no-update-path]" in err, "exit %d\n%s" % (rc, err))


RENAME_FROM_SQL = ("CREATE TABLE public.customers (id serial PRIMARY KEY, mail text NOT NULL UNIQUE);\n"
                   "CREATE TABLE public.orders (id serial PRIMARY KEY,\n"
                   "    customer_id integer NOT NULL REFERENCES public.customers (id));\n"
                   "INSERT INTO public.customers (mail) VALUES ('a@x'), ('b@x');\n"
                   "INSERT INTO public.orders (customer_id) VALUES (1), (2), (2);\n")
RENAME_TO_SQL = ("-- pgmorph:renamed-from customers\n"
                 "CREATE TABLE public.clients (id serial PRIMARY KEY,\n"
                 "    -- pgmorph:renamed-from mail\n"
                 "    email text NOT NULL UNIQUE);\n"
                 "CREATE TABLE public.orders (id serial PRIMARY KEY,\n"
                 "    -- pgmorph:renamed-from customer_id\n"
                 "    client_id integer NOT NULL REFERENCES public.clients (id));\n")


def check_renames_keep_rows(results, pgmorph, work, dev):
    db = "pgmorph_rename_%s" % uuid.uuid4().hex[:8]
    admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(db))
    try:
        admin(RENAME_FROM_SQL, db=db)
        write(os.path.join(work, "renamed.sql"), RENAME_TO_SQL)
        rc, err, up, down = diff(pgmorph, work, database_url(db), os.path.join(work, "renamed.sql"), "--dev-url", dev)
        applied = rc == 0 and run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f",
                                   os.path.join(work, "up.sql")], 60, env=pg_env())[0] == 0
        rows = admin("SELECT string_agg(c.email || ':' || o.client_id, ',' ORDER BY o.id) FROM public.orders o "
                     "JOIN public.clients c ON c.id = o.client_id", db=db) if applied else ""
        next_id = admin("INSERT INTO public.clients (email) VALUES ('c@x') RETURNING id", db=db) if applied else ""
        results.check("renames keep the rows under the new names, and the serial goes on",
                      applied and "DROP" not in (up or "").replace("DROP VIEW", "") and
                      rows.strip() == "a@x:1,b@x:2,b@x:2" and next_id.strip() == "3",
                      "exit %d, applied %s, rows %r, next id %r\n%s\n%s" % (rc, applied, rows, next_id, err, up))
        reverted = applied and run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f",
                                    os.path.join(work, "down.sql")], 60, env=pg_env())[0] == 0
        back = admin("SELECT string_agg(c.mail || ':' || o.customer_id, ',' ORDER BY o.id) FROM public.orders o "
                     "JOIN public.customers c ON c.id = o.customer_id", db=db) if reverted else ""
        results.check("down.sql renames back with the rows", reverted and back.strip() == "a@x:1,b@x:2,b@x:2",
                      "reverted %s, rows %r\n%s" % (reverted, back, down))
    finally:
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(db))


PROBE_FROM_SQL = ("CREATE TABLE public.parents (id int PRIMARY KEY);\n"
                  "CREATE TABLE public.items (id int, code text, parent_id int, qty text, note varchar(20));\n"
                  "INSERT INTO public.parents VALUES (1);\n"
                  "INSERT INTO public.items VALUES (1, 'a', 1, '5', 'short'), (2, 'a', 2, 'x', 'longer than ten'),"
                  " (3, NULL, NULL, '7', NULL);\n")
PROBE_TO_SQL = ("CREATE TABLE public.parents (id int PRIMARY KEY);\n"
                "CREATE TABLE public.items (id int, code text NOT NULL, parent_id int REFERENCES public.parents (id),\n"
                "    qty integer, note varchar(10), CONSTRAINT items_code_key UNIQUE (code),\n"
                "    CONSTRAINT items_id_check CHECK (id > 1));\n")


def check_probes(results, pgmorph, work):
    db = "pgmorph_probes_%s" % uuid.uuid4().hex[:8]
    admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(db))
    try:
        admin(PROBE_FROM_SQL, db=db)
        write(os.path.join(work, "probed.sql"), PROBE_TO_SQL)
        probes = os.path.join(work, "probes.sql")
        rc, err, up, _ = diff(pgmorph, work, database_url(db), os.path.join(work, "probed.sql"), "--run-probes",
                              "--probes", probes)
        expected = ["1 rows of public.items where code is NULL", "1 groups of rows of public.items sharing (code)",
                    "1 rows of public.items whose items_parent_id_fkey finds no row",
                    "1 values of public.items.note longer than character varying(10)",
                    "1 rows of public.items that items_id_check rejects",
                    "the step will fail: invalid input syntax for type integer"]
        missing = [e for e in expected if e not in err]
        results.check("probes predict each failing step with its count", rc == 0 and not missing,
                      "exit %d, missing %r\n%s" % (rc, missing, err))
        untouched = admin("SELECT count(*) FROM public.items", db=db).strip() == "3" and admin(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'public.items'::regclass", db=db).strip() == "0"
        written = os.path.exists(probes) and "SELECT count(*) FROM public.items WHERE code IS NULL" in read(probes)
        results.check("probes leave the database untouched; --probes writes the queries", untouched and written,
                      "untouched %s, written %s" % (untouched, written))
        rc, err, _, _ = diff(pgmorph, work, os.path.join(work, "probed.sql"), os.path.join(work, "probed.sql"),
                             "--run-probes")
        results.check("--run-probes with a file as --from: exit 1 naming --probes", rc == 1 and "--probes" in err, err)
    finally:
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(db))


GRADE_FROM_SQL = ("CREATE TABLE public.empty_t (id int, v text);\n"
                  "CREATE TABLE public.full_t (id int, v text);\n"
                  "INSERT INTO public.full_t SELECT g, 'x' FROM generate_series(1, 5000) g;\n"
                  "ANALYZE public.full_t;\n")
GRADE_TO_SQL = ("CREATE TABLE public.empty_t (id bigint, v text NOT NULL);\n"
                "CREATE TABLE public.full_t (id bigint, v text NOT NULL);\n")


def check_grading(results, pgmorph, work):
    """Data-aware grading: the same changes on an empty and a filled table."""
    db = "pgmorph_grade_%s" % uuid.uuid4().hex[:8]
    admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(db))
    try:
        admin(GRADE_FROM_SQL, db=db)
        write(os.path.join(work, "graded.sql"), GRADE_TO_SQL)
        rc, out, err = run([pgmorph, "diff", "--from", database_url(db), "--to", os.path.join(work, "graded.sql"),
                            "--format", "json"], 180)
        plan = json.loads(out) if rc == 0 else {}
        graded = {}
        for statement in plan.get("statements", []):
            for hazard in statement["hazards"]:
                table = "empty_t" if "empty_t" in hazard["object"] else "full_t"
                graded.setdefault(table, []).append((hazard["code"], hazard["severity"], hazard["size"]))
        empty_ok = graded.get("empty_t") and all(s == "info" and size == "empty table"
                                                 for _, s, size in graded["empty_t"])
        full_ok = graded.get("full_t") and all(s != "info" and size.startswith("~5000 rows, ")
                                               for _, s, size in graded["full_t"])
        results.check("grading: hazards on an empty table are info, on a filled one keep severity with its size",
                      bool(empty_ok and full_ok), "exit %d %r\n%s" % (rc, graded, err))
        rc, err, _, _ = diff(pgmorph, work, database_url(db), os.path.join(work, "graded.sql"), "--fail-on-hazards")
        results.check("grading: --fail-on-hazards counts only the filled table's hazards",
                      rc == 3 and "empty_t" not in err.split("--fail-on-hazards")[-1], "exit %d\n%s" % (rc, err))
    finally:
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(db))


def check_bad_use(results, pgmorph, work, dev):
    from_sql, good = os.path.join(work, "from.sql"), os.path.join(work, "good.sql")
    env = pg_env()
    env.pop("PGMORPH_DEV_URL", None)
    cases = [("--verify without a scratch server", ["--verify"], "needs a scratch server", env),
             ("--verify with --no-verify", ["--verify", "--no-verify", "--dev-url", dev], "exclude", None),
             ("an unreachable scratch server", ["--dev-url", "postgresql://nobody@127.0.0.1:1/x"],
              "error[server-unreachable]", None)]
    for name, extra, expected, case_env in cases:
        rc, err, up, down = diff(pgmorph, work, from_sql, good, *extra, env=case_env)
        results.check(name + ": exit 1, nothing written", rc == 1 and up is None and down is None and expected in err,
                      "exit %d\n%s" % (rc, err))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True)
    args = ap.parse_args(argv)
    unavailable = require_server("live verification checks")
    if unavailable is not None:
        return unavailable
    results = Results()
    db = "pgmorph_verify_%s" % uuid.uuid4().hex[:8]
    dev = database_url(os.environ.get("PGDATABASE") or "postgres")
    with tempfile.TemporaryDirectory(prefix="pgmorph_verify_") as work:
        for name, text in (("from.sql", FROM_SQL), ("good.sql", GOOD_TO_SQL), ("failing.sql", FAILING_TO_SQL),
                           ("seeded.sql", SEEDED_TO_SQL)):
            write(os.path.join(work, name), text)
        try:
            admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(db))
            check_good_plan(results, args.pgmorph, work, dev)
            check_failing_plan(results, args.pgmorph, work, dev)
            check_live_from_untouched(results, args.pgmorph, work, dev, db)
            check_server_only_files(results, args.pgmorph, work, dev)
            check_extension_paths(results, args.pgmorph, work, dev, db)
            check_bad_use(results, args.pgmorph, work, dev)
            check_renames_keep_rows(results, args.pgmorph, work, dev)
            check_probes(results, args.pgmorph, work)
            check_grading(results, args.pgmorph, work)
        finally:
            admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(db))
    tail = ", %d skipped" % results.skipped if results.skipped else ""
    print("%d passed, %d failed%s" % (results.passed, results.failed, tail))
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
