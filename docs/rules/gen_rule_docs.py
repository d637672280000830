#!/usr/bin/env python3
"""Writes docs/rules/<code>.md for every lint rule from `pgmorph lint --list-rules` plus the
examples below, and checks the examples: each "flagged" snippet must fire its rule and each
"safe" snippet must not (linted with every rule on, after the example's setup).

    python3 docs/rules/gen_rule_docs.py --pgmorph build/pgmorph           # rewrite the pages
    python3 docs/rules/gen_rule_docs.py --pgmorph build/pgmorph --check   # CI: pages current, examples true
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

T = "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\n"

# code: (setup, flagged, safe, lint options[, lint options of the safe example]).
# Setup is the pre-existing schema.
EXAMPLES = {
    "L101": ("CREATE TABLE users (id bigint PRIMARY KEY, email text);",
             "CREATE INDEX users_email_idx ON users (email);",
             "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);", []),
    "L102": ("", "DROP INDEX users_email_idx;", "DROP INDEX CONCURRENTLY users_email_idx;", []),
    "L103": ("", "REINDEX INDEX users_email_idx;", "REINDEX INDEX CONCURRENTLY users_email_idx;", []),
    "L104": ("", "BEGIN;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nCOMMIT;",
             "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);", []),
    "L105": ("", "ALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0);",
             "ALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0) NOT VALID;\n"
             "-- in a later migration:\nALTER TABLE accounts VALIDATE CONSTRAINT balance_positive;", []),
    "L106": ("", "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
             "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
             "-- in a later migration:\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;", []),
    "L107": ("", "BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
                 "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;\nCOMMIT;",
             "BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
             "COMMIT;\nBEGIN;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;\nCOMMIT;", []),
    "L108": ("CREATE TABLE users (id bigint, email text);", "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
             "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
             "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
             "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
             "ALTER TABLE users DROP CONSTRAINT users_email_nn;", []),
    "L109": ("", "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
             "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n"
             "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;", []),
    "L110": ("", "ALTER TABLE items ADD PRIMARY KEY (id);",
             "CREATE UNIQUE INDEX CONCURRENTLY items_pkey ON items (id);\n"
             "ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_pkey;", []),
    "L111": ("CREATE TABLE items (id bigint);\nCREATE UNIQUE INDEX items_pkey ON items (id);",
             "ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_pkey;",
             "-- after making id NOT NULL with the set-not-null-scan (L108) pattern:\n"
             "ALTER TABLE items ALTER COLUMN id SET NOT NULL;\n"
             "ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_pkey;", []),
    "L112": ("", "ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);",
             None, []),
    "L113": ("CREATE TABLE prices (id bigint, amount int, label varchar(50));",
             "ALTER TABLE prices ALTER COLUMN amount TYPE bigint;",
             "-- binary-coercible changes do not rewrite:\nALTER TABLE prices ALTER COLUMN label TYPE varchar(100);", []),
    "L114": ("", "ALTER TABLE events ADD COLUMN token uuid DEFAULT gen_random_uuid();",
             "ALTER TABLE events ADD COLUMN token uuid;\nALTER TABLE events ALTER COLUMN token SET DEFAULT gen_random_uuid();\n"
             "-- then backfill existing rows in batches", []),
    "L115": ("", "ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) STORED;",
             "ALTER TABLE orders ADD COLUMN total_cents bigint;\n-- a trigger keeps it current; backfill in batches", []),
    "L116": ("", "ALTER TABLE cities ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;",
             "CREATE SEQUENCE cities_id_seq;\nALTER TABLE cities ADD COLUMN id bigint;\n"
             "ALTER TABLE cities ALTER COLUMN id SET DEFAULT nextval('cities_id_seq');\n-- then backfill in batches", []),
    "L117": ("", "VACUUM FULL events;", "-- outside migrations: pg_repack --table=events", []),
    "L118": ("", "ALTER TABLE measurements DETACH PARTITION measurements_2020;",
             "ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;", []),
    "L119": ("", "ALTER TABLE events SET UNLOGGED;", None, []),
    "L120": ("", "ALTER TABLE events SET TABLESPACE fast_ssd;", None, []),
    "L121": ("", "CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit();",
             "CREATE TABLE orders (id bigint);\n"
             "CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit();", []),
    "L122": ("", "ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0);",
             "ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID;\n"
             "ALTER DOMAIN positive VALIDATE CONSTRAINT positive_check;", []),
    "L123": ("", "ALTER TABLE users ADD COLUMN nickname text;",
             "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;", []),
    "L124": ("", "ALTER TABLE users ADD COLUMN nickname text;",
             "SET statement_timeout = '30s';\nALTER TABLE users ADD COLUMN nickname text;", []),
    "L125": ("", "BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;",
             "BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;\n"
             "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;", []),
    "L126": ("", "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;\nCOMMIT;",
             "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nCOMMIT;\n-- backfill later, in batches, outside the DDL transaction", []),
    "L127": ("", "CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);",
             "-- after upgrading the server to 14.4 or later\n"
             "CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);", ["--pg-version", "14.2"],
             ["--pg-version", "14.4"]),
    "D101": ("", "DROP TABLE legacy_events;", "ALTER TABLE legacy_events RENAME TO legacy_events_to_drop;  -- drop it in a later release", []),
    "D102": ("", "ALTER TABLE users DROP COLUMN legacy_flag;", None, []),
    "D103": ("", "DROP SCHEMA reporting;", None, []),
    "D104": ("", "DROP DATABASE analytics;", None, []),
    "D105": ("", "TRUNCATE sessions;", "DELETE FROM sessions WHERE id IN (SELECT id FROM sessions LIMIT 10000);", []),
    "D106": ("", "TRUNCATE users CASCADE;", "TRUNCATE sessions, session_events;", []),
    "D107": ("", "DROP VIEW active_users CASCADE;", "DROP VIEW user_report;\nDROP VIEW active_users;", []),
    "D108": ("", "DROP SEQUENCE invoice_seq;", None, []),
    "D109": ("", "ALTER TABLE orders DROP CONSTRAINT orders_user_fk;",
             "ALTER TABLE orders DROP CONSTRAINT orders_user_fk;\n"
             "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;", []),
    "C101": ("", "ALTER TABLE users RENAME TO accounts;",
             "ALTER TABLE users RENAME TO accounts;\nCREATE VIEW users AS SELECT * FROM accounts;", []),
    "C102": ("", "ALTER TABLE users RENAME COLUMN user_name TO name;", None, []),
    "C103": ("", "ALTER SCHEMA app RENAME TO core;", None, []),
    "C104": ("", "ALTER TYPE status RENAME VALUE 'done' TO 'completed';",
             "ALTER TYPE status ADD VALUE 'completed' AFTER 'done';", []),
    "C105": ("", "ALTER TABLE recipes ADD COLUMN public boolean NOT NULL;",
             "ALTER TABLE recipes ADD COLUMN public boolean NOT NULL DEFAULT false;", []),
    "C106": ("", "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;", None, []),
    "C107": ("", "ALTER TYPE status ADD VALUE 'archived';", "ALTER TYPE status ADD VALUE 'archived' AFTER 'done';", []),
    "C108": ("", "BEGIN;\nALTER TYPE status ADD VALUE 'archived' AFTER 'done';\n"
                 "UPDATE papers SET status = 'archived' WHERE id = 1;\nCOMMIT;",
             "ALTER TYPE status ADD VALUE 'archived' AFTER 'done';\n"
             "UPDATE papers SET status = 'archived' WHERE id = 1;  -- autocommit: after the ADD VALUE committed", []),
    "C109": ("", "ALTER TABLE users ADD COLUMN properties json;", "ALTER TABLE users ADD COLUMN properties jsonb;", []),
    "C110": ("", "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);",
             "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);  -- after deduplicating, a unique index", []),
    "C111": ("", "ALTER TABLE orders REPLICA IDENTITY FULL;", None, []),
    "C112": ("", "ALTER EXTENSION postgis UPDATE TO '3.4.0';", None, []),
    "C113": ("", "REVOKE SELECT ON users FROM app_reader;",
             "CREATE TABLE audit_log (id bigint);\nGRANT SELECT ON audit_log TO app_reader;", []),
    "C114": ("", "DROP FUNCTION compute_total(bigint);", None, []),
    "T101": ("", "BEGIN;\nBEGIN;\nCREATE TABLE a (id bigint);\nCOMMIT;", "BEGIN;\nCREATE TABLE a (id bigint);\nCOMMIT;", []),
    "T102": ("", "BEGIN;\nCREATE TABLE a (id bigint);", "BEGIN;\nCREATE TABLE a (id bigint);\nCOMMIT;", []),
    "T103": ("", "SET lock_timeout = '2s';\nCREATE TABLE a (id bigint);",
             "SET lock_timeout = '2s';\nCREATE TABLE IF NOT EXISTS a (id bigint);", []),
    "T104": ("", "UPDATE users SET name = 'a', name = 'b' WHERE id = 1;", "UPDATE users SET name = 'b' WHERE id = 1;", []),
    "T105": ("", "CREATE TABLE customer_subscription_renewal_reminder_notifications_grouped_by_sales_region (id bigint);",
             "CREATE TABLE subscription_renewal_reminders (id bigint);", []),
    "S101": ("", "CREATE TABLE users (id int PRIMARY KEY);", "CREATE TABLE users (id bigint PRIMARY KEY);", []),
    "S102": ("", "CREATE TABLE users (id bigserial PRIMARY KEY);",
             "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);", []),
    "S103": ("", "ALTER TABLE users ADD COLUMN nickname varchar(40);",
             "ALTER TABLE users ADD COLUMN nickname text;\n"
             "ALTER TABLE users ADD CONSTRAINT nickname_length CHECK (length(nickname) <= 40) NOT VALID;", []),
    "S104": ("", "ALTER TABLE users ADD COLUMN country char(2);", "ALTER TABLE users ADD COLUMN country text;", []),
    "S105": ("", "CREATE TABLE events (at timestamp);", "CREATE TABLE events (at timestamptz);", []),
    "S106": ("", "CREATE TABLE posts (id bigint);", "CREATE TABLE app.posts (id bigint);", []),
    "S107": ("", "CREATE TABLE \"UserAccounts\" (id bigint);", "CREATE TABLE user_accounts (id bigint);",
             ["--naming-pattern", "^[a-z][a-z0-9_]*$"]),
    "S108": ("", "CREATE INDEX CONCURRENTLY orders_idx ON orders (user_id, status, created_at, region);",
             "CREATE INDEX CONCURRENTLY orders_user_status_idx ON orders (user_id, status);", []),
    "S109": ("", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));",
             "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\n"
             "CREATE INDEX orders_user_id_idx ON orders (user_id);", []),
    "S110": ("", "BEGIN;\nALTER TABLE users ALTER COLUMN name SET DEFAULT '';\nALTER TABLE users ALTER COLUMN email SET DEFAULT '';\nCOMMIT;",
             "BEGIN;\nALTER TABLE users ALTER COLUMN name SET DEFAULT '', ALTER COLUMN email SET DEFAULT '';\nCOMMIT;", []),
    "S111": ("", "CREATE TYPE status AS ENUM ('new', 'done');",
             "CREATE TABLE statuses (name text PRIMARY KEY);", []),
    "S112": ("", "CREATE TABLE events (flag boolean, id bigint, kind smallint, at timestamptz);",
             "CREATE TABLE events (id bigint, at timestamptz, kind smallint, flag boolean);", []),
}

SEVERITY = {"error": "error (fails CI)", "warning": "warning", "off": "off (opt-in: `--enable SLUG` or `--all-rules`)"}


def page(rule, example, line):
    setup, flagged, safe, options = example[:4]
    out = [f"# {rule['code']} {rule['slug']}", "",
           f"Default severity: {SEVERITY[rule['severity']]}.", "",
           "## What it flags", "", rule["flags"] + ".", "",
           "## Why", ""]
    facts = [("Lock", rule["lock"]), ("Rewrite / scan", rule["rewrite"]), ("Risk", rule["risk"])]
    facts = [f"- **{name}**: {text}." for name, text in facts if text]
    out += facts or ["- See the risk named by the rule."]
    out += ["", "These facts come from pgmorph's safety specification (most lock and rewrite facts there were",
            "measured on PostgreSQL 15.18); this page was generated from the rule catalogue.", "",
            "## Flagged", ""]
    if setup:
        out += ["Given the existing schema:", "", "```sql", setup, "```", ""]
    if options:
        out += [f"Linted with `{' '.join(options)}`:", ""]
    out += ["```sql", flagged, "```", "", "## Safe alternative", "", rule["alternative"] + ".", ""]
    if safe:
        out += ["```sql", safe, "```", ""]
    out += ["## Suppress", "",
            "On the line before the statement the finding points at (slug or code):", "", "```sql",
            f"-- pgmorph:ignore {rule['slug']}", flagged.split("\n")[line - 1], "```", "",
            f"or for a whole run: `pgmorph lint --disable {rule['slug']} FILE...`.", ""]
    return "\n".join(out)


def fired(pgmorph, setup, sql, options, workdir):
    sql_path = os.path.join(workdir, "example.sql")
    with open(sql_path, "w", encoding="utf-8") as handle:
        handle.write(sql)
    command = [pgmorph, "lint", "--format", "json", "--all-rules"] + options
    if setup:
        setup_path = os.path.join(workdir, "setup.sql")
        with open(setup_path, "w", encoding="utf-8") as handle:
            handle.write(setup)
        command += ["--setup", setup_path]
    done = subprocess.run(command + [sql_path], capture_output=True, text=True, check=False)
    report = json.loads(done.stdout)
    if report["errors"]:
        raise SystemExit(f"example has errors: {report['errors']}\n{sql}")
    lines = {}
    for finding in report["findings"]:
        lines.setdefault(finding["code"], finding["line"])
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pgmorph", required=True)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    rules = json.loads(subprocess.run([args.pgmorph, "lint", "--list-rules"], capture_output=True,
                                      text=True, check=True).stdout)
    problems = []
    with tempfile.TemporaryDirectory() as workdir:
        for rule in rules:
            code = rule["code"]
            if code not in EXAMPLES:
                problems.append(f"{code}: no example")
                continue
            setup, flagged, safe, options = EXAMPLES[code][:4]
            safe_options = EXAMPLES[code][4] if len(EXAMPLES[code]) > 4 else options
            lines = fired(args.pgmorph, setup, flagged, options, workdir)
            if code not in lines:
                problems.append(f"{code}: the flagged example does not fire")
                continue
            if safe and code in fired(args.pgmorph, setup, safe, safe_options, workdir):
                problems.append(f"{code}: the safe example fires")
            text = page(rule, EXAMPLES[code], lines[code])
            path = os.path.join(here, f"{code}.md")
            if args.check:
                current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
                if current != text:
                    problems.append(f"{code}: {path} is out of date (run gen_rule_docs.py)")
            else:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
    for problem in problems:
        print(problem)
    print(f"{len(rules)} rules, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
