// The in-memory catalog: plain value structs, owned by value, compared with `==`.
//
// Invariants after schema::normalize():
// - every QualifiedName has a schema (`public` when the source left it out);
// - every constraint and index has a name, chosen as PostgreSQL would choose it;
// - every expression string is canonical deparsed text (libpg_query's deparser applied to the
//   parse tree, after the parser's own canonical rewrites), never a substring of the input;
// - every type string is the canonical spelling of parser::canonical_type (int4 -> integer,
//   varchar(n) -> character varying(n), user types schema-qualified, `[]` for arrays);
// - children are sorted by name, except table columns, whose order is significant;
// - `grants` lists are canonical (schema/privileges.hpp) and never name the owner.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "schema/names.hpp"

namespace pgmorph::schema {

/// A reference from one object to another, used only for ordering. `kind` is a hint: the
/// parser often knows only that a name was used as a relation, a function or a type.
enum class RefKind { relation, function, type, schema, collation };

struct ObjectRef {
  RefKind kind = RefKind::relation;
  QualifiedName name;

  auto operator<=>(const ObjectRef&) const = default;
  bool operator==(const ObjectRef&) const = default;
};

enum class Identity { none, always, by_default };

/// A migration hint written in a schema file (`-- pgmorph:using <expression>` on the line
/// before a column). It tells how to reach this state, not what the state is: it never
/// takes part in comparisons, and introspection never has one.
struct MigrationHint {
  std::optional<std::string> text;

  bool operator==(const MigrationHint&) const { return true; }
};

/// `-- pgmorph:renamed-from <old name>` on the line before a table: the name the table had
/// in the state being migrated from. Like MigrationHint it never takes part in comparisons.
struct RenameHint {
  std::optional<QualifiedName> from;

  bool operator==(const RenameHint&) const { return true; }
};

/// Storage parameters (`WITH (fillfactor=70)`, pg_class.reloptions) in the order PostgreSQL
/// keeps them, values spelled as written (it stores the text: `off` stays `off`). Two lists
/// are equal when they set the same parameters to the same values, whatever the order and
/// the boolean spelling.
struct StorageOptions {
  std::vector<std::pair<std::string, std::string>> entries;

  /// Name -> value, booleans as true / false: what the settings mean.
  std::map<std::string, std::string> meaning() const {
    std::map<std::string, std::string> meant;
    for (const auto& [name, value] : entries) {
      std::string lower;
      for (const char c : value) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      meant[name] = lower == "on" || lower == "yes" ? "true" : lower == "off" || lower == "no" ? "false" : value;
    }
    return meant;
  }
  bool empty() const { return entries.empty(); }
  bool operator==(const StorageOptions& other) const { return meaning() == other.meaning(); }
};

/// The grantee PostgreSQL calls PUBLIC (every role). Real role names are stored as
/// PostgreSQL stores them (unquoted ones folded to lower case).
inline constexpr std::string_view k_public_grantee = "PUBLIC";

/// One entry of an object's access control list: `grantee` holds `privilege` on the whole
/// object (`columns` empty) or on those columns of a table or view. The owner's own
/// privileges are implicit and never listed; grantors are not modeled.
struct Grant {
  std::string grantee;    ///< role name or k_public_grantee
  std::string privilege;  ///< upper case: SELECT, INSERT, UPDATE, DELETE, TRUNCATE, ...
  std::vector<std::string> columns;  ///< sorted; empty: the whole object
  bool with_grant_option = false;

