// Translation of parsed statements into the catalog. translate_stmt() only dispatches on
// the node kind; each translate_*.cpp owns one statement family.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parser/proto.hpp"
#include "parser/source_map.hpp"
#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

namespace pgmorph::parser {

/// A foreign key written without referenced columns (`REFERENCES t`): PostgreSQL resolves
/// them to the target's primary key, which may be declared later, so the definition holds
/// a placeholder until every file has been read.
struct PendingForeignKey {
  schema::QualifiedName table;
  std::string constraint;
  schema::QualifiedName target;
  schema::SourceLocation location;
};

/// The column list placeholder written into pending foreign key definitions.
inline constexpr std::string_view k_pk_placeholder = "__pgmorph_referenced_pk__";

/// State shared by all files of one load.
struct Session {
  schema::Catalog catalog;
  /// Relations whose CREATE failed (already reported): later statements about them are
  /// skipped silently instead of cascading into `undefined-object` errors.
  std::set<schema::QualifiedName> failed_relations;
  std::vector<PendingForeignKey> pending_foreign_keys;
  /// Names of the PK / UNIQUE / EXCLUDE constraints added so far, in their table's schema:
  /// each one names an index, so it takes a relation name (kept here so that checking a
  /// name does not scan every table).
  std::set<schema::QualifiedName> constraint_indexes;
  /// Names of every table constraint and domain check so far, in their object's schema
  /// (ChooseConstraintName() avoids all of them).
  std::set<schema::QualifiedName> constraint_names;
};

/// Everything a translator needs for one statement: the catalog being built, the
/// diagnostics sink and the mapping from statement-relative node locations to the file.
class Context {
 public:
  Context(Session& session, schema::Diagnostics& diagnostics, const SourceMap& source,
          ProtoArena& arena)
      : m_session(session), m_diagnostics(diagnostics), m_source(source), m_arena(arena) {}

  /// Starts a statement whose text begins at byte `piece_offset` of the file (node
  /// locations are relative to it) and whose first token is at byte `statement_start`.
  void begin_statement(std::size_t piece_offset, std::size_t statement_start) {
    m_piece_offset = piece_offset;
    m_statement_start = statement_start;
  }

  schema::Catalog& catalog() { return m_session.catalog; }
  Session& session() { return m_session; }
  ProtoArena& arena() { return m_arena; }
  const SourceMap& source() const { return m_source; }
  /// Byte offset in the file of the current statement's first token.
  std::size_t statement_start() const { return m_statement_start; }

  /// The file location of a node `location` (statement relative, -1: the statement start).
  schema::SourceLocation where(int32_t location = -1) const;
  /// The line before the one holding node `location`, and its line number (0: none).
  std::pair<std::string_view, int> line_before(int32_t location) const;

  void error(std::string code, std::string message, int32_t location = -1);
  /// Errors reported so far in this load.
  std::size_t error_count() const;
  void warning(std::string code, std::string message, int32_t location = -1);

  /// True when a relation (table, view, materialized view, sequence, index, or the index
  /// behind a PRIMARY KEY / UNIQUE / EXCLUDE constraint) has this name.
  bool relation_exists(const schema::QualifiedName& name) const;

  /// True when a type (enum, domain) or a relation with a row type (table, view,
  /// materialized view) has this name: they share pg_type's namespace.
  bool type_name_taken(const schema::QualifiedName& name) const;

  /// Records that the CREATE of `name` failed; see Session::failed_relations.
  void mark_failed(const schema::QualifiedName& name) { m_session.failed_relations.insert(name); }
  bool failed(const schema::QualifiedName& name) const { return m_session.failed_relations.count(name) != 0; }

  /// True when any table or domain constraint of `schema_name` is named `name`
  /// (pg_constraint is unique per namespace for implicit names).
  bool constraint_name_used(const std::string& schema_name, const std::string& name) const;

