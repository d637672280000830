#!/usr/bin/env python3
r"""Live checks of the runner's integrity commands against a real server (safety.md §4 test 10,
issue 12). Each check prints PASS/FAIL; a table closes the run.

  stale      a plan written by `pgmorph plan --from <db>`, the database changed out of band:
             apply refuses naming the file and both fingerprints (the live one is what
             `pgmorph plan --from <db>` writes now); after the change is undone it applies;
             --allow-drift applies anyway; a file without the header is not checked; a
             malformed header is an error at file:line:col
  verify     apply --verify-rollback on a scratch database: a good down applies to the target;
             a down that does not restore the schema stops before the target is touched,
             naming the migration; no scratch database is left; without a scratch server it
             is refused
  baseline   records the migrations up to V as `baseline` without running them (exact lines),
             apply then runs only the rest; refused on a non-empty history or an unknown V
  repair     removes a failed row with nothing committed, keeps a partly applied one, and
             realigns a checksum only with --accept-checksums (exact lines, checksums
             computed here)

Needs a server through the libpq variables whose role may create databases (pg_virtualenv -t).
PGMORPH_SKIP_LIVE=1 skips (exit 77). Exit 1 on any failure.
"""

import argparse
import hashlib
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_helpers import Results, admin, admin_db, database_url, pg_env, run, require_server  # noqa: E402
from live_migrations import Db, make_dir, write  # noqa: E402


def pgm(pgmorph, *args, env=None, timeout=60):
    return run([pgmorph, *args], timeout, env=env)


def header_from(path):
    with open(path) as f:
        for line in f:
            if line.startswith("-- pgmorph:from "):
                return line.split()[2]
    return None


def history(db):
    return db.sql("SELECT string_agg(version || ':' || status || ':' || statements_applied || '/' || statements_total, ',' "
                  "ORDER BY version) FROM pgmorph.schema_migrations")


def check_stale(results, pgmorph, work):
    s1 = os.path.join(work, "s1.sql")
    s2 = os.path.join(work, "s2.sql")
    write(s1, "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x', price numeric(10,2) CHECK (price > 0));\n")
    write(s2, "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x', price numeric(10,2) CHECK (price > 0), "
              "qty int);\nCREATE INDEX items_name_idx ON items (name);\n")
    root = os.path.join(work, "stale")
    db = Db("stale")
    other = Db("drift")
    try:
        rc, out, err = pgm(pgmorph, "plan", "--to", s1, "--dir", root, "--name", "init", "--version-style", "sequence")
        assert rc == 0, out + err
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root)
        results.check("stale: the first plan (from the empty schema) applies to an empty database", rc == 0, out + err)
        rc, out, err = pgm(pgmorph, "plan", "--from", db.url, "--to", s2, "--dir", root, "--name", "qty",
                           "--version-style", "sequence")
        assert rc == 0, out + err
        up = os.path.join(root, "0002_qty.up.sql")
        planned = header_from(up)
        db.sql("CREATE TABLE extra (i int)")
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root)
        probe = os.path.join(work, "probe")
        prc, pout, perr = pgm(pgmorph, "plan", "--from", db.url, "--to", s2, "--dir", probe, "--name", "probe",
                              "--version-style", "sequence")
        live = header_from(os.path.join(probe, "0001_probe.up.sql"))
        hist = history(db)
        ok = (rc == 1 and "%s:1:1: error[stale-plan]" % up in err and planned in err and live is not None
              and live != planned and live in err and hist == "0001:applied:6/6")
        results.check("stale: a changed database is refused naming the file and both fingerprints", ok,
                      out + err + hist + " live=%s planned=%s" % (live, planned))
        db.sql("DROP TABLE extra")
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root)
        qty = db.sql("SELECT count(*) FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'qty'")
        results.check("stale: once the change is undone the fingerprint matches and it applies", rc == 0 and qty == "1",
                      out + err + qty)
        # A second database at 0001 with an extra table: refused, then --allow-drift.
        rc, out, err = pgm(pgmorph, "apply", "--db", other.url, "--dir", root, "--to", "0001")
        other.sql("CREATE TABLE extra (i int)")
        rc, out, err = pgm(pgmorph, "apply", "--db", other.url, "--dir", root, "--dry-run")
        results.check("stale: --dry-run reports it too", rc == 1 and "error[stale-plan]" in err, out + err)
        rc, out, err = pgm(pgmorph, "apply", "--db", other.url, "--dir", root, "--allow-drift")
        results.check("stale: --allow-drift applies anyway", rc == 0 and history(other) == "0001:applied:6/6,0002:applied:7/7",
                      out + err + history(other))
        # A hand-written file has no header and is not checked.
        write(os.path.join(root, "0003_hand.up.sql"), "ALTER TABLE items ADD COLUMN note text;\n")
        write(os.path.join(root, "0003_hand.down.sql"), "ALTER TABLE items DROP COLUMN note;\n")
        pgm(pgmorph, "rehash", "--dir", root)
        other.sql("CREATE TABLE extra2 (i int)")
        rc, out, err = pgm(pgmorph, "apply", "--db", other.url, "--dir", root)
        results.check("stale: a file without the header is not checked", rc == 0 and "applied 0003_hand" in out, out + err)
        bad = os.path.join(root, "0004_bad.up.sql")
        write(bad, "-- pgmorph:from sha256:12ab\nSELECT 1;\n")
        write(os.path.join(root, "0004_bad.down.sql"), "SELECT 1;\n")
        pgm(pgmorph, "rehash", "--dir", root)
        rc, out, err = pgm(pgmorph, "apply", "--db", other.url, "--dir", root)
        results.check("stale: a malformed header is an error at file:line:col", rc == 1 and
                      "%s:1:17: error[plan-header]" % bad in err, out + err)
    finally:
        db.drop()
        other.drop()


