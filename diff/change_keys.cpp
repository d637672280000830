// The dependency keys of each change kind (see order.hpp). One overload per change: adding
// a variant alternative without one fails to compile.
#include <algorithm>

#include "diff/column_reads.hpp"
#include "diff/order.hpp"
#include "schema/naming.hpp"

namespace pgmorph::diff {

namespace {

using schema::ObjectRef;
using schema::RefKind;

std::string qualified(const QualifiedName& name) { return name.schema + "." + name.name; }
std::string rel(const QualifiedName& name) { return "rel:" + qualified(name); }
std::string shape(const QualifiedName& name) { return "shape:" + qualified(name); }
std::string type(const QualifiedName& name) { return "type:" + qualified(name); }
std::string fn(const QualifiedName& name) { return "fn:" + qualified(name); }
std::string coll(const QualifiedName& name) { return "coll:" + qualified(name); }
std::string table_keys(const QualifiedName& name) { return "keys:" + qualified(name); }
std::string col(const QualifiedName& table, const std::string& column) {
  return "col:" + qualified(table) + "." + column;
}
std::string in_schema(const std::string& schema) { return "schema:" + schema; }
/// Exists only once a planned rename gave an object (`rel:` or `col:` key) its new name.
std::string renamed(const std::string& key) { return "renamed:" + key; }
/// The type of a column: changed by ALTER COLUMN TYPE, read by generated columns.
std::string col_type(const QualifiedName& table, const std::string& column) {
  return "coltype:" + qualified(table) + "." + column;
}
// Names are resources. Tables, views, sequences and indexes share one namespace per schema
// (pg_class), and so do types and the row types of tables and views (pg_type); constraint
// names are per table. A create that reuses a name a drop frees in the same plan must run
// after that drop, whatever the kinds of the two objects.
std::string class_name(const QualifiedName& name) { return "classname:" + qualified(name); }
std::string constraint_name(const QualifiedName& table, const std::string& name) {
  return "conname:" + qualified(table) + "." + name;
}
/// A column's NOT NULL: a primary key needs it (PostgreSQL will not drop NOT NULL from a
/// primary key column), so SET NOT NULL runs before ADD PRIMARY KEY and DROP NOT NULL after
/// DROP CONSTRAINT, in up.sql and, mirrored, in down.sql.
std::string not_null(const QualifiedName& table, const std::string& column) {
  return "notnull:" + qualified(table) + "." + column;
}

/// INHERITS: a column `table` gives its children. A child's own column of that name is
/// added or dropped before the parent's ADD COLUMN (which destroys this key).
std::string inherited_column(const QualifiedName& table, const std::string& column) {
  return "inhcol:" + qualified(table) + "." + column;
}
/// INHERITS: exists once `table` has dropped its column: a child drops its own after.
std::string parent_dropped(const QualifiedName& table, const std::string& column) {
  return "inhgone:" + qualified(table) + "." + column;
}

/// The column set of a table as its partitions see it: DETACH runs before it changes (the
/// detached table keeps the old columns), ATTACH and CREATE ... PARTITION OF after.
std::string part_columns(const QualifiedName& table) { return "partcols:" + qualified(table); }

// Priorities: dependants are dropped early, containers late; creates in the middle in the
// order a reader expects (schemas, types, sequences, functions, tables, ...).
enum Priority : int {
  k_rename = -1,
  k_drop_dependant = 0,
  k_drop_constraint = 1,
  k_create_container = 10,
  k_create_type = 11,
  k_create_sequence = 12,
  k_create_function = 13,
  k_create_table = 14,
  k_alter_table = 15,
  k_add_constraint = 16,
  k_create_index = 17,
  k_create_view = 18,
  k_create_trigger = 19,
  k_comment = 20,
  k_privileges = 21,
  k_owner = 22,
  k_drop_column = 30,
  k_drop_table = 31,
  k_drop_function = 32,
  k_drop_type = 33,
  k_drop_container = 34,
};

void add_refs(std::set<std::string>& into, const std::vector<ObjectRef>& refs) {
  for (const auto& ref : refs) {
    switch (ref.kind) {
      case RefKind::relation:
        into.insert(rel(ref.name));
        into.insert(shape(ref.name));
        break;
      case RefKind::function: into.insert(fn(ref.name)); break;
      case RefKind::type: into.insert(type(ref.name)); break;
      case RefKind::schema: into.insert(in_schema(ref.name.name)); break;
      case RefKind::collation: into.insert(coll(ref.name)); break;
    }
  }
}

void add_table_refs(std::set<std::string>& into, const schema::Table& table) {
  into.insert(in_schema(table.name.schema));
  for (const auto& column : table.columns) add_refs(into, column.refs);
  for (const auto& constraint : table.constraints) add_refs(into, constraint.refs);
}

/// The reverse of AddEnumValues (down.sql) recreates the enum and converts the columns that
/// use it in `to`. A column the plan drops must be back only after that in down.sql, so its
/// drop comes before the values are added: DROP TABLE and DROP COLUMN release this key for
/// every type their columns use, and AddEnumValues destroys it.
std::string enum_columns(const QualifiedName& type_name) { return "enumcols:" + qualified(type_name); }

void release_enum_columns(std::set<std::string>& into, const std::vector<schema::Column>& columns) {
  for (const auto& column : columns)
    for (const auto& ref : column.refs)
      if (ref.kind == schema::RefKind::type) into.insert(enum_columns(ref.name));
}

void add_table_creates(std::set<std::string>& into, const schema::Table& table) {
  into.insert(rel(table.name));
  into.insert(class_name(table.name));
  into.insert(type(table.name));  // its row type: functions and columns may use it
  into.insert(shape(table.name));
  into.insert(table_keys(table.name));
  for (const auto& column : table.columns) into.insert(col(table.name, column.name));
}

void add_constraint_uses(std::set<std::string>& into, const QualifiedName& table,
                         const schema::Constraint& constraint) {
  into.insert(rel(table));
  for (const auto& column : constraint.columns) into.insert(col(table, column));
  // A CHECK names its columns only in its text.
  if (constraint.kind == schema::ConstraintKind::check)
    for (const auto& name : identifiers_in(constraint.definition)) into.insert(col(table, name));
  if (constraint.referenced_table) {
    into.insert(rel(*constraint.referenced_table));
    into.insert(table_keys(*constraint.referenced_table));
  }
  add_refs(into, constraint.refs);
}

bool is_key(const schema::Constraint& constraint) {
  return constraint.kind == schema::ConstraintKind::primary_key ||
         constraint.kind == schema::ConstraintKind::unique;
}

/// The names a constraint takes: its own (per table) and, for the kinds PostgreSQL builds
/// an index for, that index's name in the table's schema.
void add_constraint_names(std::set<std::string>& into, const QualifiedName& table,
                          const schema::Constraint& constraint) {
  into.insert(constraint_name(table, constraint.name));
  if (is_key(constraint) || constraint.kind == schema::ConstraintKind::exclude)
    into.insert(class_name({table.schema, constraint.name}));
}

/// True when the index has a predicate or a key that is not a plain column: pg_get_indexdef
/// writes every expression key as a call `f(x)` or in parentheses `((a + b))`. (Its key name
/// does not tell: PostgreSQL names `date(at)` after the function, `date`.)
bool index_reads_expression(const schema::Index& index) {
  const std::string& text = index.definition;
  if (text.find(" WHERE ") != std::string::npos) return true;
  const std::size_t open = text.find('(', text.find(" USING "));
  if (open == std::string::npos) return false;
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    if (text[i] == '(' && ++depth > 1) return true;
    if (text[i] == ')' && --depth == 0) return false;
  }
  return false;
}

void add_index_uses(std::set<std::string>& into, const schema::Index& index) {
  into.insert(rel(index.table));
  for (const auto& name : index.key_names) into.insert(col(index.table, name));
  // INCLUDE columns, expressions and the predicate name columns only in the text.
  for (const auto& name : identifiers_in(index.definition)) into.insert(col(index.table, name));
  // An expression or a predicate is resolved against the column types it meets: built over
  // a column before its type changes, PostgreSQL keeps the old reading (a cast it inserted,
  // a function call it folded away). A plain key column is rebuilt with its column instead.
  if (index_reads_expression(index))
    for (const auto& name : identifiers_in(index.definition)) into.insert(col_type(index.table, name));
  add_refs(into, index.refs);
}

/// What a policy's expressions read: its table, the columns they name, the functions and
/// relations they call or query.
void add_policy_uses(std::set<std::string>& into, const schema::Policy& policy) {
  into.insert(rel(policy.table));
  for (const auto& column : policy.columns) into.insert(col(policy.table, column));
  add_refs(into, policy.refs);
}

/// What a rule reads and writes: its relation (and that relation's columns as the rule
/// names them), the relations, functions and types of its condition and actions.
void add_rule_uses(std::set<std::string>& into, const schema::Rule& rule) {
  into.insert(rel(rule.table));
  into.insert(shape(rule.table));
  for (const auto& column : rule.columns) into.insert(col(rule.table, column));
  add_refs(into, rule.refs);
}

std::string rule_key(const schema::Rule& rule) { return "rule:" + qualified(rule.table) + "." + rule.name; }

std::string comment_key(const CommentTarget& target) {
  switch (target.kind) {
    case CommentKind::schema: return in_schema(target.name.name);
    case CommentKind::extension: return "ext:" + target.name.name;
    case CommentKind::column: return col(target.name, target.member);
    case CommentKind::type:
    case CommentKind::domain: return type(target.name);
    case CommentKind::function:
    case CommentKind::procedure:
    case CommentKind::aggregate: return fn(target.name);
    case CommentKind::collation: return coll(target.name);
    default: return rel(target.name);
  }
}

/// The key of the object an owner or privilege change addresses.
std::string acl_object_key(const AclTarget& target) {
  switch (target.kind) {
    case AclObjectKind::function:
    case AclObjectKind::procedure: return fn(target.name);
    case AclObjectKind::schema: return in_schema(target.name.name);
    case AclObjectKind::type:
    case AclObjectKind::domain: return type(target.name);
    default: return rel(target.name);
  }
}

/// Held while the object keeps its old owner: privileges change before the owner does, so
/// they run under the owner ChangePrivileges records (and, reversed, after it is back).
std::string owner_key(const AclTarget& target) { return "owner:" + acl_object_key(target); }

struct KeysVisitor {
  ChangeKeys k;

