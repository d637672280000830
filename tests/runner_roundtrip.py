#!/usr/bin/env python3
r"""Round trip of every golden case through `pgmorph plan` and the migration runner, against a
real server (issue 12, safety.md §4 test 11). For each case folder <cases>/<family>/<case>/,
in a database D that is new (or verified empty, below) and an empty pgmorph directory M:

  1. pgmorph plan --to from.sql --dir M           -> 0001 (from the empty schema)
  2. pgmorph apply --db D --dir M                 -> exit 0; E = pg_dump -s of D (the from state)
  3. pgmorph plan --from D --to to.sql --dir M    -> 0002 (its `pgmorph:from` is D's fingerprint)
  4. pgmorph apply                                -> exit 0 (the stale-plan check runs on 0002)
  5. pgmorph status                               -> exit 0
  6. pgmorph rollback --steps 1                   -> exit 0; pg_dump -s of D equals E
  7. pgmorph rollback --to 0                      -> exit 0; pg_dump -s of D equals the empty
                                                     database's
Dumps leave out the schema pgmorph (the runner's history) and are compared as normalized by
tests/live_cases.py. A case whose from.sql (or to.sql) needs no plan skips that step. When
`plan` says that statements of 0002 "cannot be undone by down.sql" (a type change whose
`pgmorph:using` hint for the way back is a comment in from.sql, which D does not have), step 6
still has to exit 0 but its dump is not compared: the case is counted as `irrev`.
Each worker starts from a new database (CREATE DATABASE ... TEMPLATE template0) and keeps it
for its next case only when step 7 found it equal to the empty database (then the schema
pgmorph is dropped); after any failure the database is dropped and a new one made. Cases with
`xfail`, `xfail_live`, `live = false` or a non-zero `expect_exit` in meta.toml are skipped and
counted. Prints a table per family and the wall time; exit 1 on any failure.

Needs a server through the libpq variables whose role may create databases (pg_virtualenv -t).
PGMORPH_SKIP_LIVE=1 skips (exit 77).
"""

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_cases  # noqa: E402
from live_cases import create_db, drop_db, dump_diff, normalize_dump, server_check  # noqa: E402
from pg_helpers import database_url, pg_env, run  # noqa: E402


def dump(db, timeout):
    rc, out, err = run(["pg_dump", "--schema-only", "--no-tablespaces", "--exclude-schema", "pgmorph", "-d", db],
                       timeout)
    if rc != 0:
        raise RuntimeError("pg_dump of %s failed: %s" % (db, err.strip()))
    return normalize_dump(out)


def skip_reason(meta):
    for key in ("xfail", "xfail_live"):
        if meta.get(key):
            return "%s: %s" % (key, meta[key])
    if meta.get("live") is False:
        return "live = false"
    if int(meta.get("expect_exit", 0)) != 0:
        return "expect_exit = %s (pgmorph refuses the plan)" % meta["expect_exit"]
    return None


_worker = threading.local()


def worker_database(run_id):
    """This worker's database: kept from its last case when that one left it empty."""
    if getattr(_worker, "name", None) is None:
        _worker.name = "pgmorph_live_rt_%s_%s" % (run_id, uuid.uuid4().hex[:6])
        create_db(_worker.name)
        with _lock:
            _databases.add(_worker.name)
    return _worker.name


def discard_worker_database():
    if getattr(_worker, "name", None) is not None:
        drop_db(_worker.name)
        with _lock:
            _databases.discard(_worker.name)
        _worker.name = None


_lock = threading.Lock()
_databases = set()