  auto operator<=>(const Grant&) const = default;
  bool operator==(const Grant&) const = default;
};

/// The ACL a function or procedure has until something changes it: EXECUTE for PUBLIC.
inline std::vector<Grant> default_routine_grants() {
  return {Grant{std::string(k_public_grantee), "EXECUTE", {}, false}};
}
/// The ACL a type or domain has until something changes it: USAGE for PUBLIC.
inline std::vector<Grant> default_type_grants() {
  return {Grant{std::string(k_public_grantee), "USAGE", {}, false}};
}

struct Column {
  std::string name;
  std::string type;  ///< canonical type text, e.g. `character varying(10)`, `public.mood[]`
  bool not_null = false;
  std::optional<std::string> default_expr;    ///< canonical expression text
  Identity identity = Identity::none;
  /// Identity sequence options that differ from the defaults, as canonical text
  /// (schema/identity.hpp), e.g. `INCREMENT BY 5 MINVALUE -100`; empty for the defaults.
  std::string identity_options;
  std::optional<std::string> generated_expr;  ///< GENERATED ALWAYS AS (expr) STORED
  std::optional<std::string> collation;       ///< quoted, possibly qualified, e.g. `"C"`
  /// `SET STORAGE` (pg_attribute.attstorage): `plain`, `external`, `extended` or `main`, set
  /// only when it differs from the type's own (pg_type.typstorage); normalize() clears a
  /// value equal to the default of a type it knows.
  std::optional<std::string> storage;
  /// `COMPRESSION` (attcompression): `pglz` or `lz4`; unset means the server default.
  std::optional<std::string> compression;
  /// `SET STATISTICS n` (attstattarget), 0..10000; unset is -1, the default target.
  std::optional<int> statistics;
  std::optional<std::string> comment;
  std::vector<ObjectRef> refs;  ///< types, functions, sequences used by type/default/generated
  /// The USING expression for a type change that has no cast (from the schema file).
  MigrationHint using_expr;
  /// The column's old name (`-- pgmorph:renamed-from old` on the line before it).
  MigrationHint renamed_from;

  bool operator==(const Column&) const = default;
};

/// The column named `name` in `columns` (a table's, or a resolved list), or null.
inline const Column* find_column(const std::vector<Column>& columns, std::string_view name) {
  for (const auto& column : columns)
    if (column.name == name) return &column;
  return nullptr;
}
inline Column* find_column(std::vector<Column>& columns, std::string_view name) {
  for (auto& column : columns)
    if (column.name == name) return &column;
  return nullptr;
}

enum class ConstraintKind { primary_key, unique, check, foreign_key, exclude };

/// A table constraint. `definition` is the canonical text after `CONSTRAINT name`, without
/// NOT VALID, e.g. `PRIMARY KEY (id)`, `CHECK (price > 0)`,
/// `FOREIGN KEY (a) REFERENCES public.t (id) ON DELETE CASCADE`.
struct Constraint {
  std::string name;
  ConstraintKind kind = ConstraintKind::check;
  std::string definition;
  bool not_valid = false;  ///< created NOT VALID (CHECK and FOREIGN KEY only)
  std::vector<std::string> columns;  ///< local key columns (PK, UNIQUE, FK, EXCLUDE)
  std::optional<QualifiedName> referenced_table;  ///< FOREIGN KEY only
  std::optional<std::string> comment;
  std::vector<ObjectRef> refs;  ///< functions used by CHECK / EXCLUDE expressions

  bool operator==(const Constraint&) const = default;
};

/// `PARTITION OF parent FOR VALUES ...`: the table is a partition. Its columns are the
/// parent's (normalize() copies them in, so both sides compare the same resolved list);
/// constraints, indexes and triggers declared on the parent belong to the parent only.
struct PartitionOf {
  QualifiedName parent;
  /// The bound exactly as pg_get_expr(relpartbound) prints it: `DEFAULT`,
  /// `FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')`, `FOR VALUES IN ('a', 'b')`,
  /// `FOR VALUES WITH (modulus 4, remainder 0)`. Literals keep the spelling of the source
  /// until the server renders them (introspect/server_partition_probes.cpp).
  std::string bound;

  bool operator==(const PartitionOf&) const = default;
};

/// `REPLICA IDENTITY` (pg_class.relreplident): the old-row columns logical decoding writes
/// for UPDATE and DELETE.
enum class ReplicaIdentity { default_, full, nothing, index };

struct Table {
  QualifiedName name;
  /// `PARTITION BY ...` as pg_get_partkeydef prints it, e.g. `RANGE (created_at)`,
  /// `LIST (lower(region))`, `HASH (a, b text_pattern_ops)`; empty for a plain table.
  std::string partition_key;
  std::optional<PartitionOf> partition_of;  ///< set for a partition
  /// `INHERITS (parent, ...)` in declaration order (pg_inherits.inhseqno); empty for a table
  /// without parents and for a partition. A child's `columns` are its *local* ones only
  /// (pg_attribute.attislocal: declared, or merged with a parent's column), in attnum order,
  /// with their effective type, NOT NULL and default; the columns it only inherits are its
  /// parents' (schema/inheritance.hpp) and PostgreSQL keeps them in step. `constraints`
  /// likewise holds only the child's own (conislocal), not the CHECKs it inherits.
  std::vector<QualifiedName> inherits;
  std::vector<Column> columns;          ///< in declaration order (significant)
  std::vector<Constraint> constraints;  ///< sorted by name
  bool unlogged = false;
  StorageOptions storage_options;
  bool row_security = false;        ///< ENABLE ROW LEVEL SECURITY (pg_class.relrowsecurity)
  bool force_row_security = false;  ///< FORCE ROW LEVEL SECURITY (relforcerowsecurity)
  ReplicaIdentity replica_identity = ReplicaIdentity::default_;
  /// USING INDEX: the unique index, or PRIMARY KEY / UNIQUE constraint, of this table (in its
  /// schema) whose pg_index.indisreplident is set; empty for the other kinds.
  std::string replica_identity_index;
  /// CLUSTER ON: the index, or PRIMARY KEY / UNIQUE / EXCLUDE constraint, of this table whose
  /// pg_index.indisclustered is set (what a bare CLUSTER uses); empty for none.
  std::string cluster_index;
  std::optional<std::string> comment;
  RenameHint renamed_from;  ///< from the schema file; introspection never sets it

