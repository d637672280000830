// Indexes: PostgreSQL cannot alter an index definition, so any change is drop + create.
#include <algorithm>

#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"
#include "schema/naming.hpp"

namespace pgmorph::diff {

void diff_indexes(DiffContext& context) {
  // An index on a table or materialized view created in this plan is built in the same
  // transaction (nobody can be using it yet); one on a dropped relation goes with it.
  auto is_new = [&](const QualifiedName& table) {
    return context.created_tables.contains(table) || context.created_views.contains(table);
  };
  auto is_dropped = [&](const QualifiedName& table) {
    return context.dropped_tables.contains(table) || context.dropped_views.contains(table);
  };
  // A plain key column is converted with its table; an expression or a predicate over a
  // converted enum column holds literals of the old type, so the index goes around it.
  auto reads_enum_in_expression = [&](const schema::Index& index) {
    const bool has_expression = index.definition.find(" WHERE ") != std::string::npos ||
                                std::find(index.key_names.begin(), index.key_names.end(), "expr") != index.key_names.end();
    return has_expression && context.reads_converted_enum_column(index.table, index.definition);
  };
  // PostgreSQL refuses CONCURRENTLY on a partitioned table's index (it cascades to every
  // partition in one statement).
  auto partitioned = [](const schema::Catalog& catalog, const QualifiedName& table) {
    auto found = catalog.tables.find(table);
    return found != catalog.tables.end() && !found->second.partition_key.empty();
  };
  auto create = [&](const schema::Index& index) {
    return CreateIndex{index, is_new(index.table), partitioned(context.to, index.table)};
  };
  auto drop = [&](const schema::Index& index) {
    return DropIndex{index, is_dropped(index.table), partitioned(context.from, index.table)};
  };
  // Online, a plain index whose definition changes on a table whose columns stay as they are
  // is built anew before the old one is dropped. Anything else that forces the rebuild (a
  // recreated column, function or enum it reads; a unique index a foreign key may rest on)
  // keeps drop + create, where the ordering already handles those dependencies.
  auto can_swap = [&](const schema::Index& old, const schema::Index& now) {
    if (!context.options.online || old.unique || now.unique || old.table != now.table) return false;
    if (old.definition == now.definition) return false;
    if (is_new(now.table) || is_dropped(old.table) || partitioned(context.from, old.table) ||
        partitioned(context.to, now.table))
      return false;
    auto before = context.from.tables.find(old.table);
    auto after = context.to.tables.find(now.table);
    if (before == context.from.tables.end() || after == context.to.tables.end() ||
        before->second.columns != after->second.columns)
      return false;
    // CLUSTER ON marks one index: the drop + create path clears and sets it around the rebuild.
    if (before->second.cluster_index == old.name.name || after->second.cluster_index == now.name.name) return false;
    return !context.calls_recreated_function(old.refs) && !context.calls_recreated_function(now.refs) &&
           !reads_enum_in_expression(old) && !context.reads_recreated_column(old.table, old.definition);
  };
  // The building name must be free in the schema's relation namespace on both sides.
  auto building_name = [&](const schema::Index& index) {
    return schema::choose_name(index.name.name, "", "pgmorph_new", [&](const std::string& name) {
      return context.relation_name_taken({index.name.schema, name});
    });
  };
  diff_by_key(
      context.from.indexes, context.to.indexes,
      [&](const schema::Index& old) { context.add(drop(old)); },
      [&](const schema::Index& created) { context.add(create(created)); },
      [&](const schema::Index& old, const schema::Index& now) {
        const bool relation_recreated = is_dropped(old.table) && is_new(now.table);
        if (can_swap(old, now)) {
          context.add(ReplaceIndex{old, now, building_name(now)});
          return;
        }
        if (old.definition != now.definition || old.unique != now.unique ||
            old.table != now.table || relation_recreated || context.calls_recreated_function(old.refs) ||
            reads_enum_in_expression(old) || context.reads_recreated_column(old.table, old.definition)) {
          context.add(drop(old));
          context.add(create(now));
          return;
        }
        diff_comment(context, {CommentKind::index, now.name, ""}, old.comment, now.comment);
      });
}

}  // namespace pgmorph::diff