 private:
  Session& m_session;
  schema::Diagnostics& m_diagnostics;
  const SourceMap& m_source;
  ProtoArena& m_arena;
  std::size_t m_piece_offset = 0;
  std::size_t m_statement_start = 0;
};

/// Translates one statement; problems become diagnostics in `context`.
void translate_stmt(Context& context, PgQuery__Node* stmt);

/// Resolves what needs every file read (pending foreign keys); call once after the last.
void finish_session(Session& session, schema::Diagnostics& diagnostics);

// Statement families (one file each).
void translate_create_schema(Context& context, PgQuery__CreateSchemaStmt* stmt);
void translate_create_composite(Context& context, PgQuery__CompositeTypeStmt* stmt);
void translate_create_range(Context& context, PgQuery__CreateRangeStmt* stmt);
void translate_create_collation(Context& context, PgQuery__DefineStmt* stmt);
/// CREATE AGGREGATE: a Function with an AggregateShape, in the functions' namespace.
void translate_create_aggregate(Context& context, PgQuery__DefineStmt* stmt);
/// The user collation a COLLATE clause may name (unqualified: public, an over-approximation
/// for ordering); none for pg_catalog's.
std::optional<schema::QualifiedName> collation_ref(const PgQuery__CollateClause* clause);
void translate_create_extension(Context& context, PgQuery__CreateExtensionStmt* stmt);
void translate_create_sequence(Context& context, PgQuery__CreateSeqStmt* stmt);
void translate_alter_sequence(Context& context, PgQuery__AlterSeqStmt* stmt);
void translate_create_table(Context& context, PgQuery__CreateStmt* stmt);
void translate_alter_table(Context& context, PgQuery__AlterTableStmt* stmt);
void translate_create_index(Context& context, PgQuery__IndexStmt* stmt);
void translate_create_enum(Context& context, PgQuery__CreateEnumStmt* stmt);
void translate_create_domain(Context& context, PgQuery__CreateDomainStmt* stmt);
void translate_define(Context& context, PgQuery__DefineStmt* stmt);
void translate_create_view(Context& context, PgQuery__ViewStmt* stmt);
void translate_create_table_as(Context& context, PgQuery__CreateTableAsStmt* stmt);
void translate_create_function(Context& context, PgQuery__CreateFunctionStmt* stmt);
void translate_create_trigger(Context& context, PgQuery__CreateTrigStmt* stmt);
void translate_create_policy(Context& context, PgQuery__CreatePolicyStmt* stmt);
void translate_create_rule(Context& context, PgQuery__RuleStmt* stmt);
/// ALTER RULE ... RENAME TO: refused (`unsupported-statement`).
void translate_rename_rule(Context& context, PgQuery__RenameStmt* stmt);
void translate_create_statistics(Context& context, PgQuery__CreateStatsStmt* stmt);
void translate_alter_statistics(Context& context, PgQuery__AlterStatsStmt* stmt);
void translate_alter_policy(Context& context, PgQuery__AlterPolicyStmt* stmt);
void translate_rename_policy(Context& context, PgQuery__RenameStmt* stmt);
void translate_comment(Context& context, PgQuery__CommentStmt* stmt);
void translate_grant(Context& context, PgQuery__GrantStmt* stmt);
void translate_alter_owner(Context& context, PgQuery__AlterOwnerStmt* stmt);
void translate_unsupported(Context& context, PgQuery__Node* stmt);

/// A statement whose effect only a server can tell (DO, INSERT, UPDATE, DELETE, a SELECT
/// such as setval): error `needs-dev-server`, which names --dev-url. With a scratch server
/// the files are loaded there instead and that database is read (cli/scratch_sources).
void translate_needs_server(Context& context);

/// A `not-managed` warning: `what` (a statement or clause) is read and ignored because of
/// `why`, e.g. "role memberships are cluster-wide and not managed".
void translate_not_managed(Context& context, std::string_view what, std::string_view why);

/// ALTER TABLE / VIEW / MATERIALIZED VIEW / SEQUENCE ... OWNER TO: sets the owner of the
/// relation (a table's owned sequences follow, as in PostgreSQL).
void set_relation_owner(Context& context, PgQuery__RangeVar* relation, const PgQuery__RoleSpec* owner,
                        bool missing_ok);

/// The owner a role specification names: empty for CURRENT_USER, CURRENT_ROLE and
/// SESSION_USER (the role that runs the migration); false after a diagnostic.
bool owner_of(Context& context, const PgQuery__RoleSpec* role, std::optional<std::string>& owner);

/// The function or procedure an ObjectWithArgs node names, or null when there is none (or,
/// with the argument list left out, when the name is not unique).
schema::Function* find_function(Context& context, const PgQuery__Node* object);

/// `TABLE`, `FOREIGN TABLE`, `OPERATOR`... for messages.
std::string object_type_name(PgQuery__ObjectType type);

/// A sequence with PostgreSQL's defaults for `type` (smallint, integer or bigint) and the
/// direction given by `increment`.
schema::Sequence default_sequence(const schema::QualifiedName& name, const std::string& type,
                                  std::int64_t increment = 1);

// Shared by the table, index and type families.

/// Adds a PRIMARY KEY / UNIQUE / CHECK / FOREIGN KEY / EXCLUDE constraint to the table
/// `table` (already in the catalog), choosing its name as PostgreSQL would at this point.
/// `column` is the column name for a column-level constraint, else null. Other constraint
/// kinds are the caller's business.
void add_table_constraint(Context& context, const schema::QualifiedName& table,
                          PgQuery__Constraint* constraint, const std::string* column);

/// Applies the DEFERRABLE / INITIALLY ... attribute pseudo-constraints of a column's
/// constraint list to the constraint before each of them, as PostgreSQL's
/// transformConstraintAttrs does.
void attach_constraint_attributes(PgQuery__Node** constraints, std::size_t count);

/// PostgreSQL's ChooseIndexColumnNames(): a name per key and INCLUDE column (column name,
/// or FigureIndexColname() for expressions), made unique by numeric suffixes.
std::vector<std::string> index_column_names(PgQuery__Node** params, std::size_t count,
                                            PgQuery__Node** including, std::size_t n_including);

/// `"C"`, `pg_catalog."en_US"` -> the canonical collation text (quoted as needed, pg_catalog
/// dropped).
std::string collation_text(const PgQuery__CollateClause* clause);

/// Applies CREATE/ALTER SEQUENCE options to `sequence`; reports what it cannot model.
/// OWNED BY is applied too (the table and column must exist).
void apply_sequence_options(Context& context, schema::Sequence& sequence,
                            PgQuery__Node** options, std::size_t count, bool creating);

/// The canonical text of an expression (a generated column's, a domain CHECK's) plus the
/// references it makes (functions, user types, sequences of nextval()).
std::string canonical_expression_text(Context& context, PgQuery__Node* expr,
                                      std::vector<schema::ObjectRef>& refs);

/// canonical_expression_text() of a DEFAULT expression, in parentheses unless it is valid
/// bare as the `b_expr` DEFAULT takes (`(now() AT TIME ZONE 'utc')`, `(a IS NULL)`), so the
/// text can be written after DEFAULT as it is.
std::string canonical_default(Context& context, PgQuery__Node* expr,
                              std::vector<schema::ObjectRef>& refs);

/// `-- pgmorph:using <expression>` on the line before `location`: how to convert a column
/// whose type changes to one PostgreSQL has no cast to. The expression must parse (else an
/// `invalid-hint` error and nothing).
std::optional<std::string> using_hint(Context& context, int32_t location);

/// `-- pgmorph:renamed-from <old name>` on the line before `location`: the object's name in
/// the state migrated from; an unqualified name is in `schema`. A name that is not an
/// identifier (or is qualified where `qualified_allowed` is false) is an `invalid-hint` error.
std::optional<schema::QualifiedName> rename_hint(Context& context, int32_t location, const std::string& schema,
                                                 bool qualified_allowed);

/// `RANGE (a, lower(b))`: a PARTITION BY clause as pg_get_partkeydef prints it.
std::string partition_key_text(Context& context, const PgQuery__PartitionSpec* spec);

/// `FOR VALUES ...` or `DEFAULT` as pg_get_expr(relpartbound) prints it (literals as written).
std::string partition_bound_text(Context& context, PgQuery__PartitionBoundSpec* bound);

/// CREATE TABLE ... PARTITION OF: sets `table.partition_of` and copies the parent's columns.
/// False after an error (no parent, parent not partitioned, column options).
bool apply_partition_of(Context& context, PgQuery__CreateStmt* stmt, schema::Table& table);

/// CREATE TABLE ... INHERITS (parents): sets `table.inherits` (each parent must already be
/// declared, as PostgreSQL needs) and merges the declared columns a parent also has into the
/// parent's position, NOT NULL or'ed, the parent's default when none is declared. False
/// after an error (missing, partitioned or repeated parent, type conflict).
bool apply_inherits(Context& context, PgQuery__CreateStmt* stmt, schema::Table& table);

/// Calls `change` on the merged local column `column` of every table inheriting from
/// `parent`, directly or not: what ALTER TABLE without ONLY does to the children.
void for_each_merged_child_column(Context& context, const schema::QualifiedName& parent, const std::string& column,
                                  const std::function<void(schema::Column&)>& change, int depth = 0);

/// ALTER TABLE parent ATTACH PARTITION / DETACH PARTITION (the final state is what counts).
void attach_partition(Context& context, const schema::QualifiedName& parent, PgQuery__PartitionCmd* cmd);
void detach_partition(Context& context, const schema::QualifiedName& parent, PgQuery__PartitionCmd* cmd);

/// ALTER TABLE ... REPLICA IDENTITY on `table`; USING INDEX names an index or PRIMARY KEY /
/// UNIQUE constraint already declared, refused (after a diagnostic) where PostgreSQL refuses it.
void set_replica_identity(Context& context, schema::Table& table, const PgQuery__ReplicaIdentityStmt* stmt);

/// ALTER TABLE ... CLUSTER ON `index` (an index or key constraint of `table`), refused where
/// PostgreSQL refuses it; a null `index` is SET WITHOUT CLUSTER.
void set_cluster_index(Context& context, schema::Table& table, const char* index);

/// ALTER INDEX parent ATTACH PARTITION child (pg_dump's spelling of a partitioned index):
/// the child index, or the key constraint it implements, is the parent's copy and leaves
/// the model.
void attach_index_partition(Context& context, PgQuery__PartitionCmd* cmd);

/// Sorts a table's constraints by name (the model's invariant).
void sort_constraints(schema::Table& table);

/// The value of a storage parameter (`WITH (name = value)`) as pg_class.reloptions keeps
/// it; a bare name means true.
std::string storage_option_value(const PgQuery__Node* arg);

/// Reads `WITH (...)` / `SET (...)` / `RESET (...)` storage parameters of a table into
/// `options` (RESET removes). Parameters of the TOAST table (`toast.*`) are an error: they
/// live on another relation. False after an error.
bool apply_storage_options(Context& context, PgQuery__Node** options, std::size_t count, bool reset,
                           schema::StorageOptions& into);

}  // namespace pgmorph::parser