  std::optional<std::string> owner;  ///< role; unset: the role that runs the migration
  std::vector<Grant> grants;  ///< sorted, canonical (see normalize())
  bool operator==(const Table&) const = default;
};

/// An index that is not the implementation of a PK/UNIQUE/EXCLUDE constraint.
/// `definition` is the canonical text after `CREATE [UNIQUE] INDEX name ON `, i.e.
/// `schema.table USING method (...)[ INCLUDE (...)][ WITH (...)][ WHERE ...]`.
/// `key_names` are the column names (or "expr") PostgreSQL uses to choose an implicit name.
struct Index {
  QualifiedName name;  ///< indexes live in the table's schema
  QualifiedName table;
  bool unique = false;
  std::string definition;
  std::vector<std::string> key_names;
  std::optional<std::string> comment;
  std::vector<ObjectRef> refs;

  bool operator==(const Index&) const = default;
};

struct Sequence {
  QualifiedName name;
  std::string type = "bigint";  ///< smallint, integer or bigint
  std::int64_t increment = 1;
  std::int64_t min_value = 1;
  std::int64_t max_value = INT64_MAX;
  std::int64_t start = 1;
  std::int64_t cache = 1;
  bool cycle = false;
  /// OWNED BY table.column, when set.
  std::optional<QualifiedName> owned_by_table;
  std::string owned_by_column;
  std::optional<std::string> comment;

  std::optional<std::string> owner;  ///< role; unset: the role that runs the migration
  std::vector<Grant> grants;  ///< sorted, canonical (see normalize())
  bool operator==(const Sequence&) const = default;
};

struct EnumType {
  QualifiedName name;
  std::vector<std::string> labels;  ///< in sort order (significant)
  std::optional<std::string> comment;

  std::optional<std::string> owner;  ///< role; unset: the role that runs the migration
  std::vector<Grant> grants = default_type_grants();  ///< sorted, canonical (see normalize())
  bool operator==(const EnumType&) const = default;
};

/// One attribute of a composite type.
struct CompositeAttribute {
  std::string name;
  std::string type;  ///< canonical type text
  std::optional<std::string> collation;

  bool operator==(const CompositeAttribute&) const = default;
};

/// `CREATE TYPE name AS (attribute type, ...)`. Like a table's row type, it shares the
/// relation and type namespaces.
struct CompositeType {
  QualifiedName name;
  std::vector<CompositeAttribute> attributes;  ///< in declaration order (significant)
  std::optional<std::string> comment;
  std::vector<ObjectRef> refs;  ///< types the attributes use

  std::optional<std::string> owner;  ///< role; unset: the role that runs the migration
  std::vector<Grant> grants = default_type_grants();  ///< sorted, canonical (see normalize())
  bool operator==(const CompositeType&) const = default;
};

/// `CREATE TYPE name AS RANGE (...)` (pg_range). PostgreSQL also creates, and drops with it,
/// the multirange type and the constructor functions of both: they are never objects of
/// their own here, only names the range type takes.
struct RangeType {
  QualifiedName name;
  std::string subtype;                          ///< canonical type text
  std::optional<std::string> subtype_opclass;   ///< as written; unset: the subtype's default
  std::optional<std::string> collation;         ///< unset: the subtype's default
  std::optional<std::string> canonical;         ///< function name, `schema.name` or a built-in
  std::optional<std::string> subtype_diff;      ///< function name, `schema.name` or a built-in
  std::optional<QualifiedName> multirange_name; ///< unset: PostgreSQL's default (see naming.hpp)
  std::optional<std::string> comment;
  std::vector<ObjectRef> refs;  ///< subtype, collation and functions

