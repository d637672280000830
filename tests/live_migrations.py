#!/usr/bin/env python3
r"""Live checks of the versioned-migration runner (`pgmorph apply | rollback | status | rehash`)
against a real server, after safety.md §4. Each check prints PASS/FAIL; a table closes the run.

  clean        a 3-file plan (wrapped transaction, the file's own BEGIN..COMMIT, CREATE INDEX
               CONCURRENTLY): exit 0, status exit 0, history rows applied with statement counts
  kill9        kill -9 of pgmorph at five points of the same plan (pg_sleep statements make
               room), then rerun: schema (pg_dump -s), history and index validity equal the
               clean apply; the kills must hit at least 3 different history states
  invalid      a failed CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS leaves an INVALID index;
               after the data is fixed the rerun drops and rebuilds it
  concurrent   2, 4 and 8 appliers started together on a plan with CIC: all exit 0, every
               version recorded once, the index valid, no "deadlock detected"
  blocker      an `idle in transaction` session holding a lock: retries then success once it
               ends; with too few retries the failure names the blocking pid and its query
  tamper       content, whitespace, lone CR, deleted, renamed: refused naming the file; a
               whole-file CRLF or leading BOM change passes (documented normalisation); an
               applied file edited and rehashed: refused with both checksums
  order        a file below the applied head: refused, applied with --allow-out-of-order
  structure    missing COMMIT, nested BEGIN, CIC inside BEGIN..COMMIT: file:line:col, nothing run
  errors       a server error maps to file:line:col (CRLF and multibyte before it) with SQLSTATE,
               DETAIL and HINT
  sigterm      SIGTERM during apply: exit 130, lock released, rerun completes to the clean state;
               a 20 s statement is cancelled and rolled back at once
  terminate    pg_terminate_backend of the migrating session mid-plan: exit 1, rerun equals clean
  lock-wait    a live holder of the advisory lock is never bypassed: --lock-wait 1 gives up;
               --dry-run prints the units and creates nothing
  privilege    a role lacking ownership of one table: fails at that step, earlier migrations
               committed, rerun after the grant converges
  rollback     status exit 2 when pending; rollback --steps 1 runs the down file and deletes the row

Needs a server through the libpq variables whose role may create databases (pg_virtualenv -t).
PGMORPH_SKIP_LIVE=1 skips (exit 77). Exit 1 on any failure.
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_helpers import Results, admin, database_url, pg_env, quote_ident, run, require_server  # noqa: E402

PLAN = {
    "001_create_t": ("CREATE TABLE t (id int PRIMARY KEY, v text);\n"
                     "INSERT INTO t SELECT g, 'x' || g FROM generate_series(1, 2000) g;\n"
                     "SELECT pg_sleep(0.2);\n",
                     "DROP TABLE t;\n"),
    "002_add_col": ("BEGIN;\nALTER TABLE t ADD COLUMN w int;\nSELECT pg_sleep(0.2);\n"
                    "UPDATE t SET w = id * 2;\nCOMMIT;\n",
                    "ALTER TABLE t DROP COLUMN w;\n"),
    "003_index": ("CREATE INDEX CONCURRENTLY t_w_idx ON t (w);\nSELECT pg_sleep(0.2);\n"
                  "CREATE TABLE audit (id int);\n",
                  "DROP TABLE audit;\nDROP INDEX CONCURRENTLY t_w_idx;\n"),
}


def write(path, data):
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def make_dir(root, plan, rehash=True, pgmorph=None):
    os.makedirs(root, exist_ok=True)
    for stem, (up, down) in plan.items():
        write(os.path.join(root, stem + ".up.sql"), up)
        write(os.path.join(root, stem + ".down.sql"), down)
    if rehash:
        rc, _, err = run([pgmorph, "rehash", "--dir", root], 30)
        assert rc == 0, err
    return root


class Db:
    def __init__(self, tag):
        self.name = "pgmorph_mig_%s_%s" % (tag, uuid.uuid4().hex[:6])
        admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(self.name))
        self.url = database_url(self.name)

    def sql(self, text):
        return admin(text, db=self.name).strip()

    def drop(self):
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(self.name))

    def state(self):
        rc, out, err = run(["pg_dump", "-s", "-d", self.name], 60)
        assert rc == 0, err
        out = "\n".join(l for l in out.splitlines() if not l.startswith("\\restrict") and not l.startswith("\\unrestrict"))
        history = self.sql("SELECT string_agg(format('%s %s %s %s %s/%s', version, name, checksum, status, "
                           "statements_applied, statements_total), E'\\n' ORDER BY version) FROM pgmorph.schema_migrations")
        valid = self.sql("SELECT string_agg(indexrelid::regclass || ':' || indisvalid, ',' ORDER BY 1) FROM pg_index "
                         "WHERE indrelid::regclass::text NOT LIKE 'pg_%' AND indrelid::regclass::text NOT LIKE 'pgmorph.%'")
        rows = self.sql("SELECT count(*) || ':' || coalesce(sum(w), 0) FROM t") if "t_w_idx" in out else ""
        return out, history, valid, rows


def apply(pgmorph, db, root, *extra, timeout=60):
    return run([pgmorph, "apply", "--db", db.url, "--dir", root, *extra], timeout)


def check_clean(results, pgmorph, work):
    root = make_dir(os.path.join(work, "clean"), PLAN, pgmorph=pgmorph)
    db = Db("clean")
    try:
        rc, out, err = apply(pgmorph, db, root)
        results.check("clean: apply exits 0", rc == 0, out + err)
        hist = db.sql("SELECT string_agg(version || ' ' || status || ' ' || statements_applied || '/' || statements_total, ',' "
                      "ORDER BY version) FROM pgmorph.schema_migrations")
        results.check("clean: history rows applied with statement counts", hist == "001 applied 3/3,002 applied 5/5,003 applied 3/3", hist)
        rc, out, err = run([pgmorph, "status", "--db", db.url, "--dir", root], 30)
        results.check("clean: status exits 0 and lists 3 applied", rc == 0 and out.count(" applied ") == 3, out + err)
        rc, out, err = apply(pgmorph, db, root)
        results.check("clean: a second apply is a no-op", rc == 0 and "nothing to apply" in out, out + err)
        return db.state()
    finally:
        db.drop()


def check_kill9(results, pgmorph, work, reference):
    root = make_dir(os.path.join(work, "kill9"), PLAN, pgmorph=pgmorph)
    seen = set()
    for delay in (0.1, 0.3, 0.5, 0.7, 0.9):
        db = Db("kill")
        try:
            proc = subprocess.Popen([pgmorph, "apply", "--db", db.url, "--dir", root], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=pg_env())
            time.sleep(delay)
            proc.kill()
            proc.communicate()
            seen.add(db.sql("SELECT coalesce((SELECT string_agg(version || ':' || status || ':' || statements_applied, ',' "
                            "ORDER BY version) FROM pgmorph.schema_migrations), 'none') "
                            "WHERE to_regclass('pgmorph.schema_migrations') IS NOT NULL") or "no table")
            rc, out, err = apply(pgmorph, db, root, "--lock-wait", "20")
            state = db.state()
            ok = rc == 0 and state == reference
            results.check("kill9: kill -9 after %.1fs, rerun equals a clean apply" % delay, ok,
                          (out + err + "\n" + state[1] + "\n" + state[2] + "\n" + state[3] + "\nwant\n" + reference[1] + "\n" + reference[2])[-3000:])
        finally:
            db.drop()
    results.check("kill9: the kills left at least 3 different history states", len(seen) >= 3, " | ".join(sorted(seen)))
    print("  history states at the kills: %s" % " | ".join(sorted(seen)))


def check_invalid_index(results, pgmorph, work):
    plan = {"001_u": ("CREATE TABLE u (v int);\nINSERT INTO u VALUES (1), (1), (2);\n", "DROP TABLE u;\n"),
            "002_uniq": ("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS u_v_key ON u (v);\n", "DROP INDEX CONCURRENTLY u_v_key;\n")}
    root = make_dir(os.path.join(work, "invalid"), plan, pgmorph=pgmorph)
    db = Db("invalid")
    try:
        rc, out, err = apply(pgmorph, db, root)
        left = db.sql("SELECT indisvalid FROM pg_index WHERE indexrelid = 'u_v_key'::regclass")
        hist = db.sql("SELECT status || ' ' || statements_applied FROM pgmorph.schema_migrations WHERE version = '002'")
        results.check("invalid-index: a failed CIC leaves an INVALID index, history failed at 0", rc == 1 and "23505" in err
                      and left == "f" and hist == "failed 0", out + err + left + hist)
        db.sql("DELETE FROM u WHERE ctid = (SELECT max(ctid) FROM u WHERE v = 1)")
        rc, out, err = apply(pgmorph, db, root)
        valid = db.sql("SELECT indisvalid FROM pg_index WHERE indexrelid = 'u_v_key'::regclass")
        hist = db.sql("SELECT status FROM pgmorph.schema_migrations WHERE version = '002'")
        results.check("invalid-index: rerun drops and rebuilds it (IF NOT EXISTS is not success)", rc == 0 and valid == "t"
                      and hist == "applied", out + err + valid + hist)
    finally:
        db.drop()


def check_concurrent(results, pgmorph, work):
    plan = {"001_t": ("CREATE TABLE c (id int, v int);\nINSERT INTO c SELECT g, g FROM generate_series(1, 50000) g;\n", "DROP TABLE c;\n"),
            "002_cic": ("CREATE INDEX CONCURRENTLY c_v_idx ON c (v);\n", "DROP INDEX CONCURRENTLY c_v_idx;\n"),
            "003_more": ("ALTER TABLE c ADD COLUMN x int;\nCREATE INDEX CONCURRENTLY c_x_idx ON c (x);\n", "SELECT 1;\n")}
    root = make_dir(os.path.join(work, "concurrent"), plan, pgmorph=pgmorph)
    for n in (2, 4, 8):
        db = Db("conc%d" % n)
        try:
            procs = [subprocess.Popen([pgmorph, "apply", "--db", db.url, "--dir", root, "--lock-wait", "30"],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=pg_env()) for _ in range(n)]
            outs = [p.communicate(timeout=60) for p in procs]
            codes = [p.returncode for p in procs]
            text = "".join(o.decode() + e.decode() for o, e in outs)
            reports = "".join(o.decode() for o, _ in outs)
            hist = db.sql("SELECT string_agg(version || ':' || status, ',' ORDER BY version) FROM pgmorph.schema_migrations")
            valid = db.sql("SELECT string_agg(indexrelid::regclass || ':' || indisvalid, ',' ORDER BY 1) FROM pg_index WHERE indrelid = 'c'::regclass")
            cols = db.sql("SELECT count(*) FROM pg_attribute WHERE attrelid = 'c'::regclass AND attname = 'x'")
            applied_once = all(reports.count("applied %s " % v) == 1 for v in ("001_t", "002_cic", "003_more"))
            noops = reports.count("nothing to apply")
            ok = (codes == [0] * n and hist == "001:applied,002:applied,003:applied" and valid == "c_v_idx:true,c_x_idx:true"
                  and cols == "1" and "deadlock" not in text and applied_once and noops == n - 1)
            results.check("concurrent: %d appliers, exactly once, no deadlock" % n, ok,
                          "codes %s hist %s valid %s\n%s" % (codes, hist, valid, text[-2000:]))
        finally:
            db.drop()


def check_blocker(results, pgmorph, work):
    plan = {"001_t": ("CREATE TABLE b (id int);\n", "DROP TABLE b;\n")}
    plan2 = dict(plan, **{"002_alter": ("ALTER TABLE b ADD COLUMN y int;\n", "ALTER TABLE b DROP COLUMN y;\n")})
    root = make_dir(os.path.join(work, "blocker"), plan, pgmorph=pgmorph)
    db = Db("block")
    try:
        rc, out, err = apply(pgmorph, db, root)
        make_dir(root, plan2, pgmorph=pgmorph)
        holder = subprocess.Popen(["psql", "-X", "-q", "-d", db.name], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=pg_env())
        holder.stdin.write(b"BEGIN;\nLOCK TABLE b IN ACCESS SHARE MODE;\n")
        holder.stdin.flush()
        time.sleep(0.5)
        rc, out, err = apply(pgmorph, db, root, "--lock-timeout", "200ms", "--retries", "1")
        ok = rc == 1 and re.search(r"blocked by pid \d+ \(idle in transaction\): LOCK TABLE b", err) is not None and "55P03" in err
        results.check("blocker: too few retries fail naming the blocking pid and query", ok, out + err)
        proc = subprocess.Popen([pgmorph, "apply", "--db", db.url, "--dir", root, "--lock-timeout", "200ms", "--retries", "8"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=pg_env())
        time.sleep(1.5)
        holder.stdin.write(b"COMMIT;\n")
        holder.stdin.close()
        holder.wait(timeout=10)
        out, err = (x.decode() for x in proc.communicate(timeout=60))
        col = db.sql("SELECT count(*) FROM pg_attribute WHERE attrelid = 'b'::regclass AND attname = 'y'")
        ok = proc.returncode == 0 and "retry 1/8" in err and col == "1"
        results.check("blocker: retried with backoff, then applied once the blocker ended", ok, out + err)
    finally:
        db.drop()


def check_tamper(results, pgmorph, work):
    plan = {"001_a": ("CREATE TABLE a (id int);\n", "DROP TABLE a;\n"), "002_b": ("CREATE TABLE b2 (id int);\n", "DROP TABLE b2;\n")}
    db = Db("tamper")
    try:
        cases = [
            ("content", lambda r: write(os.path.join(r, "002_b.up.sql"), "CREATE TABLE b3 (id int);\n"), "002_b.up.sql: modified", 1),
            ("whitespace", lambda r: write(os.path.join(r, "002_b.up.sql"), "CREATE TABLE b2 (id int); \n"), "002_b.up.sql: modified", 1),
            ("lone CR", lambda r: write(os.path.join(r, "002_b.up.sql"), "CREATE TABLE b2 (id int);\r"), "002_b.up.sql: modified", 1),
            ("deleted", lambda r: os.remove(os.path.join(r, "001_a.down.sql")), "001_a.down.sql: listed in pgmorph.sum but missing", 1),
            ("renamed", lambda r: (os.rename(os.path.join(r, "002_b.up.sql"), os.path.join(r, "002_c.up.sql")),
                                   os.rename(os.path.join(r, "002_b.down.sql"), os.path.join(r, "002_c.down.sql"))),
             "002_c.up.sql: not in pgmorph.sum", 1),
            ("CRLF whole file", lambda r: write(os.path.join(r, "002_b.up.sql"), "CREATE TABLE b2 (id int);\r\n"), "", 0),
            ("leading BOM", lambda r: write(os.path.join(r, "002_b.up.sql"), "\ufeffCREATE TABLE b2 (id int);\n"), "", 0),
        ]
        for name, tamper, expect, code in cases:
            root = make_dir(os.path.join(work, "tamper_" + name.replace(" ", "_")), plan, pgmorph=pgmorph)
            tamper(root)
            rc, out, err = run([pgmorph, "apply", "--db", db.url, "--dir", root, "--dry-run"], 30)
            ok = rc == code and expect in err
            if name == "renamed":
                ok = ok and "002_b.up.sql: listed in pgmorph.sum but missing" in err
            results.check("tamper: %s %s" % (name, "refused" if code else "accepted (normalised)"), ok, out + err)
        root = make_dir(os.path.join(work, "tamper_applied"), plan, pgmorph=pgmorph)
        apply(pgmorph, db, root)
        write(os.path.join(root, "001_a.up.sql"), "CREATE TABLE a (id bigint);\n")
        run([pgmorph, "rehash", "--dir", root], 30)
        rc, out, err = apply(pgmorph, db, root)
        ok = rc == 1 and re.search(r"001_a.up.sql was edited after it was applied: history has h1:[0-9a-f]{64}, the file has h1:[0-9a-f]{64}", err) is not None
        results.check("tamper: applied file edited and rehashed: refused with both checksums", ok, out + err)
        rc, out, err = run([pgmorph, "status", "--db", db.url, "--dir", root], 30)
        results.check("tamper: status shows it modified (exit 1)", rc == 1 and "modified (history h1:" in out, out + err)
    finally:
        db.drop()


def check_order(results, pgmorph, work):
    db = Db("order")
    try:
        root = make_dir(os.path.join(work, "order"), {"002_b": ("CREATE TABLE ob (id int);\n", "DROP TABLE ob;\n")}, pgmorph=pgmorph)
        apply(pgmorph, db, root)
        make_dir(root, {"001_a": ("CREATE TABLE oa (id int);\n", "DROP TABLE oa;\n")}, pgmorph=pgmorph)
        rc, out, err = apply(pgmorph, db, root)
        exists = db.sql("SELECT to_regclass('oa') IS NOT NULL")
        results.check("order: a file below the head is refused", rc == 1 and "001_a.up.sql: version 001 is below the applied head 002" in err and exists == "f", out + err)
        rc, out, err = apply(pgmorph, db, root, "--allow-out-of-order")
        exists = db.sql("SELECT to_regclass('oa') IS NOT NULL")
        results.check("order: applied with --allow-out-of-order", rc == 0 and exists == "t", out + err)
    finally:
        db.drop()


def check_structure(results, pgmorph, work):
    db = Db("struct")
    try:
        cases = [("missing COMMIT", "CREATE TABLE s0 (id int);\nBEGIN;\nCREATE TABLE s1 (id int);\n", ":2:1: error[missing-commit]"),
                 ("nested BEGIN", "BEGIN;\nCREATE TABLE s1 (id int);\n  BEGIN;\nCOMMIT;\n", ":3:3: error[nested-begin]"),
                 ("CIC in a transaction", "BEGIN;\nCREATE TABLE s1 (id int);\nCREATE INDEX CONCURRENTLY s1_i ON s1 (id);\nCOMMIT;\n",
                  ":3:1: error[non-transactional-in-block]")]
        for name, up, expect in cases:
            root = make_dir(os.path.join(work, "struct_" + name.split()[0]), {"001_a": (up, "SELECT 1;\n")}, pgmorph=pgmorph)
            rc, out, err = apply(pgmorph, db, root)
            untouched = db.sql("SELECT to_regclass('pgmorph.schema_migrations') IS NULL AND to_regclass('s0') IS NULL")
            results.check("structure: %s rejected with file:line:col, nothing run" % name,
                          rc == 1 and ("001_a.up.sql" + expect) in err and untouched == "t", out + err)
    finally:
        db.drop()


def check_errors(results, pgmorph, work):
    db = Db("errors")
    try:
        up = "-- é\r\nCREATE TABLE e (id int, note text);\r\nINSERT INTO e VALUES (1, 'ünï'),\r\n  (2, nope);\r\n"
        root = make_dir(os.path.join(work, "errors"), {"001_e": (up, "DROP TABLE e;\n")}, pgmorph=pgmorph)
        rc, out, err = apply(pgmorph, db, root)
        # `nope` is on line 4, column 7 (characters); the statement starts on line 3.
        ok = rc == 1 and "001_e.up.sql:4:7: error[42703]" in err and 'column "nope" does not exist' in err
        results.check("errors: server error at file:line:col across CRLF and multibyte text", ok, err)
        hist = db.sql("SELECT status || ' ' || statements_applied FROM pgmorph.schema_migrations")
        results.check("errors: the failed migration is recorded failed with nothing applied", hist == "failed 0", hist)
        up2 = "CREATE TABLE f (id int PRIMARY KEY);\nINSERT INTO f VALUES (1), (1);\n"
        root2 = make_dir(os.path.join(work, "errors2"), {"001_e": (up2, "DROP TABLE f;\n")}, pgmorph=pgmorph)
        rc, out, err = apply(pgmorph, db, root2)
        ok = rc == 1 and "001_e.up.sql:2:1: error[23505]" in err and "DETAIL: Key (id)=(1) already exists." in err
        results.check("errors: SQLSTATE and DETAIL reported; a failed row with 0 statements resumes from its new file", ok, err)
    finally:
        db.drop()


def check_sigterm(results, pgmorph, work, reference):
    root = make_dir(os.path.join(work, "sigterm"), PLAN, pgmorph=pgmorph)
    db = Db("term")
    try:
        proc = subprocess.Popen([pgmorph, "apply", "--db", db.url, "--dir", root], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=pg_env())
        time.sleep(0.45)
        proc.send_signal(signal.SIGTERM)
        out, err = (x.decode() for x in proc.communicate(timeout=30))
        locks = db.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")
        results.check("sigterm: exit 130 and the lock released", proc.returncode == 130 and locks == "0",
                      "rc %s locks %s\n%s" % (proc.returncode, locks, out + err))
        rc, out, err = apply(pgmorph, db, root)
        results.check("sigterm: rerun completes to the clean state", rc == 0 and db.state() == reference, out + err)
        long_root = make_dir(os.path.join(work, "sigterm_long"), {"001_long": (
            "CREATE TABLE slow (id int);\nSELECT pg_sleep(20);\n", "DROP TABLE slow;\n")}, pgmorph=pgmorph)
        long_db = Db("term_long")
        try:
            proc = subprocess.Popen([pgmorph, "apply", "--db", long_db.url, "--dir", long_root], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=pg_env())
            for _ in range(100):  # until the long statement runs
                if long_db.sql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(20)%'") == "1":
                    break
                time.sleep(0.1)
            started = time.time()
            proc.send_signal(signal.SIGTERM)
            out, err = (x.decode() for x in proc.communicate(timeout=30))
            took = time.time() - started
            left = long_db.sql("SELECT (to_regclass('slow') IS NULL)::text || ' ' || (SELECT string_agg(status || ':' || "
                               "statements_applied, ',') FROM pgmorph.schema_migrations)")
            results.check("sigterm: a long statement is cancelled and rolled back (exit 130 within 3 s)",
                          proc.returncode == 130 and took < 3 and left == "true running:0",
                          "rc %s took %.1fs left %s\n%s" % (proc.returncode, took, left, out + err))
        finally:
            long_db.drop()
    finally:
        db.drop()


def check_rollback(results, pgmorph, work):
    root = make_dir(os.path.join(work, "rollback"), PLAN, pgmorph=pgmorph)
    db = Db("rb")
    try:
        rc, out, err = run([pgmorph, "status", "--db", db.url, "--dir", root], 30)
        results.check("rollback: status exits 2 when pending", rc == 2 and out.count("pending") == 3, out + err)
        apply(pgmorph, db, root)
        rc, out, err = run([pgmorph, "rollback", "--db", db.url, "--dir", root, "--steps", "1"], 30)
        gone = db.sql("SELECT (to_regclass('audit') IS NULL AND to_regclass('t_w_idx') IS NULL)::text || ' ' || "
                      "(SELECT string_agg(version, ',' ORDER BY version) FROM pgmorph.schema_migrations)")
        results.check("rollback: --steps 1 runs 003's down and deletes its row", rc == 0 and gone == "true 001,002", out + err + gone)
        rc, out, err = run([pgmorph, "rollback", "--db", db.url, "--dir", root, "--to", "0"], 30)
        left = db.sql("SELECT (to_regclass('t') IS NULL)::text || ' ' || (SELECT count(*) FROM pgmorph.schema_migrations)")
        results.check("rollback: --to 0 rolls back the rest", rc == 0 and left == "true 0", out + err + left)
    finally:
        db.drop()


def check_terminate(results, pgmorph, work, reference):
    root = make_dir(os.path.join(work, "terminate"), PLAN, pgmorph=pgmorph)
    db = Db("term_be")
    try:
        proc = subprocess.Popen([pgmorph, "apply", "--db", db.url, "--dir", root], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=pg_env())
        time.sleep(0.35)
        killed = db.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'pgmorph' "
                        "AND datname = current_database()")
        out, err = (x.decode() for x in proc.communicate(timeout=30))
        results.check("terminate: pg_terminate_backend of the migrating session fails the run (exit 1)",
                      killed == "1" and proc.returncode == 1, "killed %s rc %s\n%s" % (killed, proc.returncode, out + err))
        rc, out, err = apply(pgmorph, db, root)
        results.check("terminate: rerun reconciles to the clean state", rc == 0 and db.state() == reference, out + err)
    finally:
        db.drop()


def check_lock_wait(results, pgmorph, work):
    root = make_dir(os.path.join(work, "lockwait"), {"001_a": ("CREATE TABLE lw (id int);\n", "DROP TABLE lw;\n")}, pgmorph=pgmorph)
    db = Db("lockwait")
    try:
        holder = subprocess.Popen(["psql", "-X", "-q", "-d", db.name], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=pg_env())
        holder.stdin.write(b"SELECT pg_advisory_lock(%d);\n" % 0x7067_6d6f_7270_68)
        holder.stdin.flush()
        time.sleep(0.5)
        started = time.time()
        rc, out, err = apply(pgmorph, db, root, "--lock-wait", "1")
        took = time.time() - started
        exists = db.sql("SELECT to_regclass('lw') IS NOT NULL")
        holder.stdin.close()
        holder.wait(timeout=10)
        ok = rc == 1 and "gave up waiting for the migration lock after 1s" in err and exists == "f" and took < 5
        results.check("lock-wait: a live holder is never bypassed; the waiter gives up at --lock-wait", ok,
                      "rc %s took %.1fs\n%s" % (rc, took, out + err))
        rc, out, err = run([pgmorph, "apply", "--dir", root, "--dry-run"], 30, env=pg_env({"PGMORPH_DB_URL": db.url}))
        exists = db.sql("SELECT to_regclass('lw') IS NOT NULL OR to_regclass('pgmorph.schema_migrations') IS NOT NULL")
        results.check("dry-run: prints the units and changes nothing (--db from PGMORPH_DB_URL)", rc == 0 and "would apply 001_a (1 statements)" in out
                      and "transaction (added by pgmorph)" in out and exists == "f", out + err)
    finally:
        db.drop()


def check_privilege(results, pgmorph, work):
    db = Db("priv")
    role = "pgmorph_mig_%s" % uuid.uuid4().hex[:6]
    try:
        admin("CREATE ROLE %s LOGIN PASSWORD 'pw'" % role)
        db.sql("GRANT CREATE ON DATABASE %s TO %s; GRANT CREATE ON SCHEMA public TO %s; CREATE TABLE p (id int)"
               % (quote_ident(db.name), role, role))
        plan = {"001_own": ("CREATE TABLE own (id int);\n", "DROP TABLE own;\n"),
                "002_alter": ("ALTER TABLE p ADD COLUMN z int;\n", "ALTER TABLE p DROP COLUMN z;\n"),
                "003_more": ("CREATE TABLE more (id int);\n", "DROP TABLE more;\n")}
        root = make_dir(os.path.join(work, "privilege"), plan, pgmorph=pgmorph)
        env = pg_env({"PGPASSWORD": "pw"})
        url = database_url(db.name, user=role)
        rc, out, err = run([pgmorph, "apply", "--db", url, "--dir", root], 30, env=env)
        hist = db.sql("SELECT string_agg(version || ':' || status, ',' ORDER BY version) FROM pgmorph.schema_migrations")
        ok = rc == 1 and "002_alter.up.sql:1:1: error[42501]" in err and hist == "001:applied,002:failed" and "resume with" in out
        results.check("privilege: fails at the step lacking ownership; earlier migrations stay committed", ok, out + err + hist)
        db.sql("ALTER TABLE p OWNER TO %s" % role)
        rc, out, err = run([pgmorph, "apply", "--db", url, "--dir", root], 30, env=env)
        hist = db.sql("SELECT string_agg(version || ':' || status, ',' ORDER BY version) FROM pgmorph.schema_migrations")
        results.check("privilege: rerun after the grant converges", rc == 0 and hist == "001:applied,002:applied,003:applied",
                      out + err + hist)
    finally:
        db.drop()
        admin("DROP ROLE IF EXISTS %s" % role)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True)
    ap.add_argument("--only", help="run only checks whose name starts with this")
    args = ap.parse_args(argv)
    unavailable = require_server("live migration checks")
    if unavailable is not None:
        return unavailable
    results = Results()
    started = time.time()
    timings = []
    with tempfile.TemporaryDirectory(prefix="pgmorph_migrations_") as work:
        reference = check_clean(results, args.pgmorph, work)
        for name, check in (("kill9", lambda: check_kill9(results, args.pgmorph, work, reference)),
                            ("invalid", lambda: check_invalid_index(results, args.pgmorph, work)),
                            ("concurrent", lambda: check_concurrent(results, args.pgmorph, work)),
                            ("blocker", lambda: check_blocker(results, args.pgmorph, work)),
                            ("tamper", lambda: check_tamper(results, args.pgmorph, work)),
                            ("order", lambda: check_order(results, args.pgmorph, work)),
                            ("structure", lambda: check_structure(results, args.pgmorph, work)),
                            ("errors", lambda: check_errors(results, args.pgmorph, work)),
                            ("sigterm", lambda: check_sigterm(results, args.pgmorph, work, reference)),
                            ("terminate", lambda: check_terminate(results, args.pgmorph, work, reference)),
                            ("lock-wait", lambda: check_lock_wait(results, args.pgmorph, work)),
                            ("privilege", lambda: check_privilege(results, args.pgmorph, work)),
                            ("rollback", lambda: check_rollback(results, args.pgmorph, work))):
            if args.only and not name.startswith(args.only):
                continue
            before = (results.passed, results.failed, time.time())
            check()
            timings.append((name, results.passed - before[0], results.failed - before[1], time.time() - before[2]))
    print("\n%-12s %6s %6s %8s" % ("check", "pass", "fail", "seconds"))
    for name, passed, failed, seconds in timings:
        print("%-12s %6d %6d %8.1f" % (name, passed, failed, seconds))
    print("%d passed, %d failed in %.1fs" % (results.passed, results.failed, time.time() - started))
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
