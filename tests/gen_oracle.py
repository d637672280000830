"""The round-trip oracle of generated pairs (tests/gen_pairs.py), the one the shared
conformance harness applies: scratch database A <- from.sql, B <- to.sql; `pgmorph diff
--from <A's URL> --to to.sql`; A + up.sql must dump like B; A + up + down must dump like
from.sql freshly loaded (A before up). Dumps are normalized by live_cases.normalize_dump
(column order counts).

Statuses, first failure wins: not_loaded (a generator bug), tool_refused (pgmorph exit 1: a
clear refusal), tool_crash (exit 70, a signal, a sanitizer report), tool_error (any other exit,
a timeout), harness_error (psql or pg_dump failed), apply_error_up, diverged_up, apply_error_down, diverged_down,
announced_limit, converged.

announced_limit is a divergence pgmorph said it could not avoid, where PostgreSQL has no way
to do better in place: only column order differs and pgmorph warned `column-order`, or down
diverges and down.sql marks a step it cannot undo (`-- WARNING: cannot undo`). It is not a
failure, and it is counted and listed on its own."""

import os
import re

from live_cases import create_db, drop_db, dump_diff, normalize_dump, psql, raw_dump, run_sql_file
from pg_helpers import database_url, run
from run_cases import is_crash

STATUSES = ["converged", "announced_limit", "diverged_up", "diverged_down", "apply_error_up", "apply_error_down",
            "tool_refused", "tool_crash", "tool_error", "not_loaded", "harness_error"]


def _first_stderr_line(err):
    lines = [l.strip() for l in err.splitlines() if l.strip()]
    for l in lines:
        if "error" in l.lower() or "crash" in l.lower():
            return l
    return lines[0] if lines else "(no stderr)"


def _first_diff_line(diff):
    for l in diff.splitlines():
        s = l.strip()
        if (s.startswith("-") or s.startswith("+")) and not s.startswith(("---", "+++")):
            return s
    return "(no diff line)"


def signature(res):
    """The failure class: the status and the first error with names and numbers blurred."""
    text = re.sub(r"\b[a-z]+_?\d+\b", lambda mm: re.sub(r"_?\d+$", "#", mm.group(0)), res.get("error") or "")
    text = re.sub(r"\bs#\.", "", text)  # schema-qualified or not: one class
    text = re.sub(r"\d+", "N", text)
    text = re.sub(r"^(\s*psql:)?\S*:N: ", "", text.strip())
    return "%s: %s" % (res["status"], text[:160])


# A database is emptied instead of dropped and created again (four times faster on a small
# server): extensions and schemas dropped, public created as PostgreSQL 15 creates it.
# `reset_is_fresh` checks once per run that an emptied database dumps like a new one.
RESET_SQL = """
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
    EXECUTE format('DROP EXTENSION %I CASCADE', r.extname);
  END LOOP;
  FOR r IN SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema')
           AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp%' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
  END LOOP;
END $$;
CREATE SCHEMA public AUTHORIZATION pg_database_owner;
COMMENT ON SCHEMA public IS 'standard public schema';
GRANT USAGE ON SCHEMA public TO PUBLIC;
"""


def reset_db(db, timeout):
    rc, _o, err = psql(db, ["-c", RESET_SQL], timeout)
    if rc != 0:
        raise RuntimeError("cannot empty database %s: %s" % (db, err.strip()))


def reset_is_fresh(prefix, timeout=60):
    """True when an emptied database dumps like a fresh one (else the run creates databases)."""
    a, b = prefix + "_fresh", prefix + "_reset"
    try:
        create_db(a)
        create_db(b)
        run_sql_file(b, "/dev/null", timeout)
        psql(b, ["-c", "CREATE SCHEMA s; CREATE EXTENSION citext; CREATE TABLE public.t (a int)"], timeout)
        reset_db(b, timeout)
        q = ["-At", "-c", "SELECT nspowner::regrole, nspacl, obj_description(oid, 'pg_namespace') "
                          "FROM pg_namespace WHERE nspname = 'public'"]
        return (normalize_dump(raw_dump(a, timeout)) == normalize_dump(raw_dump(b, timeout))
                and psql(a, q, timeout)[1] == psql(b, q, timeout)[1])
    finally:
        drop_db(a)
        drop_db(b)