def scratch_databases():
    return admin("SELECT count(*) FROM pg_database WHERE datname LIKE 'pgmorph_scratch_%'").strip()


def check_verify(results, pgmorph, work):
    plan = {"001_t": ("CREATE TABLE t (id int PRIMARY KEY);\n", "DROP TABLE t;\n"),
            "002_w": ("ALTER TABLE t ADD COLUMN w int;\nCREATE INDEX t_w_idx ON t (w);\n",
                      "DROP INDEX t_w_idx;\nALTER TABLE t DROP COLUMN w;\n")}
    root = make_dir(os.path.join(work, "verify"), plan, pgmorph=pgmorph)
    db = Db("verify")
    dev = database_url(admin_db())
    env = pg_env()
    env.pop("PGMORPH_DEV_URL", None)
    try:
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root, "--to", "001", env=env)
        assert rc == 0, out + err
        before = scratch_databases()
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root, "--verify-rollback", env=env)
        results.check("verify: without a scratch server it is refused", rc == 1 and "--dev-url" in err
                      and history(db) == "001:applied:1/1", out + err)
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root, "--verify-rollback", "--dev-url", dev, env=env)
        ok = (rc == 0 and "verified 002_w: up, down, up on a scratch database" in err
              and history(db) == "001:applied:1/1,002:applied:2/2")
        results.check("verify: a good down passes, then the target is migrated", ok, out + err + str(history(db)))
        # 003's down forgets the index: the schema after the down differs from before.
        write(os.path.join(root, "003_x.up.sql"), "ALTER TABLE t ADD COLUMN x int;\nCREATE INDEX t_x_idx ON t (x);\n")
        write(os.path.join(root, "003_x.down.sql"), "ALTER TABLE t RENAME COLUMN x TO x_old;\n")
        write(os.path.join(root, "004_y.up.sql"), "CREATE TABLE y (i int);\n")
        write(os.path.join(root, "004_y.down.sql"), "DROP TABLE y;\n")
        pgm(pgmorph, "rehash", "--dir", root)
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root, "--verify-rollback", "--dev-url", dev, env=env)
        touched = db.sql("SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'x'")
        ok = (rc == 1 and "error[verify-rollback]: --verify-rollback: the down file of 003_x does not restore the schema" in err
              and "003_x.down.sql" in err and history(db) == "001:applied:1/1,002:applied:2/2" and touched == "0"
              and db.sql("SELECT to_regclass('y') IS NULL") == "t")
        results.check("verify: a down that does not restore the schema stops before the target, naming it", ok,
                      out + err + str(history(db)) + touched)
        write(os.path.join(root, "003_x.down.sql"), "DROP INDEX t_x_idx;\nALTER TABLE t DROP COLUMN nope;\n")
        pgm(pgmorph, "rehash", "--dir", root)
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root, "--verify-rollback", "--dev-url", dev, env=env)
        ok = (rc == 1 and "rolling back 003_x" in err and "003_x.down.sql:2:1: error[42703]" in err
              and history(db) == "001:applied:1/1,002:applied:2/2")
        results.check("verify: a down that fails on the scratch database stops too, at file:line:col", ok,
                      out + err + str(history(db)))
        time.sleep(0.5)
        results.check("verify: no scratch database is left", scratch_databases() == before, scratch_databases() + " " + before)
    finally:
        db.drop()


