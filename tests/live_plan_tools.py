#!/usr/bin/env python3
r"""The real migration tools run what `pgmorph plan` writes (docs/plan.md).

For Knex 3 with the pg driver (installed by `npm ci --prefix tests/tools`) and Alembic
(Debian python3-alembic, python3-psycopg2), each in a database of its own:

  1. For v1, v2 and v3 of tests/plan_tools/ in turn, `pgmorph plan --from <that database>`
     writes the next migration (the tool's bookkeeping tables, present from the second
     step on, are not part of the plan) whose `pgmorph:from` fingerprint is the previous
     step's `pgmorph:to` and whose `pgmorph:to` is the sha256 of `pgmorph dump` of the
     version's file (the same schema read from files), the tool applies it (`knex migrate:latest`,
     `alembic upgrade head`), and `pg_dump -s` of the database (bookkeeping tables left out)
     equals that of a database loaded directly from the version's file.
  2. Planning the same version again says "no changes".
  3. The tool rolls everything back (`knex migrate:rollback --all`, `alembic downgrade
     base`): pg_dump -s equals that of an empty database.

Without --from, a pgmorph, Flyway, golang-migrate and dbmate directory is replayed on the
scratch server (PGMORPH_DEV_URL semantics, --dev-url): each version's plan is written from
the directory alone, v3 again says no changes, and the pgmorph ups run by psql reach v3; a
statement that fails on replay is an error at its file:line.

A tool that is not installed is reported SKIP and the run exits 77 (ctest SKIP) unless
something failed. With PGMORPH_SKIP_LIVE=1 it exits 77 too. Prints `N passed, N failed[, N skipped]`.
"""

import argparse
import hashlib
import os
import re
import shutil
import sys
import tempfile
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_helpers import Results, admin, database_url, pg_env, quote_ident, run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = [os.path.join(HERE, "plan_tools", "v%d.sql" % i) for i in (1, 2, 3)]
BOOKKEEPING = ["knex_migrations", "knex_migrations_lock", "knex_migrations_id_seq", "knex_migrations_lock_index_seq",
               "alembic_version"]

ALEMBIC_ENV = '''\
# Minimal Alembic environment for the test: one connection from ALEMBIC_DB_URL (libpq reads
# the PG* variables for the rest), one transaction per run, as `alembic init` sets it up.
import os

from alembic import context
from sqlalchemy import create_engine

engine = create_engine(os.environ["ALEMBIC_DB_URL"])
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=None)
    with context.begin_transaction():
        context.run_migrations()
'''


def alembic_python():
    """A Python interpreter that can import alembic and psycopg2, or None."""
    for python in (sys.executable, "/usr/bin/python3"):
        if python and os.path.exists(python):
            rc, _, _ = run([python, "-c", "import alembic, psycopg2"], 30)
            if rc == 0:
                return python
    return None


def schema_dump(db):
    """pg_dump -s of `db` without the tools' bookkeeping tables and the \\restrict lines."""
    cmd = ["pg_dump", "-s", "-d", db]
    for name in BOOKKEEPING:
        cmd += ["-T", name]
    rc, out, err = run(cmd, 60)
    if rc != 0:
        raise RuntimeError("pg_dump %s: %s" % (db, err))
    return "\n".join(l for l in out.splitlines() if not l.startswith(("\\restrict", "\\unrestrict")))


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a.splitlines(), b.splitlines())):
        if x != y:
            return "line %d:\n  got:      %s\n  expected: %s" % (i + 1, x, y)
    return "lengths differ (%d vs %d lines)" % (len(a.splitlines()), len(b.splitlines()))


class Tool:
    """How to apply and roll back a migration directory with one tool."""

    def __init__(self, name, dir_format, work, db):
        self.name, self.dir_format, self.work, self.db = name, dir_format, work, db


class Knex(Tool):
    def __init__(self, work, db, tools_dir):
        super().__init__("knex", "knex", work, db)
        self.tools_dir = tools_dir
        self.migrations = os.path.join(work, "knex_migrations_dir")
        os.makedirs(self.migrations)
        self.knexfile = os.path.join(work, "knexfile.js")
        with open(self.knexfile, "w") as f:
            # The pg driver reads host, port, user and password from the PG* variables.
            f.write("module.exports = { client: 'pg', connection: { database: %r },\n"
                    "  migrations: { directory: %r } };\n" % (db, self.migrations))

    def cli(self, *args):
        cli = os.path.join(self.tools_dir, "node_modules", "knex", "bin", "cli.js")
        # The CLI looks for knex beside the knexfile, then in KNEX_PATH.
        env = pg_env({"KNEX_PATH": os.path.join(self.tools_dir, "node_modules", "knex")})
        return run(["node", cli, "--knexfile", self.knexfile, *args], 90, env=env, cwd=self.tools_dir)

    def upgrade(self):
        return self.cli("migrate:latest")

    def rollback(self):
        return self.cli("migrate:rollback", "--all")