  std::optional<std::string> owner;  ///< role; unset: the role that runs the migration
  std::vector<Grant> grants = default_type_grants();  ///< sorted, canonical (see normalize())
  bool operator==(const RangeType&) const = default;
  /// Everything CREATE TYPE sets: no ALTER TYPE changes any of it.
  bool same_definition(const RangeType& o) const {
    return subtype == o.subtype && subtype_opclass == o.subtype_opclass && collation == o.collation &&
           canonical == o.canonical && subtype_diff == o.subtype_diff && multirange_name == o.multirange_name;
  }
};

/// `CREATE COLLATION` in a user schema (pg_collation). No ALTER COLLATION changes what it
/// sorts by: a changed collation is dropped and created again. The provider's VERSION is not
/// compared (PostgreSQL records the library's own when none is given).
struct Collation {
  QualifiedName name;
  std::string provider = "libc";  ///< `libc` or `icu`
  std::optional<std::string> locale;      ///< icu: the ICU locale
  std::optional<std::string> lc_collate;  ///< libc
  std::optional<std::string> lc_ctype;    ///< libc
  bool deterministic = true;
  std::optional<std::string> comment;

  bool operator==(const Collation&) const = default;
};

struct DomainCheck {
  std::string name;
  std::string definition;  ///< `CHECK (VALUE > 0)`
  bool not_valid = false;

  bool operator==(const DomainCheck&) const = default;
};

struct Domain {
  QualifiedName name;
  std::string base_type;
  std::optional<std::string> default_expr;
  bool not_null = false;
  std::optional<std::string> collation;
  std::vector<DomainCheck> checks;  ///< sorted by name
  std::optional<std::string> comment;
  std::vector<ObjectRef> refs;

  std::optional<std::string> owner;  ///< role; unset: the role that runs the migration
  std::vector<Grant> grants = default_type_grants();  ///< sorted, canonical (see normalize())
  bool operator==(const Domain&) const = default;
};

/// A view or materialized view. `query` is the canonical deparsed SELECT.
struct View {
  QualifiedName name;
  bool materialized = false;
  std::vector<std::string> column_names;  ///< explicit `(a, b)` list, empty when absent
  std::string options;  ///< canonical `WITH (...)` contents, empty when absent
  std::string check_option;  ///< "", "LOCAL" or "CASCADED"
  std::string query;
  bool with_no_data = false;  ///< materialized only
  std::optional<std::string> comment;
  std::vector<ObjectRef> refs;  ///< relations and functions the query uses

  std::optional<std::string> owner;  ///< role; unset: the role that runs the migration
  std::vector<Grant> grants;  ///< sorted, canonical (see normalize())
  bool operator==(const View&) const = default;
};

/// The kind of an aggregate (pg_aggregate.aggkind).
enum class AggregateKind { normal, ordered_set, hypothetical };

/// What makes a Function an aggregate (`CREATE AGGREGATE`, pg_proc.prokind 'a'). Aggregates
/// share the functions' namespace and identity (name plus argument types), so they live in
/// Catalog::functions; the rest of their definition is Function::definition, the canonical
/// `CREATE OR REPLACE AGGREGATE` text.
struct AggregateShape {
  AggregateKind kind = AggregateKind::normal;
  int direct_args = 0;  ///< ordered-set: how many arguments come before ORDER BY
  /// The argument types as DROP / COMMENT ON AGGREGATE take them: `integer`, `*` (none),
  /// `double precision ORDER BY anyelement`.
  std::string signature;
  /// The support functions it names (SFUNC, FINALFUNC, ...), canonical text: a function it
  /// calls that is dropped and created again takes the aggregate with it.
  std::vector<QualifiedName> support_functions;

