// A change is one plain struct per kind inside a std::variant. No SQL text lives here: the
// codegen layer renders each change (and its reverse) from these values. Every drop keeps
// the whole old object so the reverse can be built without asking the database again.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "schema/model.hpp"

namespace pgmorph::diff {

using schema::QualifiedName;

struct CreateSchema { schema::SchemaObject schema; };
struct DropSchema { schema::SchemaObject old; };

struct CreateExtension { schema::Extension extension; };
struct DropExtension { schema::Extension old; };
/// ALTER EXTENSION ... UPDATE TO and/or SET SCHEMA: an extension on both sides is never
/// dropped and created again (its types and operator classes are in use).
/// ALTER EXTENSION SET SCHEMA / UPDATE TO. `no_downgrade`: the server's scripts have no
/// path from the new version back to the old one, so down cannot undo the update.
struct AlterExtension { schema::Extension from, to; bool no_downgrade = false; };

/// A kept table rebuilt because PostgreSQL cannot reach its desired column order in place
/// (columns are only ever appended). The DropTable half renames the old table aside; the
/// CreateTable half creates the table in the new order, copies the rows from the aside
/// table, moves the ownership of its sequences over and drops it. Each half's reverse is the
/// mirror image, so down.sql rebuilds the table back into the old order.
struct TableRebuild {
  std::string aside;                      ///< a name free on both sides, in the table's schema
  std::vector<std::string> other_columns; ///< the other side's column names (what can be copied)
  /// Sequences OWNED BY the same column of this table on both sides: DROP TABLE of the
  /// aside table would take them along, so they are moved to the new table first.
  std::vector<std::pair<QualifiedName, std::string>> owned_sequences;
  /// Per column whose type changes: the expression over the aside copy's column that gives
  /// the value of this half's type (a `-- pgmorph:using` hint, else a cast).
  std::map<std::string, std::string> conversions;
  /// What the aside copy uses (types, sequences, functions): the CreateTable half drops it,
  /// so they may go only after; the DropTable half's reverse drops it in down.sql.
  std::vector<schema::ObjectRef> aside_refs;
  bool operator==(const TableRebuild&) const = default;
};

/// CREATE TABLE with columns and its PK/UNIQUE/CHECK/EXCLUDE constraints inline. Foreign
/// keys are always separate AddConstraint changes so that FK cycles order cleanly.
struct CreateTable { schema::Table table; std::optional<TableRebuild> rebuild = std::nullopt; };
/// DROP TABLE. `old` holds the table without its foreign keys (dropped separately first).
/// `rule_refs`: what the table's rules use; DROP TABLE takes them along (see DropRule), so
/// the table goes before any of those.
struct DropTable {
  schema::Table old;
  std::optional<TableRebuild> rebuild = std::nullopt;
  std::vector<schema::ObjectRef> rule_refs = {};
};
struct SetTableLogged { QualifiedName table; bool from_unlogged, to_unlogged; };
/// ALTER TABLE SET (...) / RESET (...) of storage parameters.
struct SetStorageOptions {
  QualifiedName table;
  schema::StorageOptions from, to;
};
/// ENABLE | DISABLE and FORCE | NO FORCE ROW LEVEL SECURITY of a kept table.
/// ALTER TABLE parent ATTACH PARTITION table FOR VALUES ...; the reverse is DETACH. The
/// table's columns already match the parent's (diff refuses otherwise).
struct AttachPartition { QualifiedName table; schema::PartitionOf partition; };
/// ALTER TABLE parent DETACH PARTITION table; the reverse attaches it again.
struct DetachPartition { QualifiedName table; schema::PartitionOf old; };
/// ALTER TABLE ... REPLICA IDENTITY of a kept table (or USING INDEX with a new index on a
/// new table). USING INDEX runs after its index or key is created and is undone before that
/// is dropped; an identity index that is recreated gets one change to DEFAULT before the
/// drop and one back after the create (a new index is not the identity).
struct SetReplicaIdentity {
  QualifiedName table;
  schema::ReplicaIdentity from_kind, to_kind;
  std::string from_index, to_index;  ///< USING INDEX names, else empty
};
/// ALTER TABLE ... CLUSTER ON index / SET WITHOUT CLUSTER (empty name) of a kept table,
/// ordered around its indexes as SetReplicaIdentity is.
struct SetClusterIndex {
  QualifiedName table;
  std::string from_index, to_index;
};
/// CREATE STATISTICS (with its target, if any); the reverse drops it.
struct CreateStatistics { schema::Statistics statistics; };
/// DROP STATISTICS, before the table or any column it names goes.
struct DropStatistics { schema::Statistics old; };
/// ALTER STATISTICS ... SET STATISTICS n (a changed definition is drop + create).
struct AlterStatistics { schema::Statistics from, to; };
struct SetRowSecurity {
  QualifiedName table;
  bool from_enabled, to_enabled, from_forced, to_forced;
};

/// ADD COLUMN. `after`: the column this plan adds to the table just before this one; the two
/// are added in that order, since PostgreSQL appends and the order is the table's.
/// `inherited_from` (INHERITS): the child's parents, on either side, that have a column of
/// this name. A child's own column is added before such a parent's ADD COLUMN (which then
/// merges it) and dropped after such a parent's DROP COLUMN (PostgreSQL will not drop a
/// column a parent still gives); a child's other changes of it follow the parent's.
struct AddColumn {
  QualifiedName table;
  schema::Column column;
  std::optional<std::string> after = std::nullopt;
  std::vector<QualifiedName> inherited_from = {};
};
struct DropColumn { QualifiedName table; schema::Column old; std::vector<QualifiedName> inherited_from = {}; };
/// Type, default, nullability, identity or collation changes of one column.
/// `convert_via_text` is set when an enum is involved on either side: PostgreSQL has no cast
/// between two enums (or to an enum from most types), but every enum casts from and to text.
/// `reverse_impossible` is set when PostgreSQL has no conversion back from the new type and
/// the old side gives no `-- pgmorph:using` hint: down.sql cannot restore the type.
struct AlterColumn {
  QualifiedName table;
  schema::Column from, to;
  bool convert_via_text = false;
  bool reverse_impossible = false;
  /// SET NOT NULL through CHECK (c IS NOT NULL) NOT VALID + VALIDATE, so the scan holds no
  /// lock that blocks writes (DiffOptions::online).
  bool online = false;
  /// The type's own STORAGE (pg_type.typstorage, e.g. `extended`), which a storage setting
  /// that goes away is set back to; empty when neither side sets one.
  std::string type_storage;
  /// INHERITS parents that have this column (see AddColumn): their change of it comes first.
  std::vector<QualifiedName> inherited_from = {};
  /// SET STATISTICS on this table only: its inheritance children keep their own target.
  /// False for a partitioned table, whose partitions follow it.
  bool only_this_table = false;
};

/// ADD CONSTRAINT. `table_is_new` tells codegen the table is created in the same plan, so
/// the constraint needs no NOT VALID/VALIDATE split.
/// `online`: a PRIMARY KEY or UNIQUE constraint on an existing table is added through a
/// unique index built CONCURRENTLY first (DiffOptions::online).
/// `on_partitioned`: the table is partitioned; PostgreSQL 15 refuses NOT VALID foreign keys
/// there, so the constraint is added valid in one step.
struct AddConstraint {
  QualifiedName table;
  schema::Constraint constraint;
  bool table_is_new = false;
  bool online = false;
  bool on_partitioned = false;
};
struct DropConstraint { QualifiedName table; schema::Constraint old; };
/// A NOT VALID constraint that becomes valid.
struct ValidateConstraint { QualifiedName table; schema::Constraint constraint; };

/// CREATE INDEX. `on_partitioned`: the table is partitioned, where PostgreSQL refuses
/// CREATE INDEX CONCURRENTLY (the index cascades to every partition in one statement).
/// `replica_identity`: the new table's REPLICA IDENTITY USING INDEX names it (set after it).
struct CreateIndex {
  schema::Index index;
  bool table_is_new = false;
  bool on_partitioned = false;
  bool replica_identity = false;
  bool cluster = false;  ///< the new table's CLUSTER ON names it
};
/// `on_partitioned`: DROP INDEX CONCURRENTLY is refused on a partitioned index too.
/// `replica_identity`: the dropped table's identity index (down sets it again).
struct DropIndex {
  schema::Index old;
  bool table_is_dropped = false;
  bool on_partitioned = false;
  bool replica_identity = false;
  bool cluster = false;  ///< the dropped table's CLUSTER ON index (down marks it again)
};
/// A plain index whose definition changes on a table that stays (online plans): the new one
/// is built concurrently under `building_name`, then the old one is dropped concurrently and
/// the new one takes its name, so queries always have one of them.
struct ReplaceIndex { schema::Index old, now; std::string building_name; };

struct CreateSequence { schema::Sequence sequence; };
struct DropSequence { schema::Sequence old; };
/// Option changes (type, increment, bounds, start, cache, cycle); ownership is separate.
struct AlterSequence { schema::Sequence from, to; };
/// ALTER SEQUENCE ... OWNED BY; either side empty means NONE.
struct SetSequenceOwner {
  QualifiedName sequence;
  std::optional<QualifiedName> from_table, to_table;
  std::string from_column, to_column;
};

struct CreateEnum { schema::EnumType type; };
struct DropEnum { schema::EnumType old; };
/// A column that uses an enum being recreated (it is converted through text).
struct EnumColumnUse { QualifiedName table; schema::Column column; };
/// New labels only, old ones keep their order: ALTER TYPE ... ADD VALUE for each. The
/// reverse must recreate the type (PostgreSQL cannot remove a label), so the columns that
/// use it come along.
struct AddEnumValues { schema::EnumType from, to; std::vector<EnumColumnUse> columns; };
/// Values removed or reordered: rename the old type, create the new one, convert columns.
struct RecreateEnum { schema::EnumType from, to; std::vector<EnumColumnUse> columns; };

struct CreateCompositeType { schema::CompositeType type; };
struct DropCompositeType { schema::CompositeType old; };
/// Attributes added (at the end), dropped or changed in type or collation, in place.
struct AlterCompositeType { schema::CompositeType from, to; };

struct CreateCollation { schema::Collation collation; };
/// Also the first half of a changed collation: ALTER COLLATION cannot change its locale.
struct DropCollation { schema::Collation old; };

struct CreateRangeType { schema::RangeType type; };
/// Also the first half of a changed range type: no ALTER TYPE changes its definition.
struct DropRangeType { schema::RangeType old; };

struct CreateDomain { schema::Domain domain; };
struct DropDomain { schema::Domain old; };
/// Default, NOT NULL and check changes of a domain (the base type cannot change in place).
struct AlterDomain { schema::Domain from, to; };

struct CreateView { schema::View view; };
/// DROP VIEW. `rule_refs`: what the view's rules use, as for DropTable.
struct DropView { schema::View old; std::vector<schema::ObjectRef> rule_refs = {}; };

struct CreateFunction { schema::Function function; };
struct DropFunction { schema::Function old; };
/// CREATE OR REPLACE with the same identity and return type.
struct ReplaceFunction { schema::Function from, to; };

/// `on_new_relation`: the table or view is created (or recreated) by this plan, so no
/// existing writer sees the trigger appear.
struct CreateTrigger { schema::Trigger trigger; bool on_new_relation = false; };
struct DropTrigger { schema::Trigger old; };

struct CreatePolicy { schema::Policy policy; };
struct DropPolicy { schema::Policy old; };
/// ALTER POLICY ... TO / USING / WITH CHECK. Only for a change of roles or expression
/// texts: PostgreSQL cannot change the command or AS PERMISSIVE | RESTRICTIVE, and ALTER
/// POLICY can set an expression but never remove one (nor could the reverse), so those
/// changes are DropPolicy + CreatePolicy.
struct AlterPolicy { schema::Policy from, to; };

/// CREATE RULE. `on_new_relation`: the table or view is created (or recreated) by this plan.
struct CreateRule { schema::Rule rule; bool on_new_relation = false; };
/// DROP RULE. `with_relation`: the plan drops the rule's table or view, which takes the
/// rule along; up.sql has nothing to run, down.sql still creates the rule again.
struct DropRule { schema::Rule old; bool with_relation = false; };
/// CREATE OR REPLACE RULE: same relation and name, a new event, condition or actions. The
/// rule keeps its row in pg_rewrite, so its comment stays.
struct ReplaceRule { schema::Rule from, to; };

/// What a COMMENT ON statement addresses.
enum class CommentKind {
  schema, extension, table, column, constraint, index, sequence, type, domain, view,
  materialized_view, function, procedure, trigger, policy, collation, aggregate, rule
};

struct CommentTarget {
  CommentKind kind = CommentKind::table;
  QualifiedName name;   ///< the object, or the table for column/constraint/trigger/policy/rule
  std::string member;   ///< column, constraint, trigger, policy or rule name; function identity args
};

/// COMMENT ON an object present on both sides; an empty optional means no comment.
struct SetComment {
  CommentTarget target;
  std::optional<std::string> from, to;
};

/// What an OWNER TO, GRANT or REVOKE addresses.
enum class AclObjectKind {
  table, view, materialized_view, sequence, function, procedure, schema, type, domain
};

struct AclTarget {
  AclObjectKind kind = AclObjectKind::table;
  QualifiedName name;  ///< a schema: {"", name}
  std::string args;    ///< function or procedure identity arguments

