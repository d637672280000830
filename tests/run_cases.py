#!/usr/bin/env python3
"""Golden case runner for pgmorph (Python 3 standard library only).

A case is a folder  <cases>/<family>/<case>/  holding

  from.sql, to.sql   the two schema versions (inputs)
  up.sql, down.sql   the expected scripts, byte for byte (goldens)
  meta.toml          optional; a small TOML subset, see below
  notes.md           optional; free text, ignored

Modes
-----
default   run `pgmorph diff --from from.sql --to to.sql --up T/up.sql --down T/down.sql`
          (with the case folder as working directory, so the script headers name
          `from.sql` and `to.sql` whatever the checkout path) and compare the outputs
          with the goldens; print a unified diff on mismatch.
          With UPDATE_GOLDEN=1 in the environment the goldens are rewritten instead.
--replan  for every case, diff(from, from) and diff(to, to) with --exit-code must
          exit 0: a schema compared with itself plans nothing.

meta.toml keys (all optional):
  expect_exit = 1          pgmorph must exit with this code (default 0); for a non-zero
                           code the golden is stderr.txt instead of up.sql/down.sql
  xfail = "reason"         known pgmorph bug: the goldens hold the CORRECT scripts (hand-written),
                           pgmorph does not produce them yet. A mismatch counts as xfailed, a match
                           fails ("XPASS": remove the key). UPDATE_GOLDEN never rewrites such a case.
  xfail_live = "reason"    the same for live_cases.py (pgmorph's own scripts do not converge)
  live = false             live_cases.py skips the case (give `reason = "..."`)
  reason = "..."           why (printed when skipping)

The closing line is `N passed, N failed` (`, N skipped` follows when cases were xfailed or
skipped); the exit status is 1 on any failure.
"""

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

EXIT_OK = 0
EXIT_USER = 1
EXIT_CHANGES = 2
EXIT_INTERNAL = 70
CRASH_PREFIX = "pgmorph crashed: "  # first message of a crash: never an expected failure

DEFAULT_TIMEOUT = 60


# --------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------

_toml_line = re.compile(r'^\s*([A-Za-z0-9_-]+)\s*=\s*(.+?)\s*$')


def parse_meta_toml(path):
    """Very small TOML subset: `key = value` with strings, integers and booleans."""
    meta = {}
    if not os.path.exists(path):
        return meta
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#") or line.startswith("["):
                continue
            m = _toml_line.match(line)
            if not m:
                raise ValueError("%s:%d: cannot parse %r" % (path, n, line))
            key, val = m.group(1), m.group(2)
            if val[0] in "\"'":
                q = val[0]
                end = val.find(q, 1)
                if end < 0:
                    raise ValueError("%s:%d: unterminated string" % (path, n))
                meta[key] = val[1:end]
            else:
                val = val.split("#", 1)[0].strip()
                if val in ("true", "false"):
                    meta[key] = val == "true"
                else:
                    try:
                        meta[key] = int(val)
                    except ValueError:
                        raise ValueError("%s:%d: unsupported value %r" % (path, n, val))
    return meta


def discover_cases(root, pattern=None):
    """All case folders (holding from.sql and to.sql) below root, sorted by name."""
    root = os.path.abspath(root)
    rx = re.compile(pattern) if pattern else None
    cases = []
    for d, subdirs, files in os.walk(root):
        subdirs.sort()
        if "from.sql" in files and "to.sql" in files:
            name = os.path.relpath(d, root).replace(os.sep, "/")
            subdirs[:] = []
            if rx and not rx.search(name):
                continue
            cases.append({"name": name, "dir": d, "meta": parse_meta_toml(os.path.join(d, "meta.toml"))})
    cases.sort(key=lambda c: c["name"])
    return cases


# --------------------------------------------------------------------------
# running pgmorph
# --------------------------------------------------------------------------


def is_crash(rc, stderr):
    """Exit 70 (internal error), a signal, or a sanitizer report."""
    if rc is None:
        return False
    if rc == EXIT_INTERNAL or rc < 0 or rc >= 128:
        return True
    return "Sanitizer" in stderr or "runtime error:" in stderr


