#!/usr/bin/env python3
"""The CI formats of `lint` and `diff`: SARIF 2.1.0, GitHub workflow commands, JUnit XML.

- SARIF logs validate against tests/data/sarif-2.1.0-subset.schema.json (written from the
  SARIF 2.1.0 specification; see its $comment) and every result's rule is listed in the log;
- GitHub annotations follow the documented workflow-command syntax
  (`::error file=F,line=L,col=C,title=T::message`, properties escape % \\r \\n : and ,);
- JUnit parses as XML and its counts add up;
- every location points at the line that holds the flagged statement.
Exit 0 when all hold, 1 otherwise, 77 (ctest SKIP) when python3-jsonschema is missing.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed")
    sys.exit(77)

HERE = pathlib.Path(__file__).resolve().parent
SCHEMA = json.loads((HERE / "data" / "sarif-2.1.0-subset.schema.json").read_text())

CLEAN = "SET lock_timeout = '5s';\nSET statement_timeout = '1min';\nCREATE TABLE t (id bigint PRIMARY KEY);\n"
FROM = "CREATE TABLE a (id int PRIMARY KEY, note text);\nCREATE TABLE gone (x int);\n"
TO = "CREATE TABLE a (id int PRIMARY KEY, note text NOT NULL);\n"

GITHUB_LINE = re.compile(r"^::(error|warning|notice) (file=[^,:]+,line=[1-9]\d*,col=[1-9]\d*,)?title=[^,:\r\n]*::[^\r\n]*$")

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def run(pgmorph, args, cwd):
    result = subprocess.run([pgmorph, *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    return result.returncode, result.stdout


def check_sarif(text, label, expected_lines):
    log = json.loads(text)
    try:
        jsonschema.validate(log, SCHEMA)
        check(True, f"{label} sarif: valid against the SARIF 2.1.0 schema subset")
    except jsonschema.ValidationError as error:
        check(False, f"{label} sarif: {error.message} at {list(error.absolute_path)}")
    run_ = log["runs"][0]
    rule_ids = {rule["id"] for rule in run_["tool"]["driver"]["rules"]}
    results = run_["results"]
    check(all(r["ruleId"] in rule_ids for r in results), f"{label} sarif: every result's rule is listed")
    lines = sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results)
    check(lines == sorted(expected_lines), f"{label} sarif: result lines {lines} == {sorted(expected_lines)}")


def check_github(text, label, count):
    lines = text.splitlines()
    check(len(lines) == count, f"{label} github: {len(lines)} annotation(s), expected {count}")
    for line in lines:
        check(bool(GITHUB_LINE.match(line)), f"{label} github: well-formed: {line[:90]}")


def check_junit(text, label, failures_expected):
    root = ET.fromstring(text)
    cases = root.findall("./testsuite/testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    check(root.tag == "testsuites", f"{label} junit: root is <testsuites>")
    check(int(root.get("failures")) == len(failed) == failures_expected,
          f"{label} junit: {len(failed)} failure(s), expected {failures_expected}")
    check(int(root.get("tests")) == len(cases), f"{label} junit: tests attribute counts the testcases")
    check(all(c.find("failure").get("message") for c in failed), f"{label} junit: every failure has a message")


def line_of(text, needle):
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not found")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pgmorph", required=True)
    pgmorph = str(pathlib.Path(parser.parse_args().pgmorph).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        (work / "clean.sql").write_text(CLEAN)
        (work / "from.sql").write_text(FROM)
        (work / "to.sql").write_text(TO)
        # lint: a blocking index build (line 2) and a NOT NULL column without a default
        # (line 3) on an existing table, both without timeouts.
        (work / "setup.sql").write_text("CREATE TABLE old (id int);\n")
        (work / "m2.sql").write_text("SELECT 1;\nCREATE INDEX old_id ON old (id);\nALTER TABLE old ADD COLUMN c int NOT NULL;\n")
        lint_args = ["lint", "--setup", "setup.sql", "m2.sql"]
        code, text = run(pgmorph, lint_args + ["--format", "json"], work)
        expected = sorted(f["line"] for f in json.loads(text)["findings"])
        check(set(expected) == {2, 3} and len(expected) >= 2, f"lint json: findings on lines 2 and 3 (got {expected})")
        code, text = run(pgmorph, lint_args + ["--format", "sarif"], work)
        check_sarif(text, "lint", expected)
        code, text = run(pgmorph, lint_args + ["--format", "github"], work)
        check_github(text, "lint", len(expected))
        code, text = run(pgmorph, lint_args + ["--format", "junit"], work)
        check_junit(text, "lint", len(expected))
        code, text = run(pgmorph, ["lint", "clean.sql", "--format", "junit"], work)
        check_junit(text, "lint (clean file)", 0)

        # diff: SET NOT NULL (online, C116) and DROP TABLE (D101), located in up.sql.
        diff_args = ["diff", "--from", "from.sql", "--to", "to.sql", "--up", "up.sql"]
        code, text = run(pgmorph, diff_args + ["--format", "sarif"], work)
        up = (work / "up.sql").read_text()
        expected = [line_of(up, "ADD CONSTRAINT a_note_not_null"), line_of(up, "DROP TABLE public.gone")]
        check_sarif(text, "diff", expected)
        log = json.loads(text)
        check(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "up.sql",
              "diff sarif: results point into up.sql")
        code, text = run(pgmorph, diff_args + ["--format", "github"], work)
        check_github(text, "diff", 2)
        code, text = run(pgmorph, diff_args + ["--format", "junit"], work)
        check_junit(text, "diff", 2)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
