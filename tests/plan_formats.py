#!/usr/bin/env python3
r"""Golden files of `pgmorph plan` in every --dir-format (tests/plan_formats/).

  1. from.sql -> to.sql (a new column, CREATE INDEX CONCURRENTLY, a dropped column with its
     hazard and probe) written in each of the six formats with --version-style sequence:
     the files and their text equal expected/<format>/ (UPDATE_GOLDEN=1 rewrites them).
     The pgmorph files hold exactly the statements and BEGIN/COMMIT of `diff`'s up.sql and
     down.sql.
  2. A second plan into the same directory gets version 0002, and for Alembic a
     down_revision naming the first revision.
  3. Equal schemas: "no changes", exit 0, nothing written.
  4. Bookkeeping tables (knex_migrations, alembic_version, flyway_schema_history,
     schema_migrations) and the pgmorph schema in the files are not planned.
  5. Misuse: an unknown --dir-format, a bad --name, a Knex directory that already holds
     migrations without --from, and a directory to replay without a scratch server are
     errors (exit 1) that write nothing.

No server needed. Prints `N passed, N failed`; exit 1 on any failure.
"""

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "plan_formats")
FORMATS = ["pgmorph", "knex", "alembic", "flyway", "golang-migrate", "dbmate"]

BOOKKEEPING_SQL = """
CREATE TABLE knex_migrations (id serial PRIMARY KEY, name varchar(255), batch integer);
CREATE TABLE knex_migrations_lock (index serial PRIMARY KEY, is_locked integer);
CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);
CREATE TABLE flyway_schema_history (installed_rank integer PRIMARY KEY, version varchar(50));
CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (installed_rank);
CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean);
CREATE SCHEMA pgmorph;
CREATE TABLE pgmorph.history (version text PRIMARY KEY);
"""


class Results:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("PASS %s" % name)
        else:
            self.failed += 1
            print("FAIL %s%s" % (name, ("\n  " + detail.replace("\n", "\n  ")) if detail else ""))


