#!/usr/bin/env python3
r"""Generated schema pairs: a seeded generator of (from.sql, to.sql) pairs and the round-trip
oracle of the shared conformance harness, run on each pair.

    pg_virtualenv -t python3 tests/gen_pairs.py --pgmorph build/pgmorph --seed 1 --count 50 \
        [--jobs 2] [--keep DIR] [--shrink] [--json out.json]

Pair `index` of `seed` is built from random.Random("seed:index") alone: the same seed and
index give byte-identical files. A base schema (gen_schema_base.py) gets 1-6 changes
(gen_changes.py); both models are rendered to SQL (gen_schema_render.py). The oracle is in
gen_oracle.py. Prints counts per status, the converged share, and each failing index with its
first error; exit 1 when a pair fails, 77 when no server is reachable (ctest: skipped).

--keep DIR writes each failing pair to DIR/<seed>_<index>/{from.sql,to.sql,up.sql,down.sql,
error.txt}. --shrink first reduces it (delta debugging over its changes, then over the base
objects, columns and constraints) while it fails with the same status and first error; one
pair per failure class is shrunk (--shrink-all: every pair). A shrunk pair is a golden case
candidate (tests/cases/<family>/<name>/{from.sql,to.sql}, see tests/cases/README.md).
"""

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_changes import apply_changes, gen_changes  # noqa: E402
from gen_oracle import STATUSES, Databases, check_pair, reset_is_fresh, signature  # noqa: E402
from gen_schema_base import build_base  # noqa: E402
from gen_schema_model import render, repair  # noqa: E402
from live_cases import server_check  # noqa: E402


def generate(seed, index):
    """(base model, changes) of one pair."""
    rng = random.Random("%s:%d" % (seed, index))
    base = build_base(rng)
    return base, gen_changes(base, rng, rng.randint(1, 6))


def base_elements(base):
    """What the base shrinking may remove: objects, then table columns and constraints."""
    out = [("obj", k) for k in reversed(list(base.objs))]
    for k in base.keys("table"):
        out += [("col", k, c["name"]) for c in base.objs[k]["columns"]]
        out += [("con", k, c["name"]) for c in base.objs[k]["constraints"]]
    return out


def without(base, elems):
    m = base.copy()
    for e in elems:
        if e[0] == "obj":
            m.objs.pop(e[1], None)
        elif e[1] in m.objs:
            field = "columns" if e[0] == "col" else "constraints"
            m.objs[e[1]][field] = [x for x in m.objs[e[1]][field] if x["name"] != e[2]]
    return repair(m)


def materialize(base, changes):
    return render(base), render(apply_changes(base, changes))