class Alembic(Tool):
    def __init__(self, work, db, python):
        super().__init__("alembic", "alembic", work, db)
        self.python = python
        script = os.path.join(work, "alembic_scripts")
        self.migrations = os.path.join(script, "versions")
        os.makedirs(self.migrations)
        with open(os.path.join(script, "env.py"), "w") as f:
            f.write(ALEMBIC_ENV)
        self.ini = os.path.join(work, "alembic.ini")
        with open(self.ini, "w") as f:
            f.write("[alembic]\nscript_location = %s\n" % script)

    def cli(self, *args):
        env = pg_env({"ALEMBIC_DB_URL": "postgresql+psycopg2:///%s" % self.db})
        return run([self.python, "-m", "alembic", "-c", self.ini, *args], 90, env=env)

    def upgrade(self):
        return self.cli("upgrade", "head")

    def rollback(self):
        return self.cli("downgrade", "base")


def check(results, name, ok, detail=""):
    """results.check, returning `ok` so a failed step can stop the sequence."""
    results.check(name, ok, detail)
    return ok


def fingerprints(directory, stem):
    """(from, to) fingerprints in the header of the file of `directory` starting with `stem`."""
    name = next(n for n in sorted(os.listdir(directory)) if n.startswith(stem) and not n.endswith(".conf"))
    text = open(os.path.join(directory, name)).read()
    found = lambda key: (re.search(r"pgmorph:%s (sha256:[0-9a-f]{64})" % key, text) or [None, None])[1]
    return found("from"), found("to")


def exercise(results, pgmorph, tool, references):
    admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(tool.db))
    url = database_url(tool.db)
    previous_to = None
    for i, version in enumerate(VERSIONS, start=1):
        step = "%s v%d" % (tool.name, i)
        rc, out, err = run([pgmorph, "plan", "--from", url, "--to", version, "--dir", tool.migrations,
                            "--name", "v%d" % i, "--dir-format", tool.dir_format, "--version-style", "sequence"], 60)
        if not check(results, "%s: plan written" % step, rc == 0 and out.strip() and "no changes" not in out,
                             "exit %d\n%s%s" % (rc, out, err)):
            return
        # The fingerprints chain: this step starts where the last one ended.
        got_from, got_to = fingerprints(tool.migrations, "%04d_" % i)
        if previous_to:
            results.check("%s: pgmorph:from equals the previous step's pgmorph:to" % step, got_from == previous_to,
                          "%s != %s" % (got_from, previous_to))
        previous_to = got_to
        rc, dump, err = run([pgmorph, "dump", "--from", version], 60)
        want_to = "sha256:" + hashlib.sha256(dump.encode()).hexdigest()
        results.check("%s: pgmorph:to is the sha256 of `pgmorph dump --from v%d.sql`" % (step, i), got_to == want_to,
                      "%s != %s" % (got_to, want_to))
        rc, out, err = tool.upgrade()
        if not check(results, "%s: %s applies it" % (step, tool.name), rc == 0, "exit %d\n%s%s" % (rc, out, err)):
            return
        got, want = schema_dump(tool.db), references[i]
        results.check("%s: pg_dump -s equals v%d loaded directly" % (step, i), got == want,
                      first_difference(got, want))
        rc, out, err = run([pgmorph, "plan", "--from", url, "--to", version, "--dir", tool.migrations,
                            "--name", "again", "--dir-format", tool.dir_format], 60)
        results.check("%s: planning again says no changes" % step, rc == 0 and out.strip() == "no changes",
                      "exit %d\n%s%s" % (rc, out, err))
    rc, out, err = tool.rollback()
    if check(results, "%s: rolls everything back" % tool.name, rc == 0, "exit %d\n%s%s" % (rc, out, err)):
        got, want = schema_dump(tool.db), references[0]
        results.check("%s: back at the start (pg_dump -s of an empty database)" % tool.name, got == want,
                      first_difference(got, want))