  bool operator==(const AclTarget&) const = default;
};

/// ALTER ... OWNER TO of an object present on both sides; an unset side is the role that
/// runs the migration (rendered CURRENT_USER).
struct SetOwner {
  AclTarget target;
  std::optional<std::string> from, to;
};

/// GRANT and REVOKE turning the ACL `from` into `to` (both complete and canonical) on an
/// object present on both sides. It runs while `owner` owns the object (the old owner: it
/// is ordered before any SetOwner of the same object, and its reverse after the reverse of
/// that SetOwner), which codegen needs to keep an unset owner's own privileges intact.
struct ChangePrivileges {
  AclTarget target;
  std::vector<schema::Grant> from, to;
  std::optional<std::string> owner;
};

/// Renames from `-- pgmorph:renamed-from` hints (tables, columns) and of the objects whose
/// names PostgreSQL derived from the old ones (a constraint, index or owned sequence with the
/// same definition under the name derived from the new one). Same schema only.
struct RenameTable { QualifiedName from, to; };
struct RenameColumn { QualifiedName table; std::string from, to; };
/// `has_index`: PRIMARY KEY, UNIQUE or EXCLUDE, whose index PostgreSQL renames with it.
struct RenameConstraint { QualifiedName table; std::string from, to; bool has_index = false; };
struct RenameIndex { QualifiedName from, to; };
struct RenameSequence { QualifiedName from, to; };

using Change = std::variant<
    CreateSchema, DropSchema, CreateExtension, DropExtension, AlterExtension,
    CreateTable, DropTable, AttachPartition, DetachPartition, SetTableLogged, SetStorageOptions, SetReplicaIdentity, SetClusterIndex, CreateStatistics, DropStatistics, AlterStatistics, SetRowSecurity, AddColumn, DropColumn, AlterColumn, AddConstraint,
    DropConstraint, ValidateConstraint, CreateIndex, DropIndex, ReplaceIndex, CreateSequence, DropSequence,
    AlterSequence, SetSequenceOwner, CreateEnum, DropEnum, AddEnumValues, RecreateEnum,
    CreateCompositeType, DropCompositeType, AlterCompositeType, CreateRangeType, DropRangeType,
    CreateCollation, DropCollation,
    CreateDomain, DropDomain, AlterDomain, CreateView, DropView, CreateFunction, DropFunction,
    ReplaceFunction, CreateTrigger, DropTrigger, CreatePolicy, DropPolicy, AlterPolicy,
    CreateRule, DropRule, ReplaceRule, SetComment,
    SetOwner, ChangePrivileges, RenameTable, RenameColumn, RenameConstraint, RenameIndex, RenameSequence>;

/// The changes of a plan, in execution order once diff::order() has run.
using ChangeSet = std::vector<Change>;

}  // namespace pgmorph::diff
