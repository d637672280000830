// Catalog rows as the queries in queries/*.sql return them: plain strings, already rendered
// by the server (format_type, pg_get_expr, pg_get_*def), grouped per object. Nothing here
// knows libpqxx, so the DDL writer can be tested with hand-made rows.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pgmorph::introspect {

struct ExtensionRow {
  std::string name;
  std::string schema;
  std::string version;
  std::string default_schema;  ///< where CREATE EXTENSION without WITH SCHEMA puts it
  std::optional<std::string> default_comment;  ///< the control file's comment
  std::set<std::pair<std::string, std::string>> update_paths;  ///< (from, to) versions
};

struct ColumnRow {
  std::string name;
  std::string type;  ///< format_type()
  bool not_null = false;
  std::optional<std::string> default_expr;
  std::optional<std::string> generated_expr;
  char identity = '\0';  ///< pg_attribute.attidentity: '\0', 'a' (ALWAYS) or 'd' (BY DEFAULT)
  std::string identity_options;          ///< `START WITH 1 INCREMENT BY 1 ...` for identity columns
  std::optional<std::string> collation;  ///< quoted, qualified unless in pg_catalog
  std::optional<std::string> storage;      ///< attstorage as a keyword, when not the type's
  std::optional<std::string> compression;  ///< `pglz` or `lz4`, when set
  std::optional<std::string> statistics;   ///< attstattarget, when not the default
};

struct TableRow {
  std::string schema;
  std::string name;
  bool unlogged = false;
  bool row_security = false;        ///< relrowsecurity
  bool force_row_security = false;  ///< relforcerowsecurity
  std::vector<ColumnRow> columns;  ///< in attnum order
  std::vector<std::string> storage_options;  ///< reloptions entries, `name=value`
  std::optional<std::string> partition_key;  ///< pg_get_partkeydef() of a partitioned table
  /// A partition's parent and pg_get_expr(relpartbound); its columns are not written.
  std::optional<std::string> parent_schema, parent_name, partition_bound;
  /// INHERITS parents (schema, name) in order; `columns` then holds the local ones only.
  std::vector<std::pair<std::string, std::string>> inherits;
  /// relreplident when not 'd' (DEFAULT): 'f', 'n' or 'i' (then the index's name, if any).
  char replica_identity = '\0';
  std::optional<std::string> replica_identity_index;
  std::optional<std::string> cluster_index;  ///< the index marked by CLUSTER ON
};

struct StatisticsRow {
  std::string schema;
  std::string name;
  std::string table_schema, table;
  std::string definition;           ///< pg_get_statisticsobjdef(): a CREATE STATISTICS statement
  std::optional<std::string> target;  ///< stxstattarget when not the default
};

struct ConstraintRow {
  std::string schema;
  std::string table;
  std::string name;
  char type = 'c';         ///< pg_constraint.contype: p, u, c, f, x
  std::string definition;  ///< pg_get_constraintdef(), NOT VALID included
};

struct IndexRow {
  std::string schema;  ///< of the index and of its table
  std::string name;
  std::string table;
  bool on_view = false;    ///< on a materialized view
  std::string definition;  ///< pg_get_indexdef(): a complete CREATE INDEX statement
};

struct SequenceRow {
  std::string schema;
  std::string name;
  std::string type;
  std::int64_t increment = 1;
  std::int64_t min_value = 1;
  std::int64_t max_value = INT64_MAX;
  std::int64_t start = 1;
  std::int64_t cache = 1;
  bool cycle = false;
  std::optional<std::string> owner_schema;  ///< OWNED BY, all three set or none
  std::string owner_table;
  std::string owner_column;
};

struct EnumRow {
  std::string schema;
  std::string name;
  std::vector<std::string> labels;  ///< in sort order
};

struct CompositeAttributeRow {
  std::string name;
  std::string type;  ///< format_type()
  std::optional<std::string> collation;
};

struct CompositeTypeRow {
  std::string schema;
  std::string name;
  std::vector<CompositeAttributeRow> attributes;  ///< in order
};

struct RangeTypeRow {
  std::string schema;
  std::string name;
  std::string subtype;  ///< format_type()
  std::optional<std::string> subtype_opclass, collation, canonical, subtype_diff;  ///< quoted names
  std::optional<std::string> multirange_schema, multirange_name;  ///< unset before PostgreSQL 14
};