def ddmin(items, fails):
    """Zeller's delta debugging: a 1-minimal sublist of items for which fails() holds."""
    n = 2
    while len(items) >= 2:
        chunk = max(1, len(items) // n)
        parts = [items[i:i + chunk] for i in range(0, len(items), chunk)]
        for i in range(len(parts)):
            rest = [x for j, p in enumerate(parts) if j != i for x in p]
            if fails(rest):
                items, n = rest, max(n - 1, 2)
                break
        else:
            if n >= len(items):
                break
            n = min(len(items), n * 2)
    if len(items) == 1 and fails([]):
        return []
    return items


class Runner:
    def __init__(self, args):
        self.args = args
        self.run_id = "%d_%s" % (os.getpid(), uuid.uuid4().hex[:6])
        self.work = tempfile.mkdtemp(prefix="pgmorph-gen-")
        self.n = 0
        self.lock = threading.Lock()
        self.local = threading.local()
        self.all_dbs = []
        self.reuse = reset_is_fresh("pgmorph_live_gen_%s_check" % self.run_id)
        if not self.reuse:
            print("note: an emptied database does not dump like a new one; creating databases per pair")

    def dbs(self):
        d = getattr(self.local, "dbs", None)
        if d is None:
            with self.lock:
                d = Databases("pgmorph_live_gen_%s_w%d" % (self.run_id, len(self.all_dbs)), self.reuse)
                self.all_dbs.append(d)
            self.local.dbs = d
        return d

    def close(self):
        for d in self.all_dbs:
            d.close()
        shutil.rmtree(self.work, ignore_errors=True)

    def oracle(self, from_sql, to_sql, keep_dir=None):
        with self.lock:
            self.n += 1
            tag = self.n
        wd = os.path.join(self.work, "r%d" % tag)
        res = check_pair(self.args.pgmorph, wd, from_sql, to_sql, self.dbs(), self.args.timeout)
        if keep_dir:
            if os.path.isdir(keep_dir):
                shutil.rmtree(keep_dir)
            shutil.copytree(wd, keep_dir)
            with open(os.path.join(keep_dir, "error.txt"), "w", encoding="utf-8") as f:
                f.write("%s\n%s\n\n%s\n" % (res["status"], res["error"] or "", res["detail"]))
        shutil.rmtree(wd, ignore_errors=True)
        return res

    def shrink(self, base, changes, res):
        want = signature(res)
        tries = [0]

        def same(b, chs):
            if tries[0] >= self.args.shrink_budget:
                return False
            tries[0] += 1
            f, t = materialize(b, chs)
            return f != t and signature(self.oracle(f, t)) == want

        changes = ddmin(changes, lambda chs: same(base, chs))
        elems = ddmin(base_elements(base), lambda es: same(without(base, [e for e in base_elements(base)
                                                                         if e not in es]), changes))
        base = without(base, [e for e in base_elements(base) if e not in elems])
        return base, changes, tries[0]


def describe(ch):
    if ch["op"] == "multi":
        return " + ".join(describe(c) for c in ch["ops"])
    target = ch.get("key") or ch.get("table") or ""
    if ch["op"] == "add":
        target = "%s %s" % (ch["obj"]["kind"], ch["obj"].get("name"))
    extra = " " + ",".join(sorted(ch["fields"])) if ch["op"] == "set_col" else ""
    return "%s%s %s%s" % (ch["op"], extra, target, ("." + ch["col"]) if isinstance(ch.get("col"), str) else "")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--start", type=int, default=0, help="first pair index")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=60, help="seconds per step")
    ap.add_argument("--keep", help="write failing pairs to KEEP/<seed>_<index>/")
    ap.add_argument("--shrink", action="store_true", help="shrink failing pairs first (one per failure class)")
    ap.add_argument("--shrink-all", action="store_true", help="with --shrink: every failing pair")
    ap.add_argument("--shrink-budget", type=int, default=80, help="oracle runs per shrunk pair")
    ap.add_argument("--json", help="write the per-pair results here")
    ap.add_argument("--print-pair", type=int, help="print pair INDEX (from.sql, to.sql, changes) and exit")
    args = ap.parse_args(argv)

    if args.print_pair is not None:
        base, changes = generate(args.seed, args.print_pair)
        f, t = materialize(base, changes)
        print("-- from.sql\n%s\n-- to.sql\n%s" % (f, t))
        print("\n".join("-- change: " + describe(c) for c in changes))
        return 0
    if os.environ.get("PGMORPH_SKIP_LIVE") == "1":
        print("generated pairs skipped: PGMORPH_SKIP_LIVE=1")
        return 77
    if not any(os.environ.get(v) for v in ("PGHOST", "PGPORT", "PGDATABASE", "PGUSER")):
        print("generated pairs skipped: no PG* variables (run under pg_virtualenv -t)")
        return 77
    problem = server_check()
    if problem:
        print("generated pairs skipped: %s" % problem)
        return 77
    args.pgmorph = os.path.abspath(args.pgmorph)
    if not os.access(args.pgmorph, os.X_OK):
        print("error: pgmorph binary not found or not executable: %s" % args.pgmorph, file=sys.stderr)
        return 1
    runner = Runner(args)
    private = os.path.join(runner.work, "pgmorph")  # a rebuild during the run must not swap the binary
    shutil.copy2(args.pgmorph, private)
    args.pgmorph = private
    results = {}
    shrunk_classes = set()
    t0 = time.time()

    def one(index):
        base, changes = generate(args.seed, index)
        f, t = materialize(base, changes)
        res = runner.oracle(f, t)
        res.update(index=index, changes=[describe(c) for c in changes])
        if res["status"] not in ("converged", "announced_limit"):
            sig = signature(res)
            with runner.lock:
                do_shrink = args.shrink and (args.shrink_all or sig not in shrunk_classes)
                shrunk_classes.add(sig)
            if do_shrink:
                b2, c2, n = runner.shrink(base, changes, res)
                f, t = materialize(b2, c2)
                res["shrunk"] = {"changes": [describe(c) for c in c2], "oracle_runs": n}
            if args.keep:
                d = os.path.join(args.keep, "%s_%d" % (args.seed, index))
                r2 = runner.oracle(f, t, keep_dir=d)
                res["kept"] = d
                if res.get("shrunk"):
                    res["shrunk"]["error"] = r2["error"]
                    with open(os.path.join(d, "changes.txt"), "w", encoding="utf-8") as fh:
                        fh.write("\n".join(res["shrunk"]["changes"]) + "\n")
        with runner.lock:
            results[index] = res
            if res["status"] != "converged":
                word = "LIMIT" if res["status"] == "announced_limit" else "FAIL"
                print("%s %d %s: %s" % (word, index, res["status"], res["error"]))
                sys.stdout.flush()

    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
            list(ex.map(one, range(args.start, args.start + args.count)))
    finally:
        runner.close()
    wall = time.time() - t0
    counts = {s: 0 for s in STATUSES}
    for r in results.values():
        counts[r["status"]] += 1
    n = len(results)
    print("seed %s, pairs %d..%d, %.1fs" % (args.seed, args.start, args.start + args.count - 1, wall))
    for s in STATUSES:
        if counts[s]:
            print("  %-16s %d" % (s, counts[s]))
    print("converged both ways: %d/%d = %.1f%%" % (counts["converged"], n, 100.0 * counts["converged"] / max(n, 1)))
    print("announced limits (column order or an irreversible step, warned by pgmorph): %d"
          % counts["announced_limit"])
    print("crashes: %d, refusals: %d, not loaded (generator bugs): %d"
          % (counts["tool_crash"], counts["tool_refused"], counts["not_loaded"]))
    classes = {}
    for i in sorted(results):
        if results[i]["status"] not in ("converged", "announced_limit"):
            classes.setdefault(signature(results[i]), []).append(i)
    if classes:
        print("failure classes (pairs):")
        for sig, idx in sorted(classes.items(), key=lambda kv: -len(kv[1])):
            print("  %4d  %s  [%s%s]" % (len(idx), sig, ", ".join(map(str, idx[:8])), ", ..." if len(idx) > 8 else ""))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"seed": args.seed, "start": args.start, "count": args.count, "wall_seconds": round(wall, 1),
                       "counts": counts, "pairs": [results[i] for i in sorted(results)]}, f, indent=1)
    return 0 if counts["converged"] + counts["announced_limit"] == n else 1


if __name__ == "__main__":
    sys.exit(main())
