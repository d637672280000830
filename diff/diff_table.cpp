// Tables: create/drop, logged state, and the columns and constraints of kept tables.
#include <algorithm>

#include "diff/casts.hpp"
#include "diff/column_reads.hpp"
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"
#include "diff/diff_inherits.hpp"
#include "diff/table_rebuild.hpp"
#include "schema/inheritance.hpp"
#include "schema/normalize.hpp"

namespace pgmorph::diff {

namespace {

using schema::Constraint;
using schema::ConstraintKind;
using schema::Table;

bool is_foreign_key(const Constraint& c) { return c.kind == ConstraintKind::foreign_key; }

/// The table without its foreign keys: those are created and dropped as separate changes.
Table without_foreign_keys(Table table) {
  std::erase_if(table.constraints, is_foreign_key);
  return table;
}

/// The column without its default and without the functions only a default can call.
schema::Column without_default(schema::Column column) {
  column.default_expr.reset();
  std::erase_if(column.refs, [](const schema::ObjectRef& ref) { return ref.kind == schema::RefKind::function; });
  return column;
}

const Constraint* find_constraint(const Table& table, const std::string& name) {
  for (const auto& constraint : table.constraints)
    if (constraint.name == name) return &constraint;
  return nullptr;
}

bool uses_enum(const DiffContext& context, const schema::Column& column) {
  for (const auto& ref : column.refs)
    if (ref.kind == schema::RefKind::type &&
        (context.from.enums.contains(ref.name) || context.to.enums.contains(ref.name)))
      return true;
  return false;
}

/// True when `ALTER COLUMN ... TYPE` can turn `from` into `to`: a hint on `to` says how, or
/// PostgreSQL has (or, for types pgmorph cannot see into, may have) a conversion.
bool convertible(const DiffContext& context, const schema::Column& from, const schema::Column& to) {
  return to.using_expr.text ||
         explicit_cast(from.type, to.type, context.from, context.to) != CastVerdict::missing;
}

void report_missing_cast(DiffContext& context, const QualifiedName& table, const schema::Column& from,
                         const schema::Column& to) {
  context.diagnostics.push_back(schema::Diagnostic{
      schema::Severity::error, "no-cast",
      "column " + schema::display_name(table) + "." + schema::quote_ident(to.name) + ": PostgreSQL has no cast from " +
          from.type + " to " + to.type + "; put `-- pgmorph:using <expression over " + schema::quote_ident(to.name) +
          ">` on the line before the column in the schema file, or pass --allow-drop-recreate to drop "
          "the column and add it again (its data is lost)",
      std::nullopt});
}

/// True when a table inherits from `parent` on both sides (so it exists while the plan runs).
bool has_kept_children(const DiffContext& context, const QualifiedName& parent) {
  for (const auto& child : schema::children_of(context.from, parent))
    if (auto kept = context.to.tables.find(child);
        kept != context.to.tables.end() &&
        std::find(kept->second.inherits.begin(), kept->second.inherits.end(), parent) != kept->second.inherits.end())
      return true;
  return false;
}

void diff_columns(DiffContext& context, const Table& old, const Table& now) {
  auto parents = [&](const std::string& column) { return parents_with_column(context, old, now, column); };
  // Kept columns whose type changes: a generated column that reads one goes around it.
  std::set<std::string> retyped;
  for (const auto& column : now.columns)
    if (const schema::Column* before = schema::find_column(old.columns, column.name); before && before->type != column.type)
      retyped.insert(column.name);
  // Dropped last column first: down.sql re-adds them in reverse, so in their old order.
  for (auto it = old.columns.rbegin(); it != old.columns.rend(); ++it) {
    const schema::Column& column = *it;
    if (!schema::find_column(now.columns, column.name)) {
      context.add(DropColumn{now.name, column, parents(column.name)});
      context.reshaped_relations.insert(now.name);
    }
  }
  std::optional<std::string> last_added;
  for (const auto& column : now.columns) {
    const schema::Column* before = schema::find_column(old.columns, column.name);
    if (!before && column.identity != schema::Identity::none && has_kept_children(context, now.name)) {
      context.diagnostics.push_back(schema::Diagnostic{
          schema::Severity::error, "unsupported-change",
          "column " + schema::display_name(now.name) + "." + schema::quote_ident(column.name) +
              ": PostgreSQL cannot add an identity column to a table that other tables inherit from (ADD "
              "COLUMN must recurse, identity cannot); add it as a plain column, or drop and create the children",
          std::nullopt});
      continue;
    }
    if (!before) {
      context.add(AddColumn{now.name, column, last_added, parents(column.name)});
      last_added = column.name;
      context.reshaped_relations.insert(now.name);
      continue;
    }
    const bool uses_recreated = context.calls_recreated_function(before->refs);
    const bool reads_retyped = column.generated_expr && before->generated_expr &&
                               mentions_any(*before->generated_expr, retyped);
    // A generated column that becomes a plain one keeps its values: ALTER ... DROP EXPRESSION
    // (an AlterColumn below); every other change of the expression is drop + add.
    const bool drops_expression = before->generated_expr && !column.generated_expr;
    if (!drops_expression &&
        (before->generated_expr != column.generated_expr || (column.generated_expr && (uses_recreated || reads_retyped)))) {
      // PostgreSQL cannot change a generation expression in place (only DROP EXPRESSION);
      // the column is recomputed, so drop + add loses nothing but its position.
      context.add(DropColumn{now.name, *before, parents(before->name)});
      context.add(AddColumn{now.name, column, last_added, parents(column.name)});
      last_added = column.name;
      context.reshaped_relations.insert(now.name);
      context.recreated_columns[now.name].insert(column.name);
      continue;
    }
    std::optional<schema::Column> moved, bare;
    if (before->type != column.type && context.moved_with_extension(before->type, column.type)) {
      moved = *before;
      moved->type = column.type;
      moved->refs = column.refs;
      before = &*moved;
    }
    if (uses_recreated && before->default_expr) {
      // The default calls a function the plan drops and creates again: drop the default
      // first, set it again after (the second change also carries any other change).
      bare = without_default(*before);
      AlterColumn drop_default{now.name, *before, *bare, false};
      drop_default.inherited_from = parents(column.name);
      context.add(std::move(drop_default));
      before = &*bare;
    }
    schema::Column before_sans_comment = *before;
    before_sans_comment.comment = column.comment;
    if (!(before_sans_comment == column)) {
      const bool via_text = before->type != column.type &&
                            (uses_enum(context, *before) || uses_enum(context, column));
      bool reverse_impossible = false;
      if (before->type != column.type && !via_text) {
        if (!convertible(context, *before, column)) {
          if (!context.options.allow_drop_recreate) {
            report_missing_cast(context, now.name, *before, column);
            continue;
          }
          context.add(DropColumn{now.name, *before, parents(before->name)});
          context.add(AddColumn{now.name, column, last_added, parents(column.name)});
      last_added = column.name;
          context.reshaped_relations.insert(now.name);
          context.recreated_columns[now.name].insert(column.name);
          continue;
        }
        reverse_impossible = !convertible(context, column, *before);
      }
      AlterColumn alter{now.name, *before, column, via_text, reverse_impossible,
                        context.options.online && now.partition_key.empty()};
      if (before->type == column.type && before->storage != column.storage &&
          (!before->storage || !column.storage)) {
        // Back to the type's own storage: PostgreSQL 15 needs its name (SET STORAGE DEFAULT
        // is 16+), known for built-in and declared types only.
        const auto own = schema::type_default_storage(context.to, column.type);
        if (!own) {
          context.diagnostics.push_back(schema::Diagnostic{
              schema::Severity::error, "unsupported-feature",
              "column " + schema::display_name(now.name) + "." + schema::quote_ident(column.name) +
                  ": cannot reset STORAGE to the default of type " + column.type +
                  ", which pgmorph does not know (PostgreSQL 15 has no SET STORAGE DEFAULT)",
              std::nullopt});
          continue;
        }
        alter.type_storage = *own;
      }
      alter.inherited_from = parents(column.name);
      // Scans every table: only asked when the statistics target changes.
      alter.only_this_table = before->statistics != column.statistics && now.partition_key.empty() &&
                              (!schema::children_of(context.from, now.name).empty() ||
                               !schema::children_of(context.to, now.name).empty());
      context.add(std::move(alter));
      if (before->type != column.type || before->collation != column.collation)
        context.reshaped_relations.insert(now.name);
    }
    diff_comment(context, {CommentKind::column, now.name, column.name}, before->comment,
                 column.comment);
  }
}

/// The kept tables whose keys (PK/UNIQUE constraints and unique indexes) are dropped or
/// rebuilt: the foreign keys that reference them are dropped first and re-added after,
/// because PostgreSQL records which unique index a foreign key uses and will not drop it
/// under the key. Computed once per diff (every kept foreign key asks).
std::set<QualifiedName> tables_with_rebuilt_keys(const DiffContext& context) {
  std::set<QualifiedName> tables;
  auto kept_table = [&](const QualifiedName& name) {
    return context.from.tables.contains(name) && context.to.tables.contains(name);
  };
  for (const auto& [name, index] : context.from.indexes) {
    if (!index.unique || !kept_table(index.table)) continue;
    auto kept = context.to.indexes.find(name);
    if (kept == context.to.indexes.end() || kept->second.definition != index.definition ||
        !kept->second.unique || context.calls_recreated_function(index.refs))
      tables.insert(index.table);
  }
  for (const auto& [name, old_table] : context.from.tables) {
    auto new_table = context.to.tables.find(name);
    if (new_table == context.to.tables.end()) continue;
    for (const auto& constraint : old_table.constraints) {
      if (constraint.kind != ConstraintKind::primary_key && constraint.kind != ConstraintKind::unique)
        continue;
      const Constraint* kept = find_constraint(new_table->second, constraint.name);
      if (!kept || kept->definition != constraint.definition) tables.insert(name);
    }
  }
  // A rebuilt table's keys go with its old copy.
  tables.insert(context.rebuilt_tables.begin(), context.rebuilt_tables.end());
  return tables;
}

void diff_constraints(DiffContext& context, const Table& old, const Table& now,
                      const std::set<QualifiedName>& rebuilt_keys) {
  for (const auto& constraint : old.constraints) {
    const Constraint* kept = find_constraint(now, constraint.name);
    if (!kept) context.add(DropConstraint{now.name, constraint});
  }
  for (const auto& constraint : now.constraints) {
    const Constraint* before = find_constraint(old, constraint.name);
    const bool partitioned = !now.partition_key.empty();
    if (!before) {
      context.add(AddConstraint{now.name, constraint, false, context.options.online && !partitioned, partitioned});
      continue;
    }
    const bool referenced_key_recreated =
        is_foreign_key(constraint) && constraint.referenced_table &&
        rebuilt_keys.contains(*constraint.referenced_table);
    if (before->definition != constraint.definition || referenced_key_recreated ||
        context.calls_recreated_function(before->refs) || (!before->not_valid && constraint.not_valid) ||
        (constraint.kind == schema::ConstraintKind::check &&
         context.reads_converted_enum_column(now.name, before->definition)) ||
        context.reads_recreated_column(now.name, before->definition)) {
      context.add(DropConstraint{now.name, *before});
      context.add(AddConstraint{now.name, constraint, false, context.options.online && !partitioned, partitioned});
    } else if (before->not_valid && !constraint.not_valid) {
      context.add(ValidateConstraint{now.name, constraint});
    }
    diff_comment(context, {CommentKind::constraint, now.name, constraint.name},
                 before->comment, constraint.comment);
  }
}

void add_table(DiffContext& context, const Table& table, std::optional<TableRebuild> rebuild = std::nullopt) {
  context.created_tables.insert(table.name);
  context.add(CreateTable{without_foreign_keys(table), std::move(rebuild)});
  for (const auto& constraint : table.constraints)
    if (is_foreign_key(constraint)) context.add(AddConstraint{table.name, constraint, true});
}

void drop_table(DiffContext& context, const Table& table, std::optional<TableRebuild> rebuild = std::nullopt) {
  context.dropped_tables.insert(table.name);
  // A kept view that reads this name must go first and come back after: the name may now be
  // another relation (a view replacing the table), which PostgreSQL would not rebind.
  context.reshaped_relations.insert(table.name);
  for (const auto& constraint : table.constraints)
    if (is_foreign_key(constraint)) context.add(DropConstraint{table.name, constraint});
  context.add(DropTable{without_foreign_keys(table), std::move(rebuild)});
}

}  // namespace

void diff_tables(DiffContext& context) {
  plan_table_rebuilds(context);
  const std::set<QualifiedName> rebuilt_keys = tables_with_rebuilt_keys(context);
  diff_by_key(
      context.from.tables, context.to.tables,
      [&](const Table& old) { drop_table(context, old); },
      [&](const Table& created) { add_table(context, created); },
      [&](const Table& old, const Table& now) {
        if (context.rebuilt_tables.contains(now.name)) {
          auto [drop_half, create_half] = table_rebuild(context, old, now);
          drop_table(context, old, std::move(drop_half));
          add_table(context, now, std::move(create_half));
          return;
        }
        if (!diff_partitioning(context, old, now)) return;
        if (old.unlogged != now.unlogged)
          context.add(SetTableLogged{now.name, old.unlogged, now.unlogged});
        if (old.storage_options != now.storage_options)
          context.add(SetStorageOptions{now.name, old.storage_options, now.storage_options});
        if (old.row_security != now.row_security || old.force_row_security != now.force_row_security)
          context.add(SetRowSecurity{now.name, old.row_security, now.row_security,
                                     old.force_row_security, now.force_row_security});
        // A partition's columns are its parent's: their changes are made on the parent,
        // from which PostgreSQL propagates them. Their comments are the partition's own.
        if (!old.partition_of || !now.partition_of) {
          const std::optional<Table> own_part = with_parent_changes(context, old, now);
          if (!own_part) return;
          diff_columns(context, *own_part, now);
        } else {
          for (const auto& column : now.columns)
            if (const schema::Column* before = schema::find_column(old.columns, column.name))
              diff_comment(context, {CommentKind::column, now.name, column.name}, before->comment, column.comment);
        }
        diff_constraints(context, old, now, rebuilt_keys);
        diff_acl(context, old, now);
        diff_comment(context, {CommentKind::table, now.name, ""}, old.comment, now.comment);
      });
  // A partition is reshaped with its parent: views over it are recreated like views over it.
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [name, table] : context.to.tables)
      if (table.partition_of && context.reshaped_relations.contains(table.partition_of->parent) &&
          context.reshaped_relations.insert(name).second)
        grew = true;
  }
}

}  // namespace pgmorph::diff
