#!/usr/bin/env python3
"""Benchmark: `pgmorph diff --from <database> --to changed.sql` against `pg_dump --schema-only`.

usage: bench_diff.py --tables N [--runs 5] [--seed 1] [--pgmorph build/pgmorph]
                     [--gen ../shared/bench/gen_schema.py] [--workdir DIR] [--reload] [--drop]

1. Generates base_N.sql and changed_N.sql with gen_schema.py (same seed, variants base and
   changed) into --workdir.
2. Loads base_N.sql into the database pgmorph_bench_N (psql -X -v ON_ERROR_STOP=1). The
   database is reused by later runs when its comment records the same N, seed and
   generator output; --reload forces a fresh load. At N=10000 loading takes about 133 s.
3. Runs, --runs times and alternating which goes first, `pgmorph diff --from
   postgresql://.../pgmorph_bench_N --to changed_N.sql` (up script to /dev/null) and
   `pg_dump --schema-only -d pgmorph_bench_N -f /dev/null`, measuring each process's wall
   time and peak RSS (os.wait4).
4. Prints the median of each, the median of the per-pair ratios pgmorph / pg_dump (the
   figure the targets are about: N=1000 <= 1.5, N=10000 <= 1.0) and pgmorph's peak RSS
   (target <= 1 GiB at N=10000). Exit status 1 when pgmorph fails.

The server comes from the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD), e.g. under
`pg_virtualenv`; the role must be allowed to create databases. Python 3 standard library only.
"""

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def psql(db, args, check=True):
    cmd = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db] + args
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check and r.returncode != 0:
        sys.exit("psql failed: %s\n%s" % (" ".join(args)[:200], r.stderr.strip()))
    return r.stdout.strip()


def admin(sql):
    return psql(os.environ.get("PGDATABASE") or "postgres", ["-c", sql])


def database_url(name):
    """Host, port and user from the PG* variables; the password stays in PGPASSWORD."""
    host, port, user = (os.environ.get(k, "") for k in ("PGHOST", "PGPORT", "PGUSER"))
    netloc = (urllib.parse.quote(user, safe="") + "@" if user else "")
    netloc += host if host and not host.startswith("/") else ""
    netloc += ":" + port if port else ""
    url = "postgresql://%s/%s" % (netloc, name)
    if host.startswith("/"):
        url += "?host=" + urllib.parse.quote(host, safe="")
    return url


def generate(gen, tables, seed, variant, path):
    with open(path, "w", encoding="utf-8") as out:
        subprocess.run([sys.executable, gen, "--tables", str(tables), "--seed", str(seed),
                        "--variant", variant], stdout=out, check=True)
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


def ensure_loaded(db, base_sql, marker, reload):
    exists = admin("SELECT count(*) FROM pg_database WHERE datname = '%s'" % db) == "1"
    if exists and not reload:
        comment = admin("SELECT coalesce(shobj_description(oid, 'pg_database'), '') "
                        "FROM pg_database WHERE datname = '%s'" % db)
        if comment == marker:
            print("reusing database %s (%s)" % (db, marker))
            return
    admin('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % db)
    admin('CREATE DATABASE "%s" TEMPLATE template0' % db)
    print("loading %s into %s ..." % (os.path.basename(base_sql), db), flush=True)
    start = time.monotonic()
    psql(db, ["-f", base_sql])
    admin("COMMENT ON DATABASE \"%s\" IS '%s'" % (db, marker))
    print("loaded in %.1f s" % (time.monotonic() - start))


def measure(cmd):
    """(wall seconds, peak RSS in MiB, exit status) of one process."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 2):
        sys.stderr.write(stderr.decode("utf-8", "replace")[-2000:])
    return wall, usage.ru_maxrss / 1024.0, proc.returncode


def spread(values):
    return "%.2f (%.2f-%.2f)" % (statistics.median(values), min(values), max(values))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tables", type=int, required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pgmorph", default=os.path.join(ROOT, "build", "pgmorph"))
    ap.add_argument("--gen", default=os.path.join(ROOT, "..", "shared", "bench", "gen_schema.py"))
    ap.add_argument("--workdir", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--reload", action="store_true", help="load the base schema even if present")
    ap.add_argument("--drop", action="store_true", help="drop the database afterwards (it is kept "
                    "by default so the next run skips the load)")
    args = ap.parse_args()

    os.makedirs(args.workdir, exist_ok=True)
    n = args.tables
    base_sql = os.path.join(args.workdir, "base_%d.sql" % n)
    changed_sql = os.path.join(args.workdir, "changed_%d.sql" % n)
    base_hash = generate(args.gen, n, args.seed, "base", base_sql)
    generate(args.gen, n, args.seed, "changed", changed_sql)
    db = "pgmorph_bench_%d" % n
    ensure_loaded(db, base_sql, "pgmorph bench N=%d seed=%d base=%s" % (n, args.seed, base_hash),
                  args.reload)

    pgmorph = [args.pgmorph, "diff", "--from", database_url(db), "--to", changed_sql]
    pg_dump = ["pg_dump", "--schema-only", "-d", db, "-f", os.devnull]
    measure(pg_dump)  # warm the catalog caches once, for both
    rows = {"pgmorph": [], "pg_dump": []}
    failed = False
    for i in range(args.runs):
        order = [("pgmorph", pgmorph), ("pg_dump", pg_dump)]
        if i % 2:
            order.reverse()
        for name, cmd in order:
            wall, rss, rc = measure(cmd)
            failed |= rc not in (0, 2)
            rows[name].append((wall, rss))
        print("run %d: pgmorph %.2f s %.0f MiB, pg_dump %.2f s %.0f MiB"
              % (i + 1, rows["pgmorph"][-1][0], rows["pgmorph"][-1][1], rows["pg_dump"][-1][0],
                 rows["pg_dump"][-1][1]), flush=True)

    ratios = [a[0] / b[0] for a, b in zip(rows["pgmorph"], rows["pg_dump"])]
    print()
    print("N=%d, %d runs (median (min-max))" % (n, args.runs))
    print("  pgmorph diff wall  %s s   peak RSS %s MiB"
          % (spread([w for w, _ in rows["pgmorph"]]), spread([r for _, r in rows["pgmorph"]])))
    print("  pg_dump wall       %s s   peak RSS %s MiB"
          % (spread([w for w, _ in rows["pg_dump"]]), spread([r for _, r in rows["pg_dump"]])))
    print("  ratio pgmorph/pg_dump (per pair)  %s" % spread(ratios))
    if args.drop:
        admin('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % db)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
