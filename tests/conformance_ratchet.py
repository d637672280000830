#!/usr/bin/env python3
"""Conformance ratchet: pgmorph against the shared round-trip suites (migra, sqldef, realworld).

Runs <source>/../shared/conformance/run.py (the shared oracle: database A <- from.sql,
B <- to.sql, apply pgmorph's up.sql to A and compare normalized schema dumps with B,
then apply down.sql and compare with the original A) with pgmorph diffing the files
offline:

  run.py --cases <shared> --skip-unloadable --jobs 2 --timeout 60 --json <tmp> \\
    --tool '<pgmorph> diff --from {from_file} --to {to_file} --up {up_out} --down {down_out}'

(with --mode live, `--from {from_url}`: the current state is read from database A, and
afterwards every up-converged case is re-planned after up by conformance_replan.py, which
must find nothing left to do), then counts per suite: loaded cases, up-converged, down-converged, pgmorph refusals
(exit 1, a clear error), apply errors, divergences, crashes (exit 70, a signal or a
sanitizer report) and hangs (tool timeout). It fails (exit 1) when

  * a case in the floor's passing set no longer passes (--floor, JSON:
    {"offline": {"migra": {"up": [case, ...], "down": [...], "roundtrip": [...]}, ...},
    "live": {...}}); a set, not a count, so a new failure offset by a new pass still fails,
  * (live) a second plan after up is not empty, or
  * pgmorph crashed or hung on any case, or the harness could not run.

Cases that pass and are not in the floor are listed; `--write-floor` records the measured sets.
When <source>/../shared/conformance/run.py does not exist it prints
"conformance suite not found; skipped" and exits 77, which ctest reports as skipped (never as
passed); with PGMORPH_SKIP_LIVE=1 it skips the same way.
Needs a PostgreSQL server through the libpq variables, e.g. under `pg_virtualenv -t`.
"""

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

SUITES = ("migra", "sqldef", "realworld")
EXIT_INTERNAL = 70
EXIT_SKIP = 77  # ctest's SKIP_RETURN_CODE for this test

COLUMNS = [
    ("cases", "cases"), ("loaded", "loaded"), ("up", "up-conv"), ("up_pct", "up%"),
    ("down", "down-conv"), ("down_pct", "down%"), ("roundtrip", "both"), ("refused", "refused"),
    ("apply_error", "apply-err"), ("diverged", "diverged"), ("crash", "crash"), ("hang", "hang"),
    ("harness", "harness"),
]
FLOOR_KEYS = ("up", "down", "roundtrip")
EXIT_NOT_RUNNABLE = (126, 127)  # bash: cannot execute / command not found


def default_source_dir():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def is_crash(tool):
    rc = tool.get("rc")
    if rc is None:
        return False
    err = tool.get("stderr_tail") or ""
    return rc == EXIT_INTERNAL or rc < 0 or rc >= 128 or "Sanitizer" in err or "runtime error:" in err


def tally(report):
    """Per-suite counts from run.py's JSON report; also the crashing, hanging and unrunnable cases."""
    suites = {}
    passing = {}  # suite -> {"up": set of case names, "down": ..., "roundtrip": ...}
    crashes, hangs, unrunnable = [], [], []
    for r in report.get("cases", []):
        s = suites.setdefault(r["suite"], {k: 0 for k, _ in COLUMNS})
        sets = passing.setdefault(r["suite"], {k: set() for k in FLOOR_KEYS})
        s["cases"] += 1
        if not r.get("loaded"):
            continue
        s["loaded"] += 1
        up = (r.get("up") or {}).get("status")
        down = (r.get("down") or {}).get("status")
        tool = r.get("tool") or {}
        name = "%s/%s" % (r["suite"], r["case"])
        s["up"] += up == "converged"
        s["down"] += down == "converged"
        s["roundtrip"] += up == "converged" and down == "converged"
        for key, ok in (("up", up == "converged"), ("down", down == "converged"),
                        ("roundtrip", up == "converged" and down == "converged")):
            if ok:
                sets[key].add(r["case"])
        s["apply_error"] += up == "apply_error"
        s["diverged"] += up == "diverged"
        s["harness"] += up == "harness_error"
        if up == "timeout":
            s["hang"] += 1
            hangs.append(name)
        elif up == "tool_error":
            if tool.get("rc") in EXIT_NOT_RUNNABLE:
                s["harness"] += 1
                unrunnable.append((name, tool.get("rc"), (tool.get("stderr_tail") or "").strip()))
            elif is_crash(tool):
                s["crash"] += 1
                crashes.append((name, tool.get("rc"), (tool.get("stderr_tail") or "").strip()))
            else:
                s["refused"] += 1
    total = {k: sum(s[k] for s in suites.values()) for k, _ in COLUMNS}
    rows = [(k, suites[k]) for k in sorted(suites)] + [("TOTAL", total)]
    for _, s in rows:
        for key in ("up", "down"):
            s[key + "_pct"] = "%.1f" % (100.0 * s[key] / s["loaded"]) if s["loaded"] else "-"
    return rows, passing, crashes, hangs, unrunnable


