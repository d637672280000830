#!/usr/bin/env python3
"""Writes (or with --check, verifies) docs/examples/*/report.md: the Markdown review report
`pgmorph diff --format markdown` prints for each example's from.sql -> to.sql.

Usage: gen_reports.py --pgmorph PATH [--check]
Exit 0 when every report was written or is current, 1 when --check finds one stale.
"""
import argparse
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def render(pgmorph: str, example: pathlib.Path) -> str:
    # Run inside the example so the report names the files relatively.
    result = subprocess.run([pgmorph, "diff", "--from", "from.sql", "--to", "to.sql", "--format", "markdown"],
                            cwd=example, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        sys.exit(f"{example.name}: pgmorph exited {result.returncode}:\n{result.stderr}")
    return result.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pgmorph", required=True)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    examples = sorted(p.parent for p in HERE.glob("*/to.sql"))
    if not examples:
        sys.exit("no examples found")
    stale = 0
    for example in examples:
        report = render(str(pathlib.Path(args.pgmorph).resolve()), example)
        target = example / "report.md"
        if args.check:
            current = target.read_text() if target.exists() else ""
            ok = current == report
            stale += not ok
            print(f"{'ok   ' if ok else 'STALE'} {example.name}/report.md")
        else:
            target.write_text(report)
            print(f"wrote {example.name}/report.md")
    if stale:
        print(f"{stale} report(s) stale: run docs/examples/gen_reports.py --pgmorph build/pgmorph")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
