#!/usr/bin/env python3
r"""Live check that introspection agrees with parsing: introspect(load(x)) == parse(x).

For every schema file x (from.sql and to.sql of each golden case under --cases, and of each
case under --conformance whose meta.json says `"loads": true`):

  1. empty the worker's scratch database (unique name pgmorph_ie_*; every schema dropped,
     a fresh database when anything database-wide is left), create the roles the case's
     meta.json lists, load x with `psql -X -v ON_ERROR_STOP=1`
  2. `pgmorph diff --from postgresql://.../<db> --to x --exit-code` must exit 0: the live
     database, introspected, compares equal to the file, parsed
  3. at the end, drop the scratch databases and the roles this run created

A file that does not load is `not_loaded` and left out of the rate. Statuses: `equal`
(exit 0), `differ` (exit 2; the plan's first lines are shown), `error` (exit 1, e.g. an
object pgmorph does not support, on either side), `crash` (anything else, timeouts too).

The rate of each suite (`cases`, `migra`, `sqldef`) is equal / (files loaded). The run fails
when a rate drops below its floor in --floor (JSON: {"suite": {"rate": 0.42, ...}}); raise
the floor with --write-floor. --filter (regex on suite/case/file) skips the floor check.

Needs a server through the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE),
e.g. under `pg_virtualenv -t`, whose role may create databases and roles. With
PGMORPH_SKIP_LIVE=1 the run is skipped (exit 77, ctest reports it as skipped). Python 3 standard library only.
"""

import argparse
import collections
import json
import os
import re
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_helpers import admin, database_url, quote_ident, run  # noqa: E402

SUITES = ("cases", "migra", "sqldef", "realworld")


ROLE_LOCK = threading.Lock()
CREATED_ROLES = set()


def ensure_roles(roles):
    with ROLE_LOCK:
        existing = set(admin("SELECT rolname FROM pg_roles").split())
        for role in sorted(set(roles) - existing):
            admin("CREATE ROLE %s" % quote_ident(role))
            CREATED_ROLES.add(role)


def drop_created_roles():
    for role in sorted(CREATED_ROLES):
        try:
            admin("DROP ROLE IF EXISTS %s" % quote_ident(role))
        except RuntimeError as e:
            print("note: could not drop role %s: %s" % (role, e), file=sys.stderr)


def collect(args):
    """[(suite, case_name, path, roles)] in a stable order."""
    items = []
    if args.cases and os.path.isdir(args.cases):
        for family in sorted(os.listdir(args.cases)):
            fdir = os.path.join(args.cases, family)
            if not os.path.isdir(fdir):
                continue
            for case in sorted(os.listdir(fdir)):
                for side in ("from.sql", "to.sql"):
                    path = os.path.abspath(os.path.join(fdir, case, side))
                    if os.path.isfile(path):
                        items.append(("cases", "%s/%s" % (family, case), path, []))
    if args.conformance and os.path.isdir(args.conformance):
        for suite in SUITES[1:]:
            sdir = os.path.join(args.conformance, suite)
            if not os.path.isdir(sdir):
                continue
            # realworld nests its cases one level deeper (<project>/<case>).
            cases = sorted(os.path.relpath(root, sdir) for root, _, files in os.walk(sdir)
                           if "meta.json" in files)
            for case in cases:
                meta_path = os.path.join(sdir, case, "meta.json")
                try:
                    with open(meta_path, encoding="utf-8") as f:
                        meta = json.load(f)
                except (OSError, ValueError):
                    continue
                if not meta.get("loads"):
                    continue
                for side in ("from.sql", "to.sql"):
                    path = os.path.abspath(os.path.join(sdir, case, side))
                    if os.path.isfile(path):
                        items.append((suite, case, path, meta.get("roles", [])))
    if args.filter:
        pattern = re.compile(args.filter)
        items = [i for i in items if pattern.search("%s/%s/%s" % (i[0], i[1], os.path.basename(i[2])))]
    return items


