#include "lint/rule_catalog.hpp"

#include <cctype>

#include "schema/diagnostic.hpp"

namespace pgmorph::lint {

namespace {

constexpr auto E = RuleSeverity::error;
constexpr auto W = RuleSeverity::warning;
constexpr auto O = RuleSeverity::off;
constexpr std::string_view k_ael = "ACCESS EXCLUSIVE: blocks all reads and writes";

// Texts follow docs/safety.md §1.2; "✓15" facts were measured there on PostgreSQL 15.18.
const std::vector<RuleInfo> k_rules = {
    {"L101", "create-index-non-concurrent", E,
     "CREATE [UNIQUE] INDEX without CONCURRENTLY on a table not created earlier in the migration",
     "SHARE: blocks writes for the whole build", "full table scan to build the index", "",
     "CREATE INDEX CONCURRENTLY, alone in a non-transactional step; if it fails, drop the INVALID "
     "index before retrying"},
    {"L102", "drop-index-non-concurrent", W, "DROP INDEX without CONCURRENTLY",
     "ACCESS EXCLUSIVE on the table", "", "queries lose the index",
     "DROP INDEX CONCURRENTLY (one index, no CASCADE, outside a transaction); build any "
     "replacement first"},
    {"L103", "reindex-non-concurrent", W, "REINDEX TABLE/INDEX/SCHEMA/DATABASE without CONCURRENTLY",
     "SHARE on the table, ACCESS EXCLUSIVE on the index (blocks reads through it)",
     "rebuilds the index", "", "REINDEX ... CONCURRENTLY (PostgreSQL 12+)"},
    {"L104", "non-transactional-in-transaction", E,
     "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY or "
     "VACUUM inside a transaction block (or a file the runner wraps); ALTER TYPE ... ADD VALUE "
     "in a transaction before PostgreSQL 12",
     "", "", "the migration fails (SQLSTATE 25001)",
     "run the statement in its own step with transactions off (e.g. `-- atlas:txmode none`, "
     "Flyway executeInTransaction=false)"},
    {"L105", "add-check-without-not-valid", E,
     "ADD CONSTRAINT ... CHECK on an existing table without NOT VALID", k_ael,
     "full table scan while the lock is held", "fails on violating rows",
     "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later transaction "
     "(SHARE UPDATE EXCLUSIVE)"},
    {"L106", "add-foreign-key-without-not-valid", E,
     "ADD FOREIGN KEY, or ADD COLUMN ... REFERENCES, on an existing table without NOT VALID",
     "SHARE ROW EXCLUSIVE on both tables: blocks writes", "scan of the referencing table",
     "fails on orphan rows",
     "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later "
     "transaction"},
    {"L107", "validate-in-same-transaction", E,
     "VALIDATE CONSTRAINT in the transaction that added the constraint NOT VALID (or that "
     "already holds a stronger lock on the table)",
     "the ACCESS EXCLUSIVE or SHARE ROW EXCLUSIVE lock of the ADD stays held for the scan",
     "full scan", "", "commit between ADD ... NOT VALID and VALIDATE (separate migrations)"},
    {"L108", "set-not-null-scan", E,
     "ALTER COLUMN ... SET NOT NULL with no validated CHECK (col IS NOT NULL)", k_ael,
     "full table scan (skipped from PostgreSQL 12 when a validated CHECK (col IS NOT NULL) "
     "exists)",
     "fails on NULLs; old code writing NULL breaks",
     "PG 12-17: ADD CHECK (col IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL, DROP the CHECK. "
     "PG 18+: ADD CONSTRAINT n NOT NULL col NOT VALID, then VALIDATE"},
    {"L109", "add-unique-constraint-without-index", E,
     "ADD UNIQUE (...) or ADD COLUMN ... UNIQUE on an existing table",
     "ACCESS EXCLUSIVE + SHARE for the build", "builds a unique index", "fails on duplicates",
     "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX"},
    {"L110", "add-primary-key-without-index", E,
     "ADD PRIMARY KEY (...) or ADD COLUMN ... PRIMARY KEY on an existing table",
     "ACCESS EXCLUSIVE (+ SHARE for the build)", "builds an index, plus a NOT NULL scan", "",
     "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX"},
    {"L111", "primary-key-on-nullable-columns", W,
     "a primary key (including USING INDEX) over columns not known to be NOT NULL", k_ael,
     "implicit SET NOT NULL scan", "",
     "make the columns NOT NULL first with the set-not-null-scan (L108) pattern"},
    {"L112", "add-exclusion-constraint", E, "ADD ... EXCLUDE on an existing table",
     "ACCESS EXCLUSIVE + SHARE", "builds and checks an index", "may fail on conflicting rows",
     "no online path (exclusion constraints cannot be NOT VALID): new table + backfill, or a "
     "maintenance window"},
    {"L113", "column-type-change-rewrite", E,
     "ALTER COLUMN ... TYPE that is not binary-coercible, or whose old type is unknown", k_ael,
     "rewrites the table and rebuilds its indexes", "narrowing can truncate or fail; readers break",
     "new column + sync trigger + batched backfill + swap. No rewrite: varchar(n)->varchar(m>=n) "
     "or text, numeric precision up at the same scale, timestamp->timestamptz under "
     "TimeZone=UTC (PG 12+), cidr->inet, time/interval precision up"},
    {"L114", "add-column-volatile-default", E,
     "ADD COLUMN ... DEFAULT with a volatile or unknown function, or any DEFAULT before "
     "PostgreSQL 11",
     k_ael, "rewrites the table", "",
     "add the column nullable, SET DEFAULT, backfill in batches, then NOT NULL via L108"},
    {"L115", "add-column-generated-stored", E, "ADD COLUMN ... GENERATED ALWAYS AS (...) STORED",
     k_ael, "rewrites the table", "",
     "a plain column + trigger + batched backfill; on PostgreSQL 18 a VIRTUAL column"},
    {"L116", "add-column-serial-or-identity", E,
     "adding a serial, bigserial or identity column to an existing table", k_ael,
     "rewrites the table", "",
     "a new table + copy, or a nullable column + sequence default + batched backfill"},
    {"L117", "vacuum-full-or-cluster", W, "VACUUM FULL, CLUSTER", k_ael, "rewrites the table", "",
     "pg_repack or pg_squeeze; on PostgreSQL 19 REPACK (CONCURRENTLY)"},
    {"L118", "detach-partition-non-concurrent", W,
     "DETACH PARTITION without CONCURRENTLY or FINALIZE (PostgreSQL 14+)",
     "ACCESS EXCLUSIVE on the parent and the partition", "", "",
     "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY (outside a transaction; not with a "
     "default partition)"},
    {"L119", "set-logged-unlogged", W, "ALTER TABLE ... SET LOGGED / SET UNLOGGED", k_ael,
     "rewrites the table", "an UNLOGGED table is truncated after a crash and not replicated",
     "avoid on live tables"},
    {"L120", "storage-rewrite", W, "SET ACCESS METHOD, SET TABLESPACE", k_ael,
     "rewrites or copies the table", "", "a maintenance window, or a new table"},
    {"L121", "create-trigger-existing-table", O, "CREATE TRIGGER on an existing table",
     "SHARE ROW EXCLUSIVE: a short write block", "", "changes write semantics",
     "set a short lock_timeout; low risk"},
    {"L122", "domain-check-constraint", W,
     "CREATE DOMAIN ... CHECK; ALTER DOMAIN ... ADD CONSTRAINT without NOT VALID",
     "locks every table that uses the domain",
     "scans every column of the domain; type changes onto constrained domains rewrite", "",
     "put the CHECK on the columns, or ALTER DOMAIN ... ADD CONSTRAINT ... NOT VALID then "
     "VALIDATE CONSTRAINT"},
    {"L123", "missing-lock-timeout", E,
     "a statement that takes a table lock with no earlier effective SET lock_timeout (SET LOCAL "
     "does nothing outside a transaction)",
     "", "", "a queued ACCESS EXCLUSIVE blocks every later reader (lock-queue pile-up)",
     "SET lock_timeout = '2s' (1-10 s) before the statement, plus runner retries with backoff"},
    {"L124", "missing-statement-timeout", W,
     "a statement that takes a table lock with no earlier effective SET statement_timeout", "", "",
     "runaway resource use",
     "SET statement_timeout, with larger budgets for CREATE INDEX CONCURRENTLY and VALIDATE"},
    {"L125", "statements-after-access-exclusive", W,
     "further locking statements in a transaction after an ACCESS EXCLUSIVE lock was taken",
     "ACCESS EXCLUSIVE held for the whole transaction; lock-ordering deadlocks", "", "",
     "one ACCESS EXCLUSIVE statement per transaction; split the file"},
    {"L126", "backfill-in-migration", W,
     "UPDATE/DELETE/INSERT ... SELECT in the same transaction as DDL, or an UPDATE without WHERE",
     "the DDL lock is held during the DML; every row is locked", "writes the whole table", "",
     "a separate, batched, throttled backfill outside the DDL transaction"},
    {"L127", "pg14-concurrent-index-corruption", E,
     "CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY against PostgreSQL 14.0-14.3", "", "",
     "silent index corruption", "upgrade to 14.4 or later first"},
    {"D101", "drop-table", E, "DROP TABLE of a table not created in the same migration",
     "ACCESS EXCLUSIVE on the table and the tables its foreign keys reference", "",
     "all rows are lost; clients break",
     "stop reads and writes, rename or back it up, drop in a later release"},
    {"D102", "drop-column", E, "DROP COLUMN of an existing column", k_ael, "metadata only",
     "the column's data is lost; SELECT * consumers and ORMs that cache columns break",
     "remove it from the code first, drop it in a later release"},
    {"D103", "drop-schema", E, "DROP SCHEMA of an existing schema",
     "ACCESS EXCLUSIVE on its contents", "", "everything in the schema is lost",
     "as for drop-table: back up, drop in a later release"},
    {"D104", "drop-database", E, "DROP DATABASE", "", "", "everything is lost",
     "never drop a database from a migration"},
    {"D105", "truncate-table", W, "TRUNCATE", k_ael, "new, empty relation file", "all rows are lost",
     "a batched DELETE, or keep it out of migrations"},
    {"D106", "truncate-cascade", E, "TRUNCATE ... CASCADE", "ACCESS EXCLUSIVE on every FK-linked table",
     "", "rows of transitively linked tables are lost", "name the tables explicitly"},
    {"D107", "drop-cascade", E, "any DROP ... CASCADE", "as the target", "",
     "silently drops dependants (views, foreign keys, defaults)",
     "RESTRICT (the default) plus explicit drops of the dependants"},
    {"D108", "drop-sequence", W, "DROP SEQUENCE", "ACCESS EXCLUSIVE", "",
     "the current value is lost", "keep the sequence, or record its value"},
    {"D109", "drop-constraint", W,
     "DROP CONSTRAINT (FK, CHECK, PK, UNIQUE) not re-added in the same file",
     "ACCESS EXCLUSIVE; dropping an FK also locks the referenced table", "",
     "the integrity guarantee is lost", "confirm the intent; re-add with the online pattern"},
    {"C101", "rename-table", E, "ALTER TABLE ... RENAME TO", k_ael, "",
     "old application versions break during the deploy",
     "rename in the ORM only, or keep a view with the old name during the transition"},
    {"C102", "rename-column", E, "ALTER TABLE ... RENAME COLUMN", k_ael, "",
     "old application versions break during the deploy",
     "new column + sync trigger + backfill, or versioned views"},
    {"C103", "rename-schema", E, "ALTER SCHEMA ... RENAME", "", "",
     "old application versions break during the deploy", "new schema, dual-write, move"},
    {"C104", "rename-enum-value", E, "ALTER TYPE ... RENAME VALUE", "", "",
     "the application errors on the old literal", "add the new value, handle both, backfill"},
    {"C105", "add-required-column", E, "ADD COLUMN ... NOT NULL with no DEFAULT", k_ael, "",
     "fails on a non-empty table; old INSERTs fail",
     "add it nullable first, or with a non-volatile DEFAULT (PostgreSQL 11+)"},
    {"C106", "drop-not-null", W, "ALTER COLUMN ... DROP NOT NULL", k_ael, "",
     "readers and PL code meet NULLs", "a sentinel value, or a view"},
    {"C107", "enum-add-value-unordered", O, "ALTER TYPE ... ADD VALUE without BEFORE/AFTER", "", "",
     "`<` and `>` comparisons change meaning", "give the position with BEFORE or AFTER"},
    {"C108", "enum-value-used-in-same-transaction", E,
     "a new enum value used in the transaction that added it", "", "",
     "fails: \"New enum values must be committed before they can be used\"",
     "commit between ADD VALUE and its first use"},
    {"C109", "add-json-column", W, "a column of type json", "", "",
     "equality operations (SELECT DISTINCT, GROUP BY, UNION) fail", "use jsonb"},
    {"C110", "unique-index-data-dependent", W,
     "a new unique index or constraint on an existing table", "", "",
     "fails on duplicates in production data", "run a pre-check query and dedupe first"},
    {"C111", "replica-identity-change", W, "ALTER TABLE ... REPLICA IDENTITY", k_ael, "",
     "logical replication and CDC consumers change behaviour", "coordinate with the consumers"},
    {"C112", "extension-change", W, "ALTER EXTENSION ... UPDATE, DROP EXTENSION", "", "",
     "behaviour or API changes; drops break dependants", "verify compatibility first"},
    {"C113", "authz-change", W,
     "GRANT/REVOKE, ENABLE/DISABLE/FORCE ROW LEVEL SECURITY, CREATE/ALTER/DROP POLICY",
     "ACCESS EXCLUSIVE for RLS and policy DDL", "", "the application loses access or sees other rows",
     "review and stage the change"},
    {"C114", "routine-untracked-dependencies", W,
     "DROP or CREATE OR REPLACE of a function or procedure not created in the migration", "", "",
     "callers inside PL bodies are invisible to the catalog and fail at run time",
     "check the call sites; order after the dependants"},
    {"T101", "transaction-nesting", E,
     "BEGIN inside BEGIN; COMMIT/ROLLBACK with no BEGIN; explicit transaction control in a file "
     "the runner wraps",
     "", "", "commit boundaries differ from what the author assumed",
     "one BEGIN ... COMMIT per file, or none when the runner wraps the file"},
    {"T102", "uncommitted-transaction", E, "BEGIN with no COMMIT or ROLLBACK before the end of the file",
     "", "", "the migration \"succeeds\" and nothing persists", "end the transaction with COMMIT"},
    {"T103", "non-idempotent-ddl", O,
     "unguarded CREATE/ADD/DROP in a multi-statement file that runs outside a transaction", "", "",
     "a retry after a partial failure fails at the first statement",
     "IF [NOT] EXISTS guards; for CREATE INDEX CONCURRENTLY also check pg_index.indisvalid"},
    {"T104", "duplicate-column-assignment", E,
     "duplicate column names in CREATE TABLE / CREATE VIEW column lists; UPDATE ... SET a = ..., "
     "a = ...",
     "", "", "a run-time error", "name each column once"},
    {"T105", "identifier-too-long", E, "an identifier longer than 63 bytes", "", "",
     "silent truncation: name collisions and endless diffs", "shorten the name to 63 bytes"},
    {"S101", "prefer-bigint", W, "int, smallint, serial, smallserial columns", "", "",
     "overflow; a later int->bigint change rewrites the table (L113)", "use bigint / bigserial"},
    {"S102", "prefer-identity", O, "serial types", "", "",
     "ownership and permission problems of the implicit sequence",
     "bigint GENERATED ... AS IDENTITY"},
    {"S103", "prefer-text-over-varchar", O, "varchar(n)", "", "",
     "changing n later takes ACCESS EXCLUSIVE, and shrinking rewrites",
     "text + CHECK (length(col) <= n) NOT VALID"},
    {"S104", "ban-char-type", W, "char(n) / character", "", "", "blank padding, no benefit",
     "text or varchar"},
    {"S105", "prefer-timestamptz", W, "timestamp without time zone", "", "",
     "the offset is lost; converting later avoids a rewrite only under TimeZone=UTC",
     "timestamptz"},
    {"S106", "require-schema-qualified", O, "unqualified table names in DDL", "", "",
     "search_path ambiguity", "qualify the name: schema.table"},
    {"S107", "naming-convention", O, "created names not matching the configured pattern", "", "",
     "inconsistent names", "rename to match the pattern"},
    {"S108", "index-too-many-columns", O, "a non-unique index with more than 3 columns", "", "",
     "size and write cost, little gain", "index the 1-3 most selective columns"},
    {"S109", "foreign-key-missing-index", W,
     "a foreign key whose referencing columns have no complete (non-partial) index", "", "",
     "deletes and updates of the parent scan the child", "CREATE INDEX CONCURRENTLY on the FK columns"},
    {"S110", "multiple-alter-same-table", O, "several ALTER TABLE statements on one table in one transaction",
     "", "repeated scans or rewrites", "", "merge them into one ALTER TABLE"},
    {"S111", "creating-enum", O, "CREATE TYPE ... AS ENUM", "", "",
     "removing values later needs a type swap (rewrite)", "a lookup table, or text + CHECK"},
    {"S112", "column-alignment", O, "a CREATE TABLE column order that wastes alignment padding", "",
     "", "wasted storage", "order fixed-width columns from widest alignment to narrowest"},
};

}  // namespace

const std::vector<RuleInfo>& rule_catalog() { return k_rules; }

const RuleInfo* find_rule(std::string_view id) {
  for (const auto& info : k_rules) {
    if (info.slug == id) return &info;
    if (id.size() == info.code.size() &&
        std::toupper(static_cast<unsigned char>(id[0])) == info.code[0] &&
        id.substr(1) == info.code.substr(1))
      return &info;
  }
  return nullptr;
}

const RuleInfo& rule(std::string_view slug) {
  for (const auto& info : k_rules)
    if (info.slug == slug) return info;
  throw schema::InternalError("lint rule without a catalogue entry: " + std::string(slug));
}

}  // namespace pgmorph::lint