  bool operator==(const AggregateShape&) const = default;
};

/// A function or procedure. Identity is the name plus `identity_args`, the canonical input
/// argument types joined with ", " (what pg_get_function_identity_arguments shows, minus
/// argument names). `definition` is the canonical `CREATE OR REPLACE FUNCTION ...` text.
struct Function {
  QualifiedName name;
  std::string identity_args;
  bool is_procedure = false;
  /// Canonical; changing it forces drop and create. For an aggregate: its state type, or
  /// `FINALFUNC name` when a final function decides it.
  std::string return_type;
  /// Input argument names in order ("" for an unnamed one) and the names of the OUT / TABLE
  /// columns: CREATE OR REPLACE can neither rename an input nor change the row type.
  std::vector<std::string> input_names, output_names;
  /// How many inputs have a DEFAULT: CREATE OR REPLACE cannot remove one.
  int input_defaults = 0;
  std::string definition;
  std::optional<AggregateShape> aggregate;  ///< set for an aggregate
  std::optional<std::string> comment;
  /// Types used by arguments and result; for a SQL-standard body (BEGIN ATOMIC, RETURN)
  /// also the relations, functions and types the body uses.
  std::vector<ObjectRef> refs;

  std::optional<std::string> owner;  ///< role; unset: the role that runs the migration
  std::vector<Grant> grants = default_routine_grants();  ///< sorted, canonical (see normalize())
  bool operator==(const Function&) const = default;
};

/// An extended statistics object (`CREATE STATISTICS`, pg_statistic_ext).
struct Statistics {
  QualifiedName name;
  QualifiedName table;
  /// Canonical text after the name, as pg_get_statisticsobjdef prints it: the kind list only
  /// when not every kind is built, columns in table order, then expressions, e.g.
  /// `(ndistinct, dependencies) ON a, b FROM public.t`.
  std::string definition;
  std::vector<std::string> columns;   ///< the table columns it names (dropping one drops it)
  std::optional<int> target;          ///< ALTER STATISTICS ... SET STATISTICS; unset: -1
  std::vector<ObjectRef> refs;        ///< functions and types its expressions use

  bool operator==(const Statistics&) const = default;
};

/// A trigger. `definition` is the canonical `CREATE TRIGGER ...` text.
struct Trigger {
  std::string name;
  QualifiedName table;
  std::string definition;
  QualifiedName function;
  std::optional<std::string> comment;

  bool operator==(const Trigger&) const = default;
};

/// The command a policy applies to (`FOR ...`, pg_policy.polcmd).
enum class PolicyCommand { all, select, insert, update, delete_ };

/// `ALL`, `SELECT`, `INSERT`, `UPDATE` or `DELETE`.
inline std::string_view policy_command_keyword(PolicyCommand command) {
  switch (command) {
    case PolicyCommand::select: return "SELECT";
    case PolicyCommand::insert: return "INSERT";
    case PolicyCommand::update: return "UPDATE";
    case PolicyCommand::delete_: return "DELETE";
    case PolicyCommand::all: break;
  }
  return "ALL";
}

/// The role a policy names as CURRENT_USER (or CURRENT_ROLE, SESSION_USER): PostgreSQL
/// stores the role that ran CREATE POLICY, which only a live database knows (see
/// adopt_migration_role()).
inline constexpr std::string_view k_current_user_role = "CURRENT_USER";

/// A row-level security policy (`CREATE POLICY name ON table ...`); names are per table.
/// ALTER POLICY changes roles and expressions in place, never the command or AS
/// PERMISSIVE | RESTRICTIVE.
struct Policy {
  std::string name;
  QualifiedName table;
  bool permissive = true;  ///< false: AS RESTRICTIVE
  PolicyCommand command = PolicyCommand::all;
  /// Sorted, without duplicates: role names as PostgreSQL stores them, k_public_grantee
  /// (alone: PUBLIC absorbs the others) or k_current_user_role.
  std::vector<std::string> roles;
  std::optional<std::string> using_expr;  ///< USING (...), canonical expression text
  std::optional<std::string> check_expr;  ///< WITH CHECK (...), canonical expression text
  /// Sorted names the expressions read as columns (of the table or of a subquery's
  /// relations): PostgreSQL will not retype or drop a column a policy reads.
  std::vector<std::string> columns;
  std::optional<std::string> comment;
  std::vector<ObjectRef> refs;  ///< functions, relations and types the expressions use