  void operator()(const CreateSchema& c) {
    k.creates.insert(in_schema(c.schema.name));
    k.priority = k_create_container;
  }
  void operator()(const DropSchema& c) {
    k.destroys.insert(in_schema(c.old.name));
    k.priority = k_drop_container;
  }
  void operator()(const CreateExtension& c) {
    k.creates.insert("ext:" + c.extension.name);
    if (!c.extension.schema.empty()) k.needs.insert(in_schema(c.extension.schema));
    k.priority = k_create_container;
  }
  void operator()(const DropExtension& c) {
    k.destroys.insert("ext:" + c.old.name);
    if (!c.old.schema.empty()) k.releases.insert(in_schema(c.old.schema));
    k.priority = k_drop_container;
  }
  void operator()(const AlterExtension& c) {
    k.creates.insert("ext:" + c.to.name);
    if (!c.to.schema.empty()) k.needs.insert(in_schema(c.to.schema));
    if (!c.from.schema.empty()) k.releases.insert(in_schema(c.from.schema));
    k.priority = k_create_container;
  }
  void operator()(const CreateTable& c) {
    add_table_creates(k.creates, c.table);
    if (c.table.partition_of) {
      k.needs.insert(rel(c.table.partition_of->parent));
      k.needs.insert(part_columns(c.table.partition_of->parent));
    }
    // INHERITS: after the parents exist with their new columns (the child merges with them).
    for (const auto& parent : c.table.inherits) {
      k.needs.insert(rel(parent));
      k.needs.insert(shape(parent));
    }
    for (const auto& constraint : c.table.constraints) add_constraint_names(k.creates, c.table.name, constraint);
    add_table_refs(k.needs, c.table);
    // A rebuild drops the aside copy: what only it used may go after.
    if (c.rebuild) add_refs(k.releases, c.rebuild->aside_refs);
    k.priority = k_create_table;
  }
  void operator()(const DropTable& c) {
    add_table_creates(k.destroys, c.old);
    // A partition goes before its parent (DROP TABLE of the parent would take it along).
    if (c.old.partition_of) {
      k.releases.insert(rel(c.old.partition_of->parent));
      k.releases.insert(part_columns(c.old.partition_of->parent));
    }
    // A child goes before its parents (DROP TABLE refuses a parent that still has children).
    for (const auto& parent : c.old.inherits) k.releases.insert(rel(parent));
    for (const auto& constraint : c.old.constraints) add_constraint_names(k.destroys, c.old.name, constraint);
    if (c.rebuild) {
      // Renamed aside, the old copy still uses all it did. Its reverse (in down.sql) builds
      // the old shape from the new one, so what the new one uses must exist before.
      k.needs.insert(in_schema(c.old.name.schema));
      add_refs(k.needs, c.rebuild->aside_refs);
    } else {
      add_table_refs(k.releases, c.old);
      release_enum_columns(k.releases, c.old.columns);
    }
    add_refs(k.releases, c.rule_refs);
    k.priority = k_drop_table;
  }
  void operator()(const AttachPartition& c) {
    k.needs.insert(rel(c.table));
    k.needs.insert(rel(c.partition.parent));
    k.needs.insert(part_columns(c.partition.parent));
    k.needs.insert(part_columns(c.table));
    k.creates.insert("partition:" + qualified(c.table));
    // PostgreSQL attaches the table's indexes and keys that match the parent's: the ones
    // the plan drops go first (an attached index can no longer be dropped on its own).
    k.destroys.insert("attach:" + qualified(c.table));
    k.priority = k_add_constraint;
  }
  void operator()(const DetachPartition& c) {
    k.releases.insert(rel(c.old.parent));
    k.releases.insert(part_columns(c.old.parent));
    k.releases.insert(part_columns(c.table));
    k.destroys.insert("partition:" + qualified(c.table));
    k.priority = k_drop_constraint;
  }
  void operator()(const SetStorageOptions& c) {
    k.needs.insert(rel(c.table));
    k.priority = k_alter_table;
  }
  void operator()(const SetTableLogged& c) {
    k.needs.insert(rel(c.table));
    k.priority = k_alter_table;
  }
  void operator()(const SetReplicaIdentity& c) {
    k.needs.insert(rel(c.table));
    if (!c.to_index.empty()) k.needs.insert(class_name({c.table.schema, c.to_index}));
    if (!c.from_index.empty()) k.releases.insert(class_name({c.table.schema, c.from_index}));
    k.priority = k_create_index;
  }
  void operator()(const SetClusterIndex& c) {
    k.needs.insert(rel(c.table));
    if (!c.to_index.empty()) k.needs.insert(class_name({c.table.schema, c.to_index}));
    if (!c.from_index.empty()) k.releases.insert(class_name({c.table.schema, c.from_index}));
    k.priority = k_create_index;
  }
  void operator()(const CreateStatistics& c) {
    k.needs.insert(rel(c.statistics.table));
    for (const auto& column : c.statistics.columns) k.needs.insert(col(c.statistics.table, column));
    add_refs(k.needs, c.statistics.refs);
    k.creates.insert("stx:" + qualified(c.statistics.name));
    k.priority = k_create_index;
  }
  void operator()(const DropStatistics& c) {
    // PostgreSQL drops the object with any column it names: it goes first, explicitly.
    k.releases.insert(rel(c.old.table));
    for (const auto& column : c.old.columns) k.releases.insert(col(c.old.table, column));
    add_refs(k.releases, c.old.refs);
    k.destroys.insert("stx:" + qualified(c.old.name));
    k.priority = k_drop_dependant;
  }
  void operator()(const AlterStatistics& c) {
    k.needs.insert("stx:" + qualified(c.to.name));
    k.priority = k_alter_table;
  }
  void operator()(const SetRowSecurity& c) {
    k.needs.insert(rel(c.table));
    k.priority = k_alter_table;
  }
  void operator()(const AddColumn& c) {
    k.destroys.insert(part_columns(c.table));
    k.creates.insert(part_columns(c.table));
    k.needs.insert(rel(c.table));
    add_refs(k.needs, c.column.refs);
    // A generated column comes after the columns it reads change type.
    if (c.column.generated_expr)
      for (const auto& name : identifiers_in(*c.column.generated_expr)) k.needs.insert(col_type(c.table, name));
    k.creates.insert(col(c.table, c.column.name));
    k.creates.insert(shape(c.table));
    // Added columns keep the target's order among themselves (each is appended).
    k.creates.insert("added:" + qualified(c.table) + "." + c.column.name);
    if (c.after) k.needs.insert("added:" + qualified(c.table) + "." + *c.after);
    // INHERITS: a child's own column of this name goes first (this ADD then merges it).
    k.destroys.insert(inherited_column(c.table, c.column.name));
    // ... and only once a parent that gave a column of this name has dropped it.
    for (const auto& parent : c.inherited_from) {
      k.releases.insert(inherited_column(parent, c.column.name));
      k.needs.insert(parent_dropped(parent, c.column.name));
    }
    k.priority = k_alter_table;
  }
  void operator()(const DropColumn& c) {
    k.destroys.insert(part_columns(c.table));
    k.creates.insert(part_columns(c.table));
    add_refs(k.releases, c.old.refs);
    release_enum_columns(k.releases, {c.old});
    // ... and goes before they do (PostgreSQL refuses to retype a column it reads).
    if (c.old.generated_expr)
      for (const auto& name : identifiers_in(*c.old.generated_expr)) k.releases.insert(col_type(c.table, name));
    k.destroys.insert(col(c.table, c.old.name));
    k.destroys.insert(shape(c.table));
    // INHERITS: a child drops a column after its parents stop giving it, before they add it.
    k.creates.insert(parent_dropped(c.table, c.old.name));
    for (const auto& parent : c.inherited_from) {
      k.needs.insert(parent_dropped(parent, c.old.name));
      k.releases.insert(inherited_column(parent, c.old.name));
    }
    k.priority = k_drop_column;
  }
  void operator()(const AlterColumn& c) {
    k.outside_transaction = c.online && !c.from.not_null && c.to.not_null;
    k.destroys.insert(part_columns(c.table));
    k.creates.insert(part_columns(c.table));
    k.needs.insert(rel(c.table));
    k.needs.insert(col(c.table, c.to.name));  // after a rename gives it this name
    add_refs(k.needs, c.to.refs);
    add_refs(k.releases, c.from.refs);
    k.creates.insert(shape(c.table));
    // DROP EXPRESSION goes before the columns the expression read change type.
    if (c.from.generated_expr && !c.to.generated_expr)
      for (const auto& name : identifiers_in(*c.from.generated_expr)) k.releases.insert(col_type(c.table, name));
    if (c.from.type != c.to.type || c.from.collation != c.to.collation) {
      k.destroys.insert(shape(c.table));
      k.destroys.insert(col_type(c.table, c.to.name));
      k.creates.insert(col_type(c.table, c.to.name));
    }
    // INHERITS: the parents' ALTER recurses into this child first.
    for (const auto& parent : c.inherited_from) k.needs.insert(shape(parent));
    if (!c.from.not_null && c.to.not_null) k.creates.insert(not_null(c.table, c.to.name));
    if (c.from.not_null && !c.to.not_null) k.destroys.insert(not_null(c.table, c.to.name));
    k.priority = k_alter_table;
  }
  void operator()(const AddConstraint& c) {
    add_constraint_uses(k.needs, c.table, c.constraint);
    // Ends the transaction block: an online key (built concurrently), and a CHECK or FOREIGN
    // KEY on an existing table, which is validated in a transaction of its own.
    const bool validated_apart = (c.constraint.kind == schema::ConstraintKind::check ||
                                  c.constraint.kind == schema::ConstraintKind::foreign_key) &&
                                 !c.constraint.not_valid;
    k.outside_transaction = !c.table_is_new && !c.on_partitioned &&
                            ((c.online && is_key(c.constraint) && c.constraint.kind != schema::ConstraintKind::exclude) ||
                             validated_apart);
    add_constraint_names(k.creates, c.table, c.constraint);
    if (is_key(c.constraint)) k.creates.insert(table_keys(c.table));
    if (c.constraint.kind == schema::ConstraintKind::primary_key)
      for (const auto& column : c.constraint.columns) k.needs.insert(not_null(c.table, column));
    k.priority = k_add_constraint;
  }
  void operator()(const DropConstraint& c) {
    k.releases.insert("attach:" + qualified(c.table));
    add_constraint_uses(k.releases, c.table, c.old);
    add_constraint_names(k.destroys, c.table, c.old);
    if (is_key(c.old)) k.destroys.insert(table_keys(c.table));
    if (c.old.kind == schema::ConstraintKind::primary_key)
      for (const auto& column : c.old.columns) k.releases.insert(not_null(c.table, column));
    k.priority = k_drop_constraint;
  }
  void operator()(const ValidateConstraint& c) {
    k.needs.insert(rel(c.table));
    k.outside_transaction = true;
    k.priority = k_add_constraint;
  }
  void operator()(const CreateIndex& c) {
    add_index_uses(k.needs, c.index);
    k.creates.insert(class_name(c.index.name));
    k.outside_transaction = !c.table_is_new && !c.on_partitioned;
    // A unique index can be what a foreign key references, like a key constraint.
    if (c.index.unique) k.creates.insert(table_keys(c.index.table));
    k.priority = k_create_index;
  }
  void operator()(const DropIndex& c) {
    k.releases.insert("attach:" + qualified(c.old.table));
    add_index_uses(k.releases, c.old);
    k.destroys.insert(class_name(c.old.name));
    k.outside_transaction = !c.table_is_dropped && !c.on_partitioned;
    if (c.old.unique) k.destroys.insert(table_keys(c.old.table));
    k.priority = k_drop_constraint;
  }
  void operator()(const ReplaceIndex& c) {
    // Built before the old one goes: it needs what both definitions read, and keeps the
    // name (nothing is freed or taken for others).
    add_index_uses(k.needs, c.now);
    add_index_uses(k.releases, c.old);
    k.creates.insert(class_name(c.now.name));
    k.outside_transaction = true;
    k.priority = k_create_index;
  }
  void operator()(const CreateSequence& c) {
    k.creates.insert(rel(c.sequence.name));
    k.creates.insert(class_name(c.sequence.name));
    k.needs.insert(in_schema(c.sequence.name.schema));
    k.priority = k_create_sequence;
  }
  void operator()(const DropSequence& c) {
    k.destroys.insert(rel(c.old.name));
    k.destroys.insert(class_name(c.old.name));
    k.releases.insert(in_schema(c.old.name.schema));
    k.priority = k_drop_type;
  }
  void operator()(const AlterSequence& c) {
    k.needs.insert(rel(c.to.name));
    k.priority = k_create_sequence;
  }
  void operator()(const SetSequenceOwner& c) {
    k.needs.insert(rel(c.sequence));
    if (c.to_table) k.needs.insert(col(*c.to_table, c.to_column));
    if (c.to_table) k.needs.insert(rel(*c.to_table));
    if (c.from_table) k.releases.insert(rel(*c.from_table));
    if (c.from_table) k.releases.insert(col(*c.from_table, c.from_column));
    k.priority = k_add_constraint;
  }
  void operator()(const CreateEnum& c) {
    k.creates.insert(type(c.type.name));
    k.needs.insert(in_schema(c.type.name.schema));
    k.priority = k_create_type;
  }
  void operator()(const DropEnum& c) {
    k.destroys.insert(type(c.old.name));
    k.releases.insert(in_schema(c.old.name.schema));
    k.priority = k_drop_type;
  }
  // Recreating an enum converts the columns that use it, which PostgreSQL refuses while a
  // view reads them: like a column type change, it reshapes those tables, so the views
  // over them are dropped before and created after. AddEnumValues does not convert
  // anything, but its reverse does, and the reverse runs at the mirror position in
  // down.sql, so it takes the same place.
  void operator()(const AddEnumValues& c) {
    k.creates.insert(type(c.to.name));
    k.destroys.insert(enum_columns(c.to.name));
    k.outside_transaction = true;
    enum_column_uses(c.columns);
    k.priority = k_create_type;
  }
  void operator()(const RecreateEnum& c) {
    k.creates.insert(type(c.to.name));
    k.destroys.insert(type(c.to.name));
    enum_column_uses(c.columns);
    k.priority = k_create_type;
  }
  void enum_column_uses(const std::vector<EnumColumnUse>& uses) {
    for (const auto& use : uses) {
      k.needs.insert(col(use.table, use.column.name));
      k.destroys.insert(shape(use.table));
      k.creates.insert(shape(use.table));
    }
  }
  void operator()(const CreateCompositeType& c) {
    k.creates.insert(type(c.type.name));
    k.creates.insert(class_name(c.type.name));
    k.needs.insert(in_schema(c.type.name.schema));
    add_refs(k.needs, c.type.refs);
    k.priority = k_create_type;
  }
  void operator()(const DropCompositeType& c) {
    k.destroys.insert(type(c.old.name));
    k.destroys.insert(class_name(c.old.name));
    k.releases.insert(in_schema(c.old.name.schema));
    add_refs(k.releases, c.old.refs);
    k.priority = k_drop_type;
  }
  void operator()(const AlterCompositeType& c) {
    k.creates.insert(type(c.to.name));
    add_refs(k.needs, c.to.refs);
    add_refs(k.releases, c.from.refs);
    k.priority = k_create_type;
  }
  void operator()(const CreateCollation& c) {
    k.creates.insert(coll(c.collation.name));
    k.needs.insert(in_schema(c.collation.name.schema));
    k.priority = k_create_type;
  }
  void operator()(const DropCollation& c) {
    k.destroys.insert(coll(c.old.name));
    k.releases.insert(in_schema(c.old.name.schema));
    k.priority = k_drop_type;
  }
  // A range type also makes its multirange type and the constructor functions of both.
  void range_names(std::set<std::string>& into, const schema::RangeType& range) {
    into.insert(type(range.name));
    const QualifiedName multirange = range.multirange_name.value_or(
        QualifiedName{range.name.schema, schema::default_multirange_name(range.name.name)});
    into.insert(type(multirange));
    into.insert(fn(range.name));
    into.insert(fn(multirange));
  }
  void operator()(const CreateRangeType& c) {
    range_names(k.creates, c.type);
    k.needs.insert(in_schema(c.type.name.schema));
    add_refs(k.needs, c.type.refs);
    k.priority = k_create_type;
  }
  void operator()(const DropRangeType& c) {
    range_names(k.destroys, c.old);
    k.releases.insert(in_schema(c.old.name.schema));
    add_refs(k.releases, c.old.refs);
    k.priority = k_drop_type;
  }
  void operator()(const CreateDomain& c) {
    k.creates.insert(type(c.domain.name));
    k.needs.insert(in_schema(c.domain.name.schema));
    add_refs(k.needs, c.domain.refs);
    k.priority = k_create_type;
  }
  void operator()(const DropDomain& c) {
    k.destroys.insert(type(c.old.name));
    k.releases.insert(in_schema(c.old.name.schema));
    add_refs(k.releases, c.old.refs);
    k.priority = k_drop_type;
  }
  void operator()(const AlterDomain& c) {
    k.creates.insert(type(c.to.name));
    add_refs(k.needs, c.to.refs);
    add_refs(k.releases, c.from.refs);
    k.priority = k_create_type;
  }
  void operator()(const CreateView& c) {
    k.creates.insert(rel(c.view.name));
    k.creates.insert(shape(c.view.name));
    k.creates.insert(class_name(c.view.name));
    k.creates.insert(type(c.view.name));  // its row type: `RETURNS SETOF view`
    k.needs.insert(in_schema(c.view.name.schema));
    add_refs(k.needs, c.view.refs);
    k.priority = k_create_view;
  }
  void operator()(const DropView& c) {
    k.destroys.insert(rel(c.old.name));
    k.destroys.insert(shape(c.old.name));
    k.destroys.insert(class_name(c.old.name));
    k.destroys.insert(type(c.old.name));
    k.releases.insert(in_schema(c.old.name.schema));
    add_refs(k.releases, c.old.refs);
    add_refs(k.releases, c.rule_refs);
    k.priority = k_drop_dependant;
  }
  void operator()(const CreateFunction& c) {
    k.creates.insert(fn(c.function.name));
    k.needs.insert(in_schema(c.function.name.schema));
    add_refs(k.needs, c.function.refs);
    k.priority = k_create_function;
  }
  void operator()(const DropFunction& c) {
    k.destroys.insert(fn(c.old.name));
    k.releases.insert(in_schema(c.old.name.schema));
    add_refs(k.releases, c.old.refs);
    k.priority = k_drop_function;
  }
  void operator()(const ReplaceFunction& c) {
    k.creates.insert(fn(c.to.name));
    add_refs(k.needs, c.to.refs);
    k.priority = k_create_function;
  }
  void operator()(const CreateTrigger& c) {
    k.needs.insert(rel(c.trigger.table));
    k.needs.insert(shape(c.trigger.table));  // after the columns it may read change
    k.needs.insert(fn(c.trigger.function));
    // Its own name: a drop of the same trigger goes first, and the re-creation closes a gap.
    k.creates.insert("trigger:" + qualified(c.trigger.table) + "." + c.trigger.name);
    k.priority = k_create_trigger;
  }
  void operator()(const DropTrigger& c) {
    k.releases.insert(rel(c.old.table));
    k.releases.insert(shape(c.old.table));  // before the columns it may read change
    k.releases.insert(fn(c.old.function));
    k.destroys.insert("trigger:" + qualified(c.old.table) + "." + c.old.name);
    k.priority = k_drop_dependant;
  }
  // A policy is dropped before, and created after, any change of its table's columns: the
  // plan recreates a policy whose columns are retyped or dropped (PostgreSQL refuses both
  // while it exists), and the shape keys put that drop and create around the change.
  void operator()(const CreatePolicy& c) {
    add_policy_uses(k.needs, c.policy);
    k.needs.insert(shape(c.policy.table));
    k.creates.insert("policy:" + qualified(c.policy.table) + "." + c.policy.name);
    k.priority = k_create_trigger;
  }
  void operator()(const DropPolicy& c) {
    add_policy_uses(k.releases, c.old);
    k.releases.insert(shape(c.old.table));
    k.destroys.insert("policy:" + qualified(c.old.table) + "." + c.old.name);
    k.priority = k_drop_dependant;
  }
  // In place: after the columns and functions the new expressions read exist, before the
  // ones only the old expressions read go away.
  void operator()(const AlterPolicy& c) {
    add_policy_uses(k.needs, c.to);
    add_policy_uses(k.releases, c.from);
    k.priority = k_create_trigger;
  }
  // Like a view, a rule is dropped before and created after any change of the columns of
  // the relations it uses (the plan recreates it when one it reads changes), and before
  // anything it uses is dropped.
  void operator()(const CreateRule& c) {
    add_rule_uses(k.needs, c.rule);
    k.creates.insert(rule_key(c.rule));
    k.priority = k_create_trigger;
  }
  void operator()(const DropRule& c) {
    add_rule_uses(k.releases, c.old);
    k.destroys.insert(rule_key(c.old));
    k.priority = k_drop_dependant;
  }
  // In place, only when neither version reads a column that changes (else it is drop +
  // create): after the columns the new version reads exist, before those the old one reads
  // go. Not around its table's shape, which may change apart from what the rule reads.
  void operator()(const ReplaceRule& c) {
    add_rule_uses(k.needs, c.to);
    add_rule_uses(k.releases, c.from);
    k.needs.erase(shape(c.to.table));
    k.releases.erase(shape(c.from.table));
    k.priority = k_create_trigger;
  }
  void operator()(const SetComment& c) {
    k.needs.insert(comment_key(c.target));
    k.priority = k_comment;
  }
  void operator()(const SetOwner& c) {
    k.needs.insert(acl_object_key(c.target));
    k.destroys.insert(owner_key(c.target));
    k.priority = k_owner;
  }
  void operator()(const ChangePrivileges& c) {
    k.needs.insert(acl_object_key(c.target));
    k.releases.insert(owner_key(c.target));
    // Granted columns must exist; revoked ones are revoked before their column is dropped.
    for (const auto& grant : c.to)
      for (const auto& column : grant.columns) k.needs.insert(col(c.target.name, column));
    for (const auto& grant : c.from)
      for (const auto& column : grant.columns) k.releases.insert(col(c.target.name, column));
    k.priority = k_privileges;
  }
  // A rename takes the old name away and gives the new one: what reads the old name (the
  // drops of views and triggers written against it) runs before it; every change written
  // against the new name (renamed() below) runs after it.
  void operator()(const RenameTable& c) {
    for (const auto& key : {rel(c.from), shape(c.from), class_name(c.from), type(c.from)}) k.destroys.insert(key);
    // Not shape(c.to): column renames on the new name destroy and create it after this.
    for (const auto& key : {rel(c.to), class_name(c.to), type(c.to), renamed(rel(c.to))}) k.creates.insert(key);
    k.priority = k_rename;
  }
  void operator()(const RenameColumn& c) {
    k.needs.insert(renamed(rel(c.table)));
    k.destroys.insert(col(c.table, c.from));
    k.destroys.insert(shape(c.table));
    k.creates.insert(col(c.table, c.to));
    k.creates.insert(shape(c.table));
    k.creates.insert(renamed(col(c.table, c.to)));
    k.priority = k_rename;
  }
  void operator()(const RenameConstraint& c) {
    k.needs.insert(renamed(rel(c.table)));
    k.destroys.insert(constraint_name(c.table, c.from));
    k.creates.insert(constraint_name(c.table, c.to));
    if (c.has_index) {
      k.destroys.insert(class_name({c.table.schema, c.from}));
      k.creates.insert(class_name({c.table.schema, c.to}));
    }
    k.priority = k_rename;
  }
  void operator()(const RenameIndex& c) {
    k.destroys.insert(class_name(c.from));
    k.creates.insert(class_name(c.to));
    k.priority = k_rename;
  }
  void operator()(const RenameSequence& c) {
    k.destroys.insert(rel(c.from));
    k.destroys.insert(class_name(c.from));
    k.creates.insert(rel(c.to));
    k.creates.insert(class_name(c.to));
    k.creates.insert(renamed(rel(c.to)));
    k.priority = k_rename;
  }
};

bool is_rename(const Change& change) {
  return std::holds_alternative<RenameTable>(change) || std::holds_alternative<RenameColumn>(change) ||
         std::holds_alternative<RenameConstraint>(change) || std::holds_alternative<RenameIndex>(change) ||
         std::holds_alternative<RenameSequence>(change);
}

}  // namespace

ChangeKeys keys_of(const Change& change) {
  KeysVisitor visitor;
  std::visit(visitor, change);
  if (is_rename(change)) return visitor.k;
  // Changes on a renamed table, column or sequence are written with the new name (diff
  // compares against the renamed `from`), so they run after the rename: whatever relation or
  // column a change touches, it needs that object's rename, which exists only when one is
  // planned.
  std::set<std::string> after;
  for (const auto* keys : {&visitor.k.creates, &visitor.k.destroys, &visitor.k.needs, &visitor.k.releases})
    for (const auto& key : *keys)
      if (key.starts_with("rel:") || key.starts_with("col:")) after.insert(renamed(key));
  visitor.k.needs.merge(after);
  return visitor.k;
}

}  // namespace pgmorph::diff