struct CollationRow {
  std::string schema;
  std::string name;
  std::string provider;  ///< `libc` or `icu`
  bool deterministic = true;
  std::optional<std::string> icu_locale, lc_collate, lc_ctype;
};

struct DomainCheckRow {
  std::string name;
  std::string definition;  ///< pg_get_constraintdef(), NOT VALID included
};

struct DomainRow {
  std::string schema;
  std::string name;
  std::string base_type;
  bool not_null = false;
  std::optional<std::string> default_expr;
  std::optional<std::string> collation;
  std::vector<DomainCheckRow> checks;
};

struct ViewRow {
  std::string schema;
  std::string name;
  bool materialized = false;
  bool populated = true;
  std::string definition;    ///< pg_get_viewdef(), with its trailing semicolon
  std::string options;       ///< `security_barrier=true, ...`, empty when none
  std::string check_option;  ///< "", "local" or "cascaded"
};

/// A function, procedure, trigger or rule: the server renders the complete statement.
struct DefinitionRow {
  std::string schema;
  std::string name;
  std::string table;       ///< triggers and rules only
  std::string definition;  ///< pg_get_functiondef() / pg_get_triggerdef() / pg_get_ruledef()
  bool on_view = false;    ///< triggers and rules only: on a view
};

/// A row-level security policy, its expressions rendered by pg_get_expr().
struct PolicyRow {
  std::string schema;
  std::string table;
  std::string name;
  bool permissive = true;
  char command = '*';  ///< pg_policy.polcmd: r (SELECT), a (INSERT), w (UPDATE), d (DELETE), * (ALL)
  std::vector<std::string> roles;  ///< role names in polroles order; empty: PUBLIC
  std::optional<std::string> using_expr;
  std::optional<std::string> check_expr;
};

/// One pg_description row, addressed as pg_identify_object_as_address() does.
struct CommentRow {
  std::string object_type;  ///< `table`, `table column`, `type`, `domain`, `function`, ...
  std::string name1, name2, name3;
  std::string args;  ///< function argument types joined with ", "
  std::string text;
};

/// One entry of an ACL, as aclexplode() gives it.
struct AclEntryRow {
  std::string grantee;    ///< role name, or PUBLIC
  std::string privilege;  ///< SELECT, EXECUTE, USAGE, ...
  bool grantable = false;
  std::string column;     ///< set for a column privilege
};

/// The owner and ACL of one object (queries/privileges.sql).
struct AclRow {
  std::string kind;  ///< TABLE, VIEW, MATERIALIZED VIEW, SEQUENCE, FUNCTION, PROCEDURE, TYPE, DOMAIN, SCHEMA
  std::string schema;  ///< empty for a schema
  std::string name;
  std::string args;  ///< argument types of a function or procedure
  std::string owner;
  bool default_acl = true;  ///< the ACL is NULL: the kind's built-in default
  std::vector<AclEntryRow> entries;
};

/// Something the model cannot represent; becomes an `unsupported-object` error.
struct UnsupportedRow {
  std::string object;  ///< pg_describe_object(), e.g. `rule r on table public.t`
  std::string reason;  ///< e.g. `rules are not supported`
};

/// Everything the introspection queries returned, one vector per object class.
struct CatalogRows {
  std::vector<std::string> schemas;
  std::vector<ExtensionRow> extensions;
  std::vector<TableRow> tables;
  std::vector<ConstraintRow> constraints;
  std::vector<IndexRow> indexes;
  std::vector<SequenceRow> sequences;
  std::vector<EnumRow> enums;
  std::vector<CompositeTypeRow> composite_types;
  std::vector<RangeTypeRow> range_types;
  std::vector<CollationRow> collations;
  std::vector<DomainRow> domains;
  std::vector<ViewRow> views;
  std::vector<DefinitionRow> functions;
  std::vector<DefinitionRow> aggregates;  ///< definition: a CREATE AGGREGATE statement
  std::vector<DefinitionRow> triggers;
  std::vector<DefinitionRow> rules;  ///< pg_get_ruledef(); `on_view`: the rule is on a view
  std::vector<PolicyRow> policies;
  std::vector<StatisticsRow> statistics;
  std::vector<CommentRow> comments;
  std::vector<AclRow> privileges;
  std::vector<UnsupportedRow> unsupported;
};

}  // namespace pgmorph::introspect