class Databases:
    """The two scratch databases of one worker thread, created once, emptied per pair."""

    def __init__(self, prefix, reuse):
        self.a, self.b = prefix + "_a", prefix + "_b"
        self.reuse = reuse
        self.made = False

    def fresh(self, timeout):
        if self.made and self.reuse:
            reset_db(self.a, timeout)
            reset_db(self.b, timeout)
            return
        self.close()
        create_db(self.a)
        create_db(self.b)
        self.made = True

    def close(self):
        if self.made:
            drop_db(self.a)
            drop_db(self.b)
            self.made = False


def _column_order_only(want, got):
    """True when the dumps differ only in the order of columns inside CREATE TABLE."""
    def blur(text):
        out, cols = [], None
        for l in text.splitlines():
            if l.startswith("CREATE TABLE ") and l.endswith("("):
                out.append(l)
                cols = []
            elif cols is not None and l.startswith(")"):
                out += sorted(c.rstrip(",") for c in cols) + [l]
                cols = None
            elif cols is not None:
                cols.append(l)
            else:
                out.append(l)
        return "\n".join(out)
    return blur(want) == blur(got)


def check_pair(pgmorph, wd, from_sql, to_sql, dbs, timeout=60):
    """Runs the oracle in the empty folder wd with the Databases dbs; returns a dict with
    status, error, detail."""
    os.makedirs(wd, exist_ok=True)
    for name, text in (("from.sql", from_sql), ("to.sql", to_sql)):
        with open(os.path.join(wd, name), "w", encoding="utf-8") as f:
            f.write(text)
    db_a, db_b = dbs.a, dbs.b
    try:
        dbs.fresh(timeout)
        for db, fname in ((db_a, "from.sql"), (db_b, "to.sql")):
            err = run_sql_file(db, os.path.join(wd, fname), timeout, cwd=wd)
            if err:
                first = re.sub(r"^psql:\S*:(\d+): ", r"%s:\1: " % fname, err.strip().splitlines()[0].strip())
                return {"status": "not_loaded", "error": first,
                        "detail": err}
        dump_from = normalize_dump(raw_dump(db_a, timeout))
        dump_to = normalize_dump(raw_dump(db_b, timeout))

        rc, _out, tool_err = run([pgmorph, "diff", "--from", database_url(db_a), "--to", "to.sql",
                             "--up", "up.sql", "--down", "down.sql"], timeout, cwd=wd)
        if rc != 0:
            status = "tool_crash" if is_crash(rc, tool_err) else "tool_refused" if rc == 1 else "tool_error"
            return {"status": status, "error": "exit %d: %s" % (rc, _first_stderr_line(tool_err)), "detail": tool_err}
        for step, script, want in (("up", "up.sql", dump_to), ("down", "down.sql", dump_from)):
            err = run_sql_file(db_a, os.path.join(wd, script), timeout, cwd=wd)
            if err:
                lines = [l.strip() for l in err.splitlines() if "ERROR" in l] or err.strip().splitlines()
                first = re.sub(r"^psql:\S*:(\d+): ", r"%s:\1: " % script, lines[0])
                return {"status": "apply_error_" + step, "error": first, "detail": err}
            got = normalize_dump(raw_dump(db_a, timeout))
            if got != want:
                d = dump_diff(want, got, "to.sql" if step == "up" else "from.sql",
                              "from.sql + up.sql" + (" + down.sql" if step == "down" else ""))
                first = _first_diff_line(d)
                order_only = _column_order_only(want, got)
                if order_only:
                    first = "column order only: " + first
                with open(os.path.join(wd, "down.sql"), encoding="utf-8") as f:
                    irreversible = step == "down" and "-- WARNING: cannot undo" in f.read()
                if (order_only and "warning[column-order]" in tool_err) or irreversible:
                    return {"status": "announced_limit", "error": first, "detail": d}
                return {"status": "diverged_" + step, "error": first, "detail": d}
        return {"status": "converged", "error": None, "detail": ""}
    except RuntimeError as e:
        dbs.close()  # the next pair starts over with new databases
        return {"status": "harness_error", "error": "%s" % str(e).splitlines()[0], "detail": str(e)}