def plan(pgmorph, cwd, *args):
    env = {k: v for k, v in os.environ.items() if k != "PGMORPH_DEV_URL"}
    r = subprocess.run([pgmorph, "plan", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=60, env=env)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


def compare_dirs(got, want):
    """A description of every difference between two flat directories ("" when equal)."""
    problems = []
    got_files = sorted(os.listdir(got))
    want_files = sorted(os.listdir(want)) if os.path.isdir(want) else []
    if got_files != want_files:
        problems.append("files %s, expected %s" % (got_files, want_files))
    for name in set(got_files) & set(want_files):
        if not filecmp.cmp(os.path.join(got, name), os.path.join(want, name), shallow=False):
            problems.append("%s differs (diff -u %s %s)" % (name, os.path.join(want, name), os.path.join(got, name)))
    return "\n".join(problems)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pgmorph", required=True)
    args = parser.parse_args()
    pgmorph = os.path.abspath(args.pgmorph)
    update = os.environ.get("UPDATE_GOLDEN") == "1"
    results = Results()
    work = tempfile.mkdtemp(prefix="pgmorph_plan_formats_")
    try:
        # The case files are copied so the labels in the headers are the bare names.
        for name in ("from.sql", "to.sql"):
            shutil.copy(os.path.join(CASE, name), work)
        for fmt in FORMATS:
            out = os.path.join(work, fmt)
            rc, stdout, stderr = plan(pgmorph, work, "--from", "from.sql", "--to", "to.sql", "--dir", fmt,
                                      "--name", "add_nickname", "--dir-format", fmt, "--version-style", "sequence")
            want = os.path.join(CASE, "expected", fmt)
            if update and rc == 0:
                shutil.rmtree(want, ignore_errors=True)
                shutil.copytree(out, want)
            results.check("%s: golden files" % fmt, rc == 0 and not compare_dirs(out, want),
                          "exit %d\n%s%s" % (rc, stderr, compare_dirs(out, want) if rc == 0 else ""))
            results.check("%s: hazard summary on stderr" % fmt, "D102 drop-column" in stderr, stderr)

            # 2. The next migration follows the first.
            rc, stdout, stderr = plan(pgmorph, work, "--from", "to.sql", "--to", "from.sql", "--dir", fmt,
                                      "--name", "back", "--dir-format", fmt, "--version-style", "sequence")
            second = [n for n in os.listdir(out) if "back" in n]
            results.check("%s: second migration is version 0002" % fmt,
                          rc == 0 and second and all("0002" in n for n in second), "%s %s" % (second, stderr))
            if fmt == "alembic":
                text = open(os.path.join(out, "0002_back.py")).read()
                results.check("alembic: down_revision chains to the head", 'down_revision = "0001"' in text, text[:600])

        # The pgmorph files hold the statements and blocks of `diff`'s scripts, in order.
        def statements(path):
            return [l for l in open(path).read().splitlines() if l and not l.startswith("--")]
        r = subprocess.run([pgmorph, "diff", "--from", "from.sql", "--to", "to.sql", "--up", "up.sql", "--down",
                            "down.sql"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        for direction in ("up", "down"):
            got = statements(os.path.join(work, "pgmorph", "0001_add_nickname.%s.sql" % direction))
            want = statements(os.path.join(work, "%s.sql" % direction))
            results.check("pgmorph %s: the same statements and blocks as diff's %s.sql" % (direction, direction),
                          r.returncode == 0 and got == want, "%s\n!=\n%s" % (got, want))

        # 3. No changes.
        rc, stdout, stderr = plan(pgmorph, work, "--from", "to.sql", "--to", "to.sql", "--dir", "same",
                                  "--name", "nothing")
        results.check("equal schemas: no changes, nothing written (not even the directory)",
                      rc == 0 and stdout.strip() == "no changes" and not os.path.exists(os.path.join(work, "same")),
                      "exit %d\n%s%s" % (rc, stdout, stderr))

        # 4. Bookkeeping objects on either side are never planned.
        with open(os.path.join(work, "with_tools.sql"), "w") as f:
            f.write(open(os.path.join(work, "to.sql")).read() + BOOKKEEPING_SQL)
        for a, b in (("to.sql", "with_tools.sql"), ("with_tools.sql", "to.sql")):
            rc, stdout, stderr = plan(pgmorph, work, "--from", a, "--to", b, "--dir", "tools", "--name", "x")
            results.check("bookkeeping excluded (%s -> %s)" % (a, b), rc == 0 and stdout.strip() == "no changes",
                          "exit %d\n%s%s" % (rc, stdout, stderr))

        # 5. Misuse.
        cases = [
            ("unknown format", ["--dir-format", "liquibase"], "--dir-format takes one of pgmorph, knex, alembic, "
                                                             "flyway, golang-migrate, dbmate, not 'liquibase'"),
            ("bad name", ["--name", "Add-Orders"], "--name takes lower-case letters, digits and _ only"),
            ("knex dir without --from", ["--dir", "knex", "--dir-format", "knex", "--no-from"],
             "knex migrations wrap their SQL in code pgmorph does not replay: give --from"),
            ("replay without a scratch server", ["--dir", "pgmorph", "--no-from"],
             "without --from the directory's 2 migration(s) are replayed on a scratch server: give --dev-url"),
        ]
        for name, extra, message in cases:
            base = {"--from": "from.sql", "--to": "to.sql", "--dir": "misuse", "--name": "m"}
            i = 0
            while i < len(extra):
                if extra[i] == "--no-from":
                    del base["--from"]
                    i += 1
                    continue
                base[extra[i]] = extra[i + 1]
                i += 2
            before = sorted(os.listdir(os.path.join(work, base["--dir"]))) if os.path.isdir(os.path.join(work, base["--dir"])) else []
            argv = [x for kv in base.items() for x in kv]
            rc, stdout, stderr = plan(pgmorph, work, *argv)
            after = sorted(os.listdir(os.path.join(work, base["--dir"]))) if os.path.isdir(os.path.join(work, base["--dir"])) else []
            results.check("misuse: %s" % name, rc == 1 and message in stderr and before == after,
                          "exit %d\n%s" % (rc, stderr))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (results.passed, results.failed))
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