def check_replay(results, pgmorph, work, references):
    """Without --from, a pgmorph, Flyway, golang-migrate or dbmate directory is replayed on
    the scratch server: each version's plan holds only that version's changes, planning v3
    again says no changes, and the ups applied with psql reach v3."""
    dev = database_url(os.environ.get("PGDATABASE") or "postgres")
    for fmt in ("pgmorph", "flyway", "golang-migrate", "dbmate"):
        directory = os.path.join(work, "replay_" + fmt)
        for i, version in enumerate(VERSIONS, start=1):
            rc, out, err = run([pgmorph, "plan", "--to", version, "--dir", directory, "--name", "v%d" % i,
                                "--dir-format", fmt, "--version-style", "sequence", "--dev-url", dev], 60)
            if not check(results, "replay %s v%d: plan written from the directory" % (fmt, i),
                         rc == 0 and "no changes" not in out, "exit %d\n%s%s" % (rc, out, err)):
                break
        else:
            rc, out, err = run([pgmorph, "plan", "--to", VERSIONS[-1], "--dir", directory, "--name", "again",
                                "--dir-format", fmt, "--dev-url", dev], 60)
            check(results, "replay %s: v3 again says no changes" % fmt, rc == 0 and out.strip() == "no changes",
                  "exit %d\n%s%s" % (rc, out, err))
    # A statement of the directory that fails on replay is an error at its file:line.
    broken = os.path.join(work, "replay_broken")
    os.makedirs(broken)
    with open(os.path.join(broken, "0001_bad.up.sql"), "w") as f:
        f.write("CREATE TABLE t (id int);\nALTER TABLE no_such_table ADD COLUMN c int;\n")
    with open(os.path.join(broken, "0001_bad.down.sql"), "w") as f:
        f.write("DROP TABLE t;\n")
    rc, out, err = run([pgmorph, "plan", "--to", VERSIONS[0], "--dir", broken, "--name", "next", "--dev-url", dev], 60)
    check(results, "replay: a failing statement is replay-failed at its file:line, nothing written",
          rc == 1 and "0001_bad.up.sql:2:" in err and "replay-failed" in err and len(os.listdir(broken)) == 2,
          "exit %d\n%s%s" % (rc, out, err))
    # The pgmorph directory's ups through psql, in version order, reach v3.
    db = "pgmorph_tools_replay_%s" % uuid.uuid4().hex[:8]
    admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(db))
    try:
        directory = os.path.join(work, "replay_pgmorph")
        ups = sorted(n for n in os.listdir(directory) if n.endswith(".up.sql"))
        ok = True
        for name in ups:
            rc, _, err = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f",
                              os.path.join(directory, name)], 60)
            ok = ok and rc == 0
        got = schema_dump(db)
        check(results, "replay pgmorph: %d ups through psql equal v3" % len(ups), ok and got == references[3],
              first_difference(got, references[3]))
    finally:
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(db))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True)
    ap.add_argument("--tools", required=True, help="tests/tools (node_modules from npm ci)")
    args = ap.parse_args(argv)
    if os.environ.get("PGMORPH_SKIP_LIVE") == "1":
        print("plan tool checks skipped: PGMORPH_SKIP_LIVE=1")
        return 77
    pgmorph = os.path.abspath(args.pgmorph)
    has_knex = os.path.exists(os.path.join(args.tools, "node_modules", "knex", "bin", "cli.js")) and \
        os.path.isdir(os.path.join(args.tools, "node_modules", "pg")) and shutil.which("node")
    python = alembic_python()
    if not has_knex and not python:
        print("SKIP: neither Knex (npm ci --prefix tests/tools) nor Alembic (python3-alembic) is installed")
        return 77
    rc, _, err = run(["psql", "-X", "-At", "-c", "SELECT 1"], 30)
    if rc != 0:
        print("no PostgreSQL server reachable through the PG* variables (%s); run under "
              "pg_virtualenv or set PGMORPH_SKIP_LIVE=1" % err.strip(), file=sys.stderr)
        return 1
    results = Results()
    tag = uuid.uuid4().hex[:8]
    databases = []
    with tempfile.TemporaryDirectory(prefix="pgmorph_plan_tools_") as work:
        try:
            # References: an empty database and each version loaded directly.
            references = []
            for i, version in enumerate([None] + VERSIONS):
                db = "pgmorph_tools_ref%d_%s" % (i, tag)
                databases.append(db)
                admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(db))
                if version:
                    rc, _, err = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", version], 60)
                    if rc != 0:
                        raise RuntimeError("loading %s: %s" % (version, err))
                references.append(schema_dump(db))
            if has_knex:
                databases.append("pgmorph_tools_knex_%s" % tag)
                exercise(results, pgmorph, Knex(work, databases[-1], os.path.abspath(args.tools)), references)
            else:
                results.skip("knex", "not installed: npm ci --prefix tests/tools --no-audit --no-fund")
            check_replay(results, pgmorph, work, references)
            if python:
                databases.append("pgmorph_tools_alembic_%s" % tag)
                exercise(results, pgmorph, Alembic(work, databases[-1], python), references)
            else:
                results.skip("alembic", "not installed: apt-get install python3-alembic python3-psycopg2")
        finally:
            for db in databases:
                try:
                    admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(db))
                except RuntimeError as error:
                    print("warning: %s" % error, file=sys.stderr)
    print("%d passed, %d failed%s" % (results.passed, results.failed,
                                      ", %d skipped" % results.skipped if results.skipped else ""))
    # A tool that could not run must not let the test pass.
    return 1 if results.failed else (77 if results.skipped else 0)


if __name__ == "__main__":
    sys.exit(main())