def checksum(text):
    data = text.encode()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()


def check_baseline(results, pgmorph, work):
    plan = {"001_t": ("CREATE TABLE t (id int PRIMARY KEY);\n", "DROP TABLE t;\n"),
            "002_w": ("ALTER TABLE t ADD COLUMN w int;\nALTER TABLE t ADD COLUMN v int;\n", "ALTER TABLE t DROP COLUMN w;\n"),
            "003_i": ("CREATE INDEX t_w_idx ON t (w);\n", "DROP INDEX t_w_idx;\n")}
    root = make_dir(os.path.join(work, "baseline"), plan, pgmorph=pgmorph)
    db = Db("baseline")
    try:
        db.sql("CREATE TABLE t (id int PRIMARY KEY, w int, v int)")
        rc, out, err = pgm(pgmorph, "baseline", "--db", db.url, "--dir", root, "--version", "9")
        results.check("baseline: an unknown version is refused", rc == 1 and "no migration has version 9" in err, out + err)
        rc, out, err = pgm(pgmorph, "baseline", "--db", db.url, "--dir", root, "--version", "002")
        want = "baseline 001_t (recorded as applied, not run)\nbaseline 002_w (recorded as applied, not run)\n"
        hist = history(db)
        sums = db.sql("SELECT string_agg(checksum, ',' ORDER BY version) FROM pgmorph.schema_migrations")
        ok = rc == 0 and out == want and hist == "001:baseline:1/1,002:baseline:2/2" and \
            sums == checksum(plan["001_t"][0]) + "," + checksum(plan["002_w"][0])
        results.check("baseline: records 001 and 002 as baseline with their checksums, runs nothing", ok, out + err + str(hist))
        rc, out, err = pgm(pgmorph, "status", "--db", db.url, "--dir", root)
        results.check("baseline: status shows them as baseline and 003 pending (exit 2)",
                      rc == 2 and out.count(" baseline ") == 2 and "pending" in out, out + err)
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root)
        ok = rc == 0 and "applied 003_i" in out and "001_t" not in out and \
            history(db) == "001:baseline:1/1,002:baseline:2/2,003:applied:1/1"
        results.check("baseline: apply then runs only 003", ok, out + err + str(history(db)))
        rc, out, err = pgm(pgmorph, "baseline", "--db", db.url, "--dir", root, "--version", "002")
        results.check("baseline: refused when the history is not empty", rc == 1 and
                      "error[baseline-not-empty]: pgmorph.schema_migrations already has 3 row(s)" in err, out + err)
    finally:
        db.drop()


