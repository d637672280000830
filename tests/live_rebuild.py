#!/usr/bin/env python3
"""Table rebuilds keep the rows: a kept table whose declared column order PostgreSQL cannot
reach in place is rebuilt (diff::TableRebuild), and down.sql rebuilds it back. The golden
cases check the schema after up and down on empty tables; this checks the data on filled
ones: every row and value survives up and down, a serial and an identity column continue
their counts (the next value is the one the old sequence would have given), rows referencing
the table through a foreign key still do, a retyped column is converted, and a column dropped
in the middle comes back in its place (empty) after down.

    pg_virtualenv -t python3 tests/live_rebuild.py --pgmorph build/pgmorph

Needs a server through the libpq variables whose role may create databases; without one it
fails (PGMORPH_SKIP_LIVE=1 skips it, exit 77). Prints PASS/FAIL per check; exit 1 on a failure."""

import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_helpers import Results, admin, database_url, quote_ident, require_server, run  # noqa: E402

FROM_SQL = """
create table accounts (id serial primary key, email text not null, plan text);
create table items (id bigint generated always as identity primary key, code int not null, title text,
                    account_id int references accounts(id));
create table notes (id int primary key, legacy text, body text not null, stars smallint);
create view item_titles as select id, title from items;
"""

TO_SQL = """
create table accounts (id serial primary key, name text, email text not null, plan text);
create table items (id bigint generated always as identity primary key, sku text, code bigint not null, title text,
                    account_id int references accounts(id));
create table notes (id int primary key, body text not null, stars smallint);
create view item_titles as select id, title from items;
"""

DATA_SQL = """
insert into accounts (email, plan) values ('a@x', 'free'), ('b@x', 'pro'), ('c@x', null);
delete from accounts where email = 'c@x';
insert into items (code, title, account_id) values (10, 'ten', 1), (20, 'twenty', 2), (30, null, null);
delete from items where code = 30;
insert into notes values (1, 'old', 'first', 3), (2, null, 'second', null);
"""

ROWS_SQL = ("select 'accounts', id, email, plan from accounts union all "
            "select 'items', id, code::text, coalesce(title, '-') || '/' || coalesce(account_id::text, '-') from items "
            "union all select 'notes', id, body, coalesce(stars::text, '-') from notes order by 1, 2")


def psql(db, sql, timeout=60):
    rc, out, err = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", database_url(db), "-c", sql], timeout)
    return rc, out.strip(), err.strip()


def apply_file(db, path):
    rc, _, err = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database_url(db), "-f", path], 120)
    return rc, err.strip()


def columns(db, table):
    return psql(db, "select string_agg(attname, ',' order by attnum) from pg_attribute "
                    "where attrelid = 'public.%s'::regclass and attnum > 0 and not attisdropped" % table)[1]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgmorph", required=True)
    args = ap.parse_args(argv)
    unavailable = require_server("live rebuild checks")
    if unavailable is not None:
        return unavailable
    results = Results()
    db = "pgmorph_rebuild_%d" % os.getpid()
    admin("create database %s" % quote_ident(db))
    try:
        with tempfile.TemporaryDirectory() as work:
            paths = {name: os.path.join(work, name) for name in ("from.sql", "to.sql", "data.sql", "up.sql", "down.sql")}
            for name, text in (("from.sql", FROM_SQL), ("to.sql", TO_SQL), ("data.sql", DATA_SQL)):
                with open(paths[name], "w", encoding="utf-8") as f:
                    f.write(text)
            for name in ("from.sql", "data.sql"):
                rc, err = apply_file(db, paths[name])
                if rc != 0:
                    results.check("load " + name, False, err)
                    return 1
            before = psql(db, ROWS_SQL)[1]
            rc, _, err = run([args.pgmorph, "diff", "--from", database_url(db), "--to", paths["to.sql"],
                              "--up", paths["up.sql"], "--down", paths["down.sql"]], 120)
            results.check("diff plans the rebuilds", rc == 0 and "L120" in err, "exit %d: %s" % (rc, err))
            with open(paths["up.sql"], encoding="utf-8") as f:
                up = f.read()
            for table in ("accounts", "items"):
                results.check("%s is rebuilt" % table, "ALTER TABLE public.%s RENAME TO" % table in up)
            results.check("notes (a column dropped from the middle) is not rebuilt by up",
                          "ALTER TABLE public.notes RENAME TO" not in up)
            rc, err = apply_file(db, paths["up.sql"])
            results.check("up.sql applies", rc == 0, err)
            results.check("accounts columns in the declared order", columns(db, "accounts") == "id,name,email,plan",
                          columns(db, "accounts"))
            results.check("items columns in the declared order",
                          columns(db, "items") == "id,sku,code,title,account_id", columns(db, "items"))
            after = psql(db, ROWS_SQL)[1]
            results.check("rows survive up", after == before, "before:\n%s\nafter:\n%s" % (before, after))
            results.check("code is converted to bigint",
                          psql(db, "select pg_typeof(code)::text from items limit 1")[1] == "bigint")
            # The deleted rows took ids 3; the next ones must be 4, not 3 (reused) or 1.
            rc, out, err = psql(db, "insert into accounts (email) values ('d@x') returning id")
            results.check("serial continues after up", out == "4", out + err)
            rc, out, err = psql(db, "insert into items (code) values (40) returning id")
            results.check("identity continues after up", out == "4", out + err)
            rc, out, err = psql(db, "insert into items (code, account_id) values (50, 99)")
            results.check("the foreign key to accounts holds after up", rc != 0 and "foreign key" in err, err)
            rc, out, err = psql(db, "select count(*) from item_titles")
            results.check("the view over items is back", rc == 0 and out == "3", out + err)
            # Where the counters stand before down (the failed insert above used a value too).
            last = {t: psql(db, "select pg_sequence_last_value(pg_get_serial_sequence('public.%s', 'id'))" % t)[1]
                    for t in ("items", "accounts")}
            rc, err = apply_file(db, paths["down.sql"])
            results.check("down.sql applies", rc == 0, err)
            results.check("notes gets legacy back in its place", columns(db, "notes") == "id,legacy,body,stars",
                          columns(db, "notes"))
            results.check("accounts back in the old order", columns(db, "accounts") == "id,email,plan",
                          columns(db, "accounts"))
            rc, out, err = psql(db, "select string_agg(id || ':' || email, ',' order by id) from accounts")
            results.check("rows survive down", out == "1:a@x,2:b@x,4:d@x", out + err)
            rc, out, err = psql(db, "insert into items (code) values (60) returning id")
            results.check("identity continues after down", out == str(int(last["items"]) + 1),
                          "got %s, the old sequence stood at %s %s" % (out, last["items"], err))
            rc, out, err = psql(db, "insert into accounts (email) values ('e@x') returning id")
            results.check("serial continues after down", out == str(int(last["accounts"]) + 1),
                          "got %s, the old sequence stood at %s %s" % (out, last["accounts"], err))
    finally:
        admin("drop database if exists %s" % quote_ident(db))
    print("%d passed, %d failed" % (results.passed, results.failed))
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