  bool operator==(const Policy&) const = default;
};

/// The event a rewrite rule fires on (`ON ...`, pg_rewrite.ev_type). ON SELECT rules are
/// views (the `_RETURN` rule) and are not modelled as rules.
enum class RuleEvent { insert, update, delete_ };

/// `INSERT`, `UPDATE` or `DELETE`.
inline std::string_view rule_event_keyword(RuleEvent event) {
  switch (event) {
    case RuleEvent::update: return "UPDATE";
    case RuleEvent::delete_: return "DELETE";
    case RuleEvent::insert: break;
  }
  return "INSERT";
}

/// A rewrite rule (`CREATE RULE name AS ON event TO table ...`, pg_rewrite); names are per
/// relation (a table or a view). CREATE OR REPLACE RULE changes everything but the event's
/// relation in place and keeps the rule's comment.
struct Rule {
  std::string name;
  QualifiedName table;  ///< the table or view the rule is on
  RuleEvent event = RuleEvent::insert;
  bool instead = false;                   ///< DO INSTEAD; false: DO ALSO
  std::optional<std::string> condition;   ///< WHERE ..., canonical expression text
  /// The canonical action statements in order; empty: DO [INSTEAD] NOTHING.
  std::vector<std::string> actions;
  /// Sorted names the condition and actions read as columns (`new.a`, `b`): PostgreSQL
  /// will not retype or drop a column a rule uses.
  std::vector<std::string> columns;
  std::optional<std::string> comment;
  std::vector<ObjectRef> refs;  ///< relations, functions and types the condition and actions use

  bool operator==(const Rule&) const = default;
};

struct SchemaObject {
  std::string name;
  std::optional<std::string> comment;

  std::optional<std::string> owner;  ///< role; unset: the role that runs the migration
  std::vector<Grant> grants;  ///< sorted, canonical (see normalize())
  bool operator==(const SchemaObject&) const = default;
};

/// The version updates a server's extension scripts allow, as (from, to) pairs
/// (`pg_extension_update_paths`). Known only for an extension read from a live database;
/// a fact about the server, not the schema: never compared.
struct ExtensionUpdatePaths {
  std::optional<std::set<std::pair<std::string, std::string>>> pairs;

  /// False only when the paths are known and none leads from `from` to `to`.
  bool allows(const std::string& from, const std::string& to) const {
    return !pairs || from == to || pairs->contains({from, to});
  }
  bool operator==(const ExtensionUpdatePaths&) const { return true; }
};

struct Extension {
  std::string name;
  std::string schema;   ///< empty: the extension's default
  std::string version;  ///< empty: the default version
  std::optional<std::string> comment;
  ExtensionUpdatePaths update_paths;

  bool operator==(const Extension&) const = default;
};

/// The schema an extension lives in: its `schema`, or public when that was left to the
/// default (a control file that fixes another schema makes the difference moot: such an
/// extension cannot move).
inline std::string extension_schema(const Extension& extension) {
  return extension.schema.empty() ? std::string(k_default_schema) : extension.schema;
}

/// Key of a function: name plus identity arguments.
struct FunctionKey {
  QualifiedName name;
  std::string identity_args;

  auto operator<=>(const FunctionKey&) const = default;
  bool operator==(const FunctionKey&) const = default;
};

/// Key of a trigger: table plus trigger name (trigger names are per table).
struct TriggerKey {
  QualifiedName table;
  std::string name;

  auto operator<=>(const TriggerKey&) const = default;
  bool operator==(const TriggerKey&) const = default;
};

/// Key of a policy: table plus policy name (policy names are per table).
struct PolicyKey {
  QualifiedName table;
  std::string name;

  auto operator<=>(const PolicyKey&) const = default;
  bool operator==(const PolicyKey&) const = default;
};

/// Key of a rule: relation plus rule name (rule names are per relation).
struct RuleKey {
  QualifiedName table;
  std::string name;

  auto operator<=>(const RuleKey&) const = default;
  bool operator==(const RuleKey&) const = default;
};

/// A whole database schema. Maps keep a deterministic order for every output.
struct Catalog {
  std::map<std::string, SchemaObject> schemas;  ///< user schemas; `public` is implicit
  std::map<std::string, Extension> extensions;
  std::map<QualifiedName, Table> tables;
  std::map<QualifiedName, Index> indexes;
  std::map<QualifiedName, Sequence> sequences;
  std::map<QualifiedName, EnumType> enums;
  std::map<QualifiedName, CompositeType> composite_types;
  std::map<QualifiedName, RangeType> range_types;
  std::map<QualifiedName, Collation> collations;
  std::map<QualifiedName, Domain> domains;
  std::map<QualifiedName, View> views;
  std::map<FunctionKey, Function> functions;
  std::map<TriggerKey, Trigger> triggers;
  std::map<PolicyKey, Policy> policies;
  std::map<RuleKey, Rule> rules;
  std::map<QualifiedName, Statistics> statistics;

  bool operator==(const Catalog&) const = default;
};

}  // namespace pgmorph::schema