def check_repair(results, pgmorph, work):
    plan = {"001_t": ("CREATE TABLE t (id int PRIMARY KEY);\n", "DROP TABLE t;\n"),
            "002_bad": ("ALTER TABLE nope ADD COLUMN w int;\n", "SELECT 1;\n"),
            "003_two": ("CREATE TABLE a (i int);\nCREATE INDEX CONCURRENTLY a_i ON a (i);\n", "DROP TABLE a;\n")}
    root = make_dir(os.path.join(work, "repair"), plan, pgmorph=pgmorph)
    db = Db("repair")
    try:
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root)
        assert rc == 1 and history(db) == "001:applied:1/1,002:failed:0/1", out + err + str(history(db))
        # What an interrupted 003 leaves: its first unit committed, the CIC in flight.
        db.sql("CREATE TABLE a (i int)")
        db.sql("INSERT INTO pgmorph.schema_migrations (version, name, checksum, statements_applied, statements_total, status) "
               "VALUES ('003', 'two', '%s', 1, 2, 'running')" % checksum(plan["003_two"][0]))
        rc, out, err = pgm(pgmorph, "repair", "--db", db.url, "--dir", root)
        want = ("removed 002_bad: failed with 0 of 1 statements committed\n"
                "kept    003_two: running with 1 of 2 statements committed; finish it with `pgmorph apply`\n")
        ok = rc == 0 and out == want and history(db) == "001:applied:1/1,003:running:1/2"
        results.check("repair: removes the failed row with nothing committed, keeps the partly applied one", ok,
                      out + err + str(history(db)))
        rc, out, err = pgm(pgmorph, "repair", "--db", db.url, "--dir", root)
        results.check("repair: a second run removes nothing more", rc == 0 and "removed" not in out, out + err)
        old = checksum(plan["001_t"][0])
        edited = "-- reviewed\n" + plan["001_t"][0]
        write(os.path.join(root, "001_t.up.sql"), edited)
        pgm(pgmorph, "rehash", "--dir", root)
        rc, out, err = pgm(pgmorph, "repair", "--db", db.url, "--dir", root)
        stored = db.sql("SELECT checksum FROM pgmorph.schema_migrations WHERE version = '001'")
        ok = rc == 1 and "differs 001_t: history h1:%s, file h1:%s; pass --accept-checksums" % (old, checksum(edited)) in out \
            and stored == old
        results.check("repair: a changed checksum is only reported without --accept-checksums", ok, out + err + stored)
        rc, out, err = pgm(pgmorph, "repair", "--db", db.url, "--dir", root, "--accept-checksums")
        stored = db.sql("SELECT checksum FROM pgmorph.schema_migrations WHERE version = '001'")
        ok = rc == 0 and "checksum 001_t: h1:%s -> h1:%s\n" % (old, checksum(edited)) in out and stored == checksum(edited)
        results.check("repair: --accept-checksums records the file's checksum and says so", ok, out + err + stored)
        # 002 is fixed now; apply resumes 003 after its committed statement.
        write(os.path.join(root, "002_bad.up.sql"), "ALTER TABLE t ADD COLUMN w int;\n")
        pgm(pgmorph, "rehash", "--dir", root)
        rc, out, err = pgm(pgmorph, "apply", "--db", db.url, "--dir", root, "--allow-out-of-order")
        ok = rc == 0 and history(db) == "001:applied:1/1,002:applied:1/1,003:applied:2/2"
        results.check("repair: afterwards apply finishes the rest", ok, out + err + str(history(db)))
    finally:
        db.drop()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True)
    ap.add_argument("--only", help="run only checks whose name starts with this")
    args = ap.parse_args(argv)
    unavailable = require_server("live runner integrity checks")
    if unavailable is not None:
        return unavailable
    results = Results()
    started = time.time()
    timings = []
    with tempfile.TemporaryDirectory(prefix="pgmorph_integrity_") as work:
        for name, check in (("stale", check_stale), ("verify", check_verify), ("baseline", check_baseline),
                            ("repair", check_repair)):
            if args.only and not name.startswith(args.only):
                continue
            before = (results.passed, results.failed, time.time())
            check(results, args.pgmorph, work)
            timings.append((name, results.passed - before[0], results.failed - before[1], time.time() - before[2]))
    print("\n%-12s %6s %6s %8s" % ("check", "pass", "fail", "seconds"))
    for name, passed, failed, seconds in timings:
        print("%-12s %6d %6d %8.1f" % (name, passed, failed, seconds))
    print("%d passed, %d failed in %.1fs" % (results.passed, results.failed, time.time() - started))
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