def check_case(case, pgmorph, workroot, run_id, timeout, empty):
    """(status, message): status 'pass', 'irrev' (passed; 0002's down is announced as
    incomplete) or 'fail'."""
    tag = "%s_%s" % (run_id, uuid.uuid4().hex[:6])
    name = worker_database(run_id)
    mdir = os.path.join(workroot, tag, "m")
    url = database_url(name)
    status = "fail"
    env = pg_env()
    env.pop("PGMORPH_DEV_URL", None)

    def pgm(step, *args, want=0):
        rc, out, err = run([pgmorph, *args], timeout, env=env)
        if rc != want:
            raise AssertionError("%s: exit %d, want %d\n%s" % (step, rc, want, (out + err).strip()[-2000:]))
        return out + err

    try:
        # An empty from.sql plans nothing: the directory must exist all the same.
        os.makedirs(mdir, exist_ok=True)
        pgm("plan 0001", "plan", "--to", os.path.join(case["dir"], "from.sql"), "--dir", mdir, "--name", "from_state",
            "--version-style", "sequence")
        pgm("apply 0001", "apply", "--db", url, "--dir", mdir)
        from_state = dump(name, timeout)
        out = pgm("plan 0002", "plan", "--from", url, "--to", os.path.join(case["dir"], "to.sql"), "--dir", mdir,
                  "--name", "to_state", "--version-style", "sequence")
        planned = "no changes" not in out
        irreversible = "cannot be undone by down.sql" in out
        pgm("apply 0002", "apply", "--db", url, "--dir", mdir)
        pgm("status", "status", "--db", url, "--dir", mdir)
        if planned:
            pgm("rollback --steps 1", "rollback", "--db", url, "--dir", mdir, "--steps", "1")
            after = dump(name, timeout)
            if after != from_state and not irreversible:
                raise AssertionError("rollback --steps 1 does not give the from state back:\n" +
                                     dump_diff(from_state, after, "after 0001", "after rollback --steps 1"))
        pgm("rollback --to 0", "rollback", "--db", url, "--dir", mdir, "--to", "0")
        after = dump(name, timeout)
        if after != empty:
            raise AssertionError("rollback --to 0 does not give the empty database back:\n" +
                                 dump_diff(empty, after, "empty", "after rollback --to 0"))
        status = "irrev" if irreversible else "pass"
        return status, ("plan: " + next(l.strip() for l in out.splitlines() if "cannot be undone" in l)
                        if irreversible else "")
    except (AssertionError, RuntimeError) as e:
        return "fail", str(e)
    finally:
        shutil.rmtree(os.path.join(workroot, tag), ignore_errors=True)
        keep = False
        if status != "fail":
            rc, _, _ = run(["psql", "-X", "-q", "-d", name, "-c", "DROP SCHEMA IF EXISTS pgmorph CASCADE"], timeout)
            keep = rc == 0
        if not keep:
            discard_worker_database()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True)
    ap.add_argument("--cases", required=True)
    ap.add_argument("--filter", default=None, help="regex matched against 'family/case'")
    ap.add_argument("--half", action="store_true", help="only every second case in name order (a deterministic half)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=60, help="seconds per step")
    args = ap.parse_args(argv)
    if os.environ.get("PGMORPH_SKIP_LIVE") == "1":
        print("runner round trip skipped: PGMORPH_SKIP_LIVE=1")
        return 77
    problem = server_check()
    if problem:
        print("error: the runner round trip needs a PostgreSQL server: %s (run under pg_virtualenv, or set "
              "PGMORPH_SKIP_LIVE=1)" % problem, file=sys.stderr)
        return 1
    cases = run_cases.discover_cases(args.cases, args.filter)
    if args.half:
        cases = cases[::2]
    if not cases:
        print("error: no cases under %s" % args.cases, file=sys.stderr)
        return 1
    started = time.time()
    workroot = tempfile.mkdtemp(prefix="pgmorph-roundtrip-")
    pgmorph = os.path.join(workroot, "pgmorph")  # a private copy: a rebuild must not swap it mid-run
    shutil.copy2(os.path.abspath(args.pgmorph), pgmorph)
    run_id = "%d" % os.getpid()
    table = {}
    failures = []
    lock = threading.Lock()
    probe = "pgmorph_live_rt_%s_empty" % run_id
    create_db(probe)
    try:
        empty = dump(probe, args.timeout)  # what a new database holds, for step 7
    finally:
        drop_db(probe)

    def one(case):
        family = case["name"].split("/")[0]
        reason = skip_reason(case["meta"])
        status, message = ("skip", reason) if reason else \
            check_case(case, pgmorph, workroot, run_id, args.timeout, empty)
        with lock:
            row = table.setdefault(family, {"pass": 0, "irrev": 0, "fail": 0, "skip": 0})
            row[status] += 1
            if status == "fail":
                failures.append(case["name"])
                print("FAIL %s\n  %s" % (case["name"], message.replace("\n", "\n  ")), flush=True)
            elif status == "skip":
                print("SKIP %s: %s" % (case["name"], message), flush=True)
            elif status == "irrev":
                print("IRREV %s: %s" % (case["name"], message), flush=True)

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(args.jobs, 2))) as pool:
            list(pool.map(one, cases))
    finally:
        shutil.rmtree(workroot, ignore_errors=True)
        for name in list(_databases):
            drop_db(name)
    wall = time.time() - started
    print("\n%-16s %6s %6s %6s %6s" % ("family", "pass", "irrev", "fail", "skip"))
    totals = {"pass": 0, "irrev": 0, "fail": 0, "skip": 0}
    for family in sorted(table):
        row = table[family]
        print("%-16s %6d %6d %6d %6d" % (family, row["pass"], row["irrev"], row["fail"], row["skip"]))
        for key in totals:
            totals[key] += row[key]
    print("%-16s %6d %6d %6d %6d" % ("total", totals["pass"], totals["irrev"], totals["fail"], totals["skip"]))
    print("%s%d cases: %d passed, %d passed with an announced incomplete down, %d failed, %d skipped "
          "(xfail / refused) in %.1fs wall with %d workers" %
          ("deterministic half (every second case): " if args.half else "", len(cases), totals["pass"],
           totals["irrev"], totals["fail"], totals["skip"], wall, max(1, min(args.jobs, 2))))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
