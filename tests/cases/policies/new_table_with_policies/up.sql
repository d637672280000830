-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. create schema app
--     2. create table app.accounts
--     3. create policy Readers on app.accounts  [WARNING]
--     4. create policy tenant on app.accounts  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SCHEMA app;

CREATE TABLE app.accounts (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

ALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;

ALTER TABLE app.accounts FORCE ROW LEVEL SECURITY;

-- WARNING: C113 authz-change [warning]: policy Readers on app.accounts: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY "Readers" ON app.accounts AS RESTRICTIVE FOR SELECT TO pg_monitor USING (tenant_id > 0);

-- WARNING: C113 authz-change [warning]: policy tenant on app.accounts: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY tenant ON app.accounts USING (tenant_id::text = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id::text = current_setting('app.tenant_id', true));

COMMIT;