def describe_rc(rc):
    if rc is None:
        return "timeout"
    if rc < 0:
        return "killed by signal %d" % -rc
    if rc == EXIT_INTERNAL:
        return "internal error (exit 70)"
    return "exit %d" % rc


def run_diff(pgmorph, case_dir, src_from, src_to, outdir, exit_code=False, timeout=DEFAULT_TIMEOUT):
    """Run `pgmorph diff` in case_dir. Returns dict(rc, stdout, stderr, up, down).

    rc is None on timeout. up/down are the bytes written (None when not written).
    """
    up = os.path.join(outdir, "up.sql")
    down = os.path.join(outdir, "down.sql")
    for p in (up, down):
        if os.path.exists(p):
            os.unlink(p)
    cmd = [pgmorph, "diff", "--from", src_from, "--to", src_to, "--up", up, "--down", down]
    if exit_code:
        cmd.append("--exit-code")
    try:
        r = subprocess.run(cmd, cwd=case_dir, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
        rc, out, err = r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired as e:
        rc, out, err = None, e.stdout or b"", e.stderr or b""
    except OSError as e:  # not executable (e.g. being relinked right now), missing, ...
        rc, out, err = 127, b"", ("cannot run %s: %s" % (pgmorph, e)).encode()
    res = {"rc": rc, "stdout": out.decode("utf-8", "replace"), "stderr": err.decode("utf-8", "replace"),
           "cmd": cmd, "up": None, "down": None}
    for key, p in (("up", up), ("down", down)):
        if os.path.exists(p):
            with open(p, "rb") as f:
                res[key] = f.read()
    return res


def tail(text, n=20):
    lines = text.rstrip("\n").splitlines()
    if len(lines) > n:
        lines = ["..."] + lines[-n:]
    return "\n".join("    " + l for l in lines)


def unified_bytes(expected, actual, a, b, max_lines=200):
    e = expected.decode("utf-8", "replace").splitlines(keepends=True)
    g = actual.decode("utf-8", "replace").splitlines(keepends=True)
    d = list(difflib.unified_diff(e, g, a, b))
    if not d and expected != actual:
        d = ["(files differ only in line endings or a trailing newline)\n"]
    if len(d) > max_lines:
        d = d[:max_lines] + ["... (%d more diff lines)\n" % (len(d) - max_lines)]
    return "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n" for l in d)


# --------------------------------------------------------------------------
# modes
# --------------------------------------------------------------------------


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def check_golden(case, pgmorph, tmp, update, timeout):
    """Returns (ok, message lines)."""
    d = case["dir"]
    if case["meta"].get("xfail"):
        update = False  # the goldens are hand-corrected: never overwrite them
    expect_exit = int(case["meta"].get("expect_exit", 0))
    r = run_diff(pgmorph, d, "from.sql", "to.sql", tmp, timeout=timeout)
    msgs = []
    if r["rc"] is None or is_crash(r["rc"], r["stderr"]):
        return False, [CRASH_PREFIX + describe_rc(r["rc"]), tail(r["stderr"])]
    if r["rc"] != expect_exit:
        msgs.append("pgmorph %s, expected exit %d" % (describe_rc(r["rc"]), expect_exit))
        if r["stderr"].strip():
            msgs.append(tail(r["stderr"]))
        return False, msgs

    if expect_exit != 0:
        goldens = [("stderr.txt", r["stderr"].encode("utf-8"))]
    else:
        goldens = [("up.sql", r["up"]), ("down.sql", r["down"])]
    ok = True
    for fname, actual in goldens:
        path = os.path.join(d, fname)
        if actual is None:
            ok = False
            msgs.append("pgmorph wrote no %s" % fname)
            continue
        expected = read_bytes(path)
        if update:
            if expected != actual:
                write_bytes(path, actual)
                msgs.append("updated %s" % fname)
            continue
        if expected is None:
            ok = False
            msgs.append("missing golden %s (run with UPDATE_GOLDEN=1 to create it, then review it)" % fname)
            continue
        if expected != actual:
            ok = False
            msgs.append("%s differs from the golden:" % fname)
            msgs.append(unified_bytes(expected, actual, "%s/%s (expected)" % (case["name"], fname),
                                      "%s/%s (pgmorph)" % (case["name"], fname)).rstrip("\n"))
    return ok, msgs