def plan_head(text, lines):
    """The numbered summary lines of a plan header."""
    heads = [re.match(r"^--\s+\d+\. (.*)$", l) for l in text.splitlines()]
    return [m.group(1).strip() for m in heads if m][:lines]


# Creating a database costs 0.2-0.6 s (it is fsynced); each worker reuses one database and
# empties it between files instead, falling back to a fresh database when something the
# reset does not reach is left over.
RESET_SQL = r"""
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
  END LOOP;
  CREATE SCHEMA public;
  GRANT USAGE, CREATE ON SCHEMA public TO PUBLIC;
END $$;
SELECT (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql')
     + (SELECT count(*) FROM pg_event_trigger) + (SELECT count(*) FROM pg_publication)
     + (SELECT count(*) FROM pg_foreign_data_wrapper) + (SELECT count(*) FROM pg_default_acl)
     + (SELECT count(*) FROM pg_cast WHERE oid >= 16384)
     + (SELECT count(*) FROM pg_language WHERE oid >= 16384)
     + (SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
        WHERE d.datname = current_database());
"""

WORKER = threading.local()
WORKER_DBS = []
WORKER_DBS_LOCK = threading.Lock()


def fresh_db(run_id):
    old = getattr(WORKER, "db", None)
    if old:
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(old))
    db = "pgmorph_ie_%s_%s" % (run_id, uuid.uuid4().hex[:8])
    admin("CREATE DATABASE %s TEMPLATE template0" % quote_ident(db))
    with WORKER_DBS_LOCK:
        if old in WORKER_DBS:
            WORKER_DBS.remove(old)
        WORKER_DBS.append(db)
    WORKER.db = db
    return db


def clean_db(run_id):
    """The worker's database, empty."""
    db = getattr(WORKER, "db", None)
    if db is None:
        return fresh_db(run_id)
    rc, out, _ = run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", RESET_SQL], 60)
    if rc != 0 or out.strip().splitlines()[-1:] != ["0"]:
        return fresh_db(run_id)
    return db


def check_file(item, args, run_id):
    suite, case, path, roles = item
    result = {"suite": suite, "case": case, "file": os.path.basename(path)}
    try:
        if roles:
            ensure_roles(roles)
        db = clean_db(run_id)
        rc, _, err = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", path],
                         args.timeout, cwd=os.path.dirname(path))
        if rc != 0:
            result.update(status="not_loaded", detail=[err.strip().splitlines()[0] if err.strip() else "rc %d" % rc])
            return result
        start = time.monotonic()
        rc, out, err = run([args.pgmorph, "diff", "--from", database_url(db), "--to", path,
                            "--exit-code"], args.timeout)
        result["seconds"] = round(time.monotonic() - start, 3)
        if rc == 0:
            result["status"] = "equal"
        elif rc == 2:
            result.update(status="differ", detail=plan_head(out, args.lines))
        elif rc == 1:
            lines = [l for l in err.splitlines() if "error[" in l]
            result.update(status="error", detail=(lines or err.splitlines())[: args.lines])
        else:
            result.update(status="crash", detail=(err.splitlines() or ["exit %d" % rc])[: args.lines])
        return result
    except RuntimeError as e:
        result.update(status="crash", detail=[str(e)])
        return result


def drop_worker_dbs():
    for db in WORKER_DBS:
        try:
            admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % quote_ident(db))
        except RuntimeError as e:
            print("note: could not drop %s: %s" % (db, e), file=sys.stderr)