def print_table(rows, out=sys.stdout):
    w0 = max(8, max(len(n) for n, _ in rows))
    head = "%-*s " % (w0, "suite") + " ".join("%9s" % h for _, h in COLUMNS)
    print(head, file=out)
    print("-" * len(head), file=out)
    for name, s in rows:
        print("%-*s " % (w0, name) + " ".join("%9s" % s[k] for k, _ in COLUMNS), file=out)


def load_floor(path, mode):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    return doc, doc.get(mode, {})


def server_check():
    if shutil.which("psql") is None or shutil.which("pg_dump") is None:
        return "psql and pg_dump must be on PATH"
    env = dict(os.environ)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    db = os.environ.get("PGDATABASE") or "postgres"
    try:
        r = subprocess.run(["psql", "-X", "-At", "-d", db, "-c", "select 1"], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=30)
    except subprocess.TimeoutExpired:
        return "psql timed out"
    if r.returncode != 0 or r.stdout.strip() != b"1":
        return r.stderr.decode("utf-8", "replace").strip() or "psql exit %d" % r.returncode
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True, help="path of the pgmorph binary")
    ap.add_argument("--floor", required=True, help="JSON file with the minimum converged counts")
    ap.add_argument("--source-dir", default=default_source_dir(),
                    help="pgmorph source tree; the suite is <source-dir>/../shared/conformance")
    ap.add_argument("--mode", choices=("offline", "live"), default="offline",
                    help="offline: pgmorph diffs from.sql -> to.sql as files; live: from the "
                         "database loaded with from.sql to to.sql, then every up-converged case "
                         "is re-planned after up and must plan nothing")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=60, help="run.py's per-step timeout")
    ap.add_argument("--filter", default=None, help="passed to run.py (regex on suite/case); skips the floor check")
    ap.add_argument("--json", default=None, help="keep run.py's JSON report here")
    ap.add_argument("--write-floor", action="store_true", help="write the measured counts to --floor")
    ap.add_argument("--verbose", action="store_true", help="show run.py's per-case progress lines")
    args = ap.parse_args(argv)

    shared = os.path.normpath(os.path.join(os.path.abspath(args.source_dir), "..", "shared", "conformance"))
    runpy = os.path.join(shared, "run.py")
    if not os.path.exists(runpy):
        print("conformance suite not found; skipped")
        return EXIT_SKIP
    if os.environ.get("PGMORPH_SKIP_LIVE") == "1":
        print("conformance skipped: PGMORPH_SKIP_LIVE=1")
        return EXIT_SKIP
    pgmorph = os.path.abspath(args.pgmorph)
    if not os.access(pgmorph, os.X_OK):
        print("error: pgmorph binary not found or not executable: %s" % pgmorph, file=sys.stderr)
        return 1
    problem = server_check()
    if problem:
        print("error: the conformance run needs a PostgreSQL server (libpq PG* variables): %s" % problem,
              file=sys.stderr)
        print("Run it under pg_virtualenv (e.g. `pg_virtualenv -t ctest --test-dir build -L conformance`), "
              "or set PGMORPH_SKIP_LIVE=1 to skip it.", file=sys.stderr)
        return 1
    try:
        floor_doc, floor = load_floor(args.floor, args.mode)
    except (OSError, ValueError) as e:
        print("error: cannot read the floor file %s: %s" % (args.floor, e), file=sys.stderr)
        return 1

    tmpdir = tempfile.mkdtemp(prefix="pgmorph-conf-")
    # run a private copy: a rebuild of the build tree during the long run must not change
    # (or briefly remove) the binary under test
    tool_bin = os.path.join(tmpdir, "pgmorph")
    shutil.copy2(pgmorph, tool_bin)
    source = "{from_url}" if args.mode == "live" else "{from_file}"
    tool = (shlex.quote(tool_bin) +
            " diff --from " + source + " --to {to_file} --up {up_out} --down {down_out}")
    report_path = args.json or os.path.join(tmpdir, "report.json")
    workdir = os.path.join(tmpdir, "work")
    cmd = [sys.executable, runpy, "--cases", shared, "--skip-unloadable", "--jobs", str(args.jobs),
           "--timeout", str(args.timeout), "--json", report_path, "--tool", tool]
    if args.mode == "live":
        cmd += ["--workdir", workdir]
    if args.filter:
        cmd += ["--filter", args.filter]
    if not args.verbose:
        cmd.append("--quiet")
    print("running: %s" % " ".join(shlex.quote(c) for c in cmd), flush=True)
    t0 = time.time()
    try:
        rc = subprocess.call(cmd, stdin=subprocess.DEVNULL)
        elapsed = time.time() - t0
        if rc != 0:
            print("error: run.py exited %d" % rc, file=sys.stderr)
            return 1
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
        replanned, replan_failures = 0, []
        if args.mode == "live":
            sys.path.insert(0, shared)
            import conflib  # the shared harness's helpers, for the same database setup
            import conformance_replan
            t1 = time.time()
            replanned, replan_failures = conformance_replan.replan_converged(
                conflib, conflib.DEFAULT_PG_URL, tool_bin, shared, report, workdir, args.jobs,
                args.timeout)
            print("re-plan after up: %d up-converged case(s), %d with a non-empty second plan (%.0fs)"
                  % (replanned, len(replan_failures), time.time() - t1))
    except (OSError, ValueError) as e:
        print("error: no usable report from run.py: %s" % e, file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    rows, passing, crashes, hangs, unrunnable = tally(report)
    print()
    print("pgmorph conformance (%s, PostgreSQL %s, %.0fs)" % (
        args.mode, report.get("run", {}).get("server_version", "?"), elapsed))
    print_table(rows)
    print("(down-conv: after up + down the schema equals from.sql, counted even when up diverged; "
          "both: up and down converged;\n refused: pgmorph exited 1 with an error; crash: exit 70, "
          "a signal or a sanitizer report; hang: tool timeout; harness: pg_dump/createdb failed or "
          "the tool could not be run)")

    failures = []
    for name, problem in replan_failures:
        failures.append("second plan not empty after up: %s (%s)" % (name, problem))
    for name, rc, err in crashes:
        failures.append("crash: %s (exit %s)" % (name, rc))
        for line in err.splitlines()[-6:]:
            failures.append("    " + line)
    for name in hangs:
        failures.append("hang: %s (pgmorph ran longer than %ds)" % (name, args.timeout))
    for name, rc, err in unrunnable:
        failures.append("tool not runnable: %s (exit %s: %s)" % (name, rc, err.splitlines()[0] if err else ""))
    harness = sum(s["harness"] for n, s in rows if n != "TOTAL")
    if harness:
        print("warning: %d case(s) hit a harness error (pg_dump/createdb); see the JSON report" % harness)

    if args.filter:
        print("(--filter given: floor not checked)")
    else:
        for suite in sorted(set(SUITES) | set(floor)):
            got = passing.get(suite, {k: set() for k in FLOOR_KEYS})
            want = floor.get(suite, {})
            for key in FLOOR_KEYS:
                if not isinstance(want.get(key, []), list):
                    failures.append("%s: the floor of %s %s is a count; record the passing set with "
                                    "--write-floor" % (args.floor, suite, key))
                    continue
                lost = sorted(set(want.get(key, [])) - got[key])
                gained = sorted(got[key] - set(want.get(key, [])))
                for case in lost:
                    failures.append("%s/%s: %s-converged in the floor, not any more" % (suite, case, key))
                if gained:
                    print("note: %d %s case(s) %s-converge beyond the floor (%s); record them with "
                          "--write-floor" % (len(gained), suite, key, ", ".join(gained[:8]) +
                                             (", ..." if len(gained) > 8 else "")))
        if args.write_floor:
            floor_doc[args.mode] = {s: {k: sorted(passing[s][k]) for k in FLOOR_KEYS} for s in sorted(passing)}
            with open(args.floor, "w", encoding="utf-8") as f:
                json.dump(floor_doc, f, indent=1, sort_keys=True)
                f.write("\n")
            print("wrote the passing sets to %s" % args.floor)

    if failures:
        print()
        print("FAILED:")
        for f in failures:
            print("  " + f)
        return 1
    print("conformance ratchet passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
