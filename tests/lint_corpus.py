#!/usr/bin/env python3
"""Scores `pgmorph lint` on the labelled lint corpus (docs/safety.md §1.5).

For every row: lint `setup` (as --setup) + `sql` with the row's settings and all rules on,
then require set(fired) ∩ set(checks) == set(expect). Prints per-rule precision and recall
(over the rules a row checks) and the overall score; exits 1 if any row is wrong, 77 (ctest
SKIP_RETURN_CODE) when the corpus is absent. No database is needed.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile


def lint_row(pgmorph, row, workdir):
    sql_path = os.path.join(workdir, f"{row['id']}.sql")
    with open(sql_path, "w", encoding="utf-8") as handle:
        handle.write(row["sql"])
    command = [pgmorph, "lint", "--format", "json", "--all-rules"]
    settings = row.get("settings") or {}
    if "pg_version" in settings:
        command += ["--pg-version", str(settings["pg_version"])]
    if settings.get("assume_in_transaction"):
        command.append("--assume-in-transaction")
    if settings.get("naming_pattern"):
        command += ["--naming-pattern", settings["naming_pattern"]]
    if row.get("setup"):
        setup_path = os.path.join(workdir, f"{row['id']}.setup.sql")
        with open(setup_path, "w", encoding="utf-8") as handle:
            handle.write(row["setup"])
        command += ["--setup", setup_path]
    command.append(sql_path)
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{row['id']}: pgmorph exited {done.returncode}: {done.stderr}")
    report = json.loads(done.stdout)
    if report["errors"]:
        raise RuntimeError(f"{row['id']}: unexpected errors {report['errors']}")
    return {finding["rule"] for finding in report["findings"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pgmorph", required=True)
    parser.add_argument("--corpus", required=True)
    args = parser.parse_args()
    if not os.path.exists(args.corpus):
        print(f"SKIPPED: lint corpus {args.corpus} not found (needs ../shared)")
        return 77
    rows = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    wrong = []
    seen = set()
    checked = collections.Counter()
    with tempfile.TemporaryDirectory() as workdir:
        for row in rows:
            fired = lint_row(args.pgmorph, row, workdir)
            checks, expect = set(row["checks"]), set(row["expect"])
            got = fired & checks
            seen.update(checks)
            checked.update(checks)
            for rule in checks:
                if rule in got and rule in expect:
                    tp[rule] += 1
                elif rule in got:
                    fp[rule] += 1
                elif rule in expect:
                    fn[rule] += 1
            if got != expect:
                wrong.append((row["id"], sorted(expect), sorted(got)))
    print(f"{'rule':45} {'prec':>6} {'recall':>6}  tp fp fn tn")
    for rule in sorted(seen):
        # "-" when undefined: the rule is only checked by rows where it must not fire.
        precision = f"{tp[rule] / (tp[rule] + fp[rule]):6.2f}" if tp[rule] + fp[rule] else "     -"
        recall = f"{tp[rule] / (tp[rule] + fn[rule]):6.2f}" if tp[rule] + fn[rule] else "     -"
        negatives = checked[rule] - tp[rule] - fp[rule] - fn[rule]
        print(f"{rule:45} {precision} {recall}  {tp[rule]:2} {fp[rule]:2} {fn[rule]:2} {negatives:2}")
    for row_id, expect, got in wrong:
        print(f"WRONG {row_id}: expected {expect}, got {got}")
    right = len(rows) - len(wrong)
    print(f"score: {right}/{len(rows)} rows right ({100.0 * right / len(rows):.1f}%)")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