def category(line):
    """`drop view public.v` -> `drop view`: the change kind of a plan line."""
    words = []
    for word in line.split():
        if "." in word or word in ("on", "of", "to"):
            break
        words.append(word)
    return " ".join(words[:4]) or line


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pgmorph", required=True)
    ap.add_argument("--cases", help="golden cases folder (tests/cases)")
    ap.add_argument("--conformance", help="../shared/conformance (optional)")
    ap.add_argument("--floor", help="JSON file with the minimum rate per suite")
    ap.add_argument("--write-floor", action="store_true", help="write the measured rates to --floor")
    ap.add_argument("--filter", help="regex on suite/case/file; skips the floor check")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--lines", type=int, default=3, help="plan/error lines shown per failure")
    ap.add_argument("--show", type=int, default=40, help="failures listed per suite (-1: all)")
    ap.add_argument("--json", help="write every result to this file")
    args = ap.parse_args()

    if os.environ.get("PGMORPH_SKIP_LIVE") == "1":
        print("PGMORPH_SKIP_LIVE=1: skipped")
        return 77  # ctest's SKIP_RETURN_CODE: reported as skipped, never as passed
    try:
        admin("SELECT 1")
    except (RuntimeError, OSError) as e:
        print("error: no PostgreSQL server (run under pg_virtualenv -t, or set "
              "PGMORPH_SKIP_LIVE=1): %s" % e, file=sys.stderr)
        return 1

    items = collect(args)
    run_id = uuid.uuid4().hex[:6]
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda item: check_file(item, args, run_id), items))
    drop_worker_dbs()
    drop_created_roles()
    elapsed = time.monotonic() - started

    by_suite = collections.defaultdict(list)
    for r in results:
        by_suite[r["suite"]].append(r)
    measured = {}
    for suite in SUITES:
        rs = by_suite.get(suite, [])
        if not rs:
            continue
        counts = collections.Counter(r["status"] for r in rs)
        loaded = len(rs) - counts["not_loaded"]
        rate = counts["equal"] / loaded if loaded else 0.0
        measured[suite] = {"rate": round(rate, 4), "equal": counts["equal"], "loaded": loaded}
        failures = [r for r in rs if r["status"] not in ("equal", "not_loaded")]
        shown = failures if args.show < 0 else failures[: args.show]
        print("== %s: %d/%d equal (%.1f%%); differ %d, error %d, crash %d, not loaded %d"
              % (suite, counts["equal"], loaded, 100 * rate, counts["differ"], counts["error"],
                 counts["crash"], counts["not_loaded"]))
        for r in shown:
            print("  %-7s %s/%s" % (r["status"], r["case"], r["file"]))
            for line in r.get("detail", []):
                print("            %s" % line[:160])
        if len(shown) < len(failures):
            print("  ... %d more (--show -1 lists all)" % (len(failures) - len(shown)))
        kinds = collections.Counter(category(line) for r in failures if r["status"] == "differ"
                                    for line in r.get("detail", [])[:1])
        if kinds:
            print("  first differing change, by kind: " +
                  ", ".join("%s %d" % (k, n) for k, n in kinds.most_common(12)))
    print("%d files in %.0f s" % (len(results), elapsed))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"measured": measured, "results": results}, f, indent=1)

    if not args.floor:
        return 0
    if args.filter:
        print("(--filter given: floor not checked)")
        return 0
    try:
        with open(args.floor, encoding="utf-8") as f:
            floor = json.load(f)
    except (OSError, ValueError):
        floor = {}
    failed = []
    for suite, got in measured.items():
        need = floor.get(suite, {}).get("rate", 0.0)
        if got["rate"] + 1e-9 < need:
            failed.append("%s: rate %.4f is below the floor %.4f" % (suite, got["rate"], need))
        elif got["rate"] > need + 0.005 and not args.write_floor:
            print("note: %s rate %.4f is above the floor %.4f; raise it with --write-floor"
                  % (suite, got["rate"], need))
    if args.write_floor:
        floor.update(measured)
        with open(args.floor, "w", encoding="utf-8") as f:
            json.dump(floor, f, indent=2, sort_keys=True)
            f.write("\n")
        print("wrote the measured rates to %s" % args.floor)
    for line in failed:
        print("FAIL " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