def check_replan(case, pgmorph, tmp, timeout):
    if int(case["meta"].get("expect_exit", 0)) != 0:
        return True, ["(expect_exit case: replan not applicable)"]
    ok, msgs = True, []
    for side in ("from.sql", "to.sql"):
        r = run_diff(pgmorph, case["dir"], side, side, tmp, exit_code=True, timeout=timeout)
        if r["rc"] == 0:
            continue
        ok = False
        if r["rc"] == EXIT_CHANGES:
            msgs.append("diff(%s, %s) is not empty (exit 2); planned up script:" % (side, side))
            msgs.append(tail((r["up"] or r["stdout"].encode()).decode("utf-8", "replace"), 40))
        else:
            what = "crashed: " if r["rc"] is None or is_crash(r["rc"], r["stderr"]) else ""
            msgs.append("diff(%s, %s) %s%s" % (side, side, what, describe_rc(r["rc"])))
            if r["stderr"].strip():
                msgs.append(tail(r["stderr"]))
    return ok, msgs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True, help="path of the pgmorph binary")
    ap.add_argument("--cases", required=True, help="root folder of the golden cases")
    ap.add_argument("--filter", default=None, help="regex matched against 'family/case'")
    ap.add_argument("--replan", action="store_true", help="check that diff(x, x) is empty instead")
    ap.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT, help="seconds per pgmorph run")
    ap.add_argument("-v", "--verbose", action="store_true", help="print passing cases too")
    args = ap.parse_args(argv)

    pgmorph = os.path.abspath(args.pgmorph)
    if not os.access(pgmorph, os.X_OK):
        print("error: pgmorph binary not found or not executable: %s" % pgmorph, file=sys.stderr)
        return 1
    try:
        cases = discover_cases(args.cases, args.filter)
    except ValueError as e:
        print("error: %s" % e, file=sys.stderr)
        return 1
    if not cases:
        print("error: no cases under %s%s" % (args.cases, " matching " + args.filter if args.filter else ""),
              file=sys.stderr)
        return 1
    update = os.environ.get("UPDATE_GOLDEN", "") not in ("", "0") and not args.replan

    passed = failed = xfailed = 0
    tmp = tempfile.mkdtemp(prefix="pgmorph-cases-")
    try:
        for c in cases:
            xfail = None
            if args.replan:
                ok, msgs = check_replan(c, pgmorph, tmp, args.timeout)
            else:
                ok, msgs = check_golden(c, pgmorph, tmp, update, args.timeout)
                xfail = c["meta"].get("xfail")
            crashed = bool(msgs) and msgs[0].startswith(CRASH_PREFIX)
            if xfail and not ok and not crashed:
                xfailed += 1
                print("XFAIL %s: %s" % (c["name"], xfail))
                if args.verbose:
                    for m in msgs:
                        print(m if m.startswith("    ") or m.startswith("---") or "\n" in m else "  " + m)
            elif xfail:
                failed += 1
                print("FAIL %s: XPASS: pgmorph now produces the expected scripts; remove `xfail` from "
                      "its meta.toml (%s)" % (c["name"], xfail))
            elif ok:
                passed += 1
                if args.verbose or (update and msgs):
                    print("PASS %s%s" % (c["name"], (": " + "; ".join(msgs)) if msgs else ""))
            else:
                failed += 1
                print("FAIL %s" % c["name"])
                for m in msgs:
                    print(m if m.startswith("    ") or m.startswith("---") or "\n" in m else "  " + m)
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if update:
        print("(UPDATE_GOLDEN: goldens rewritten; review them with git diff before committing)")
    if xfailed:
        print("%d xfailed (known pgmorph bugs: the goldens hold the correct scripts; see meta.toml)" % xfailed)
        print("%d passed, %d failed, %d skipped" % (passed, failed, xfailed))
    else:
        print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
