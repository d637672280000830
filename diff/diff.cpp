#include "diff/diff.hpp"

#include "diff/column_reads.hpp"
#include "diff/context.hpp"
#include "diff/column_order.hpp"
#include "diff/order.hpp"
#include "diff/renames.hpp"

namespace pgmorph::diff {

void DiffContext::unsupported(std::string message) {
  diagnostics.push_back(schema::Diagnostic{schema::Severity::error, "unsupported-change",
                                           std::move(message), std::nullopt});
}

bool DiffContext::moved_with_extension(const std::string& old_type, const std::string& new_type) const {
  for (const auto& [old_schema, new_schema] : extension_moves) {
    const std::string old_prefix = schema::quote_ident(old_schema) + ".";
    const std::string new_prefix = schema::quote_ident(new_schema) + ".";
    if (old_type.starts_with(old_prefix) && new_type.starts_with(new_prefix) &&
        old_type.substr(old_prefix.size()) == new_type.substr(new_prefix.size()))
      return true;
  }
  return false;
}

bool DiffContext::relation_name_taken(const QualifiedName& name) const {
  for (const schema::Catalog* catalog : {&from, &to}) {
    if (catalog->tables.contains(name) || catalog->indexes.contains(name) || catalog->views.contains(name) ||
        catalog->sequences.contains(name) || catalog->composite_types.contains(name) ||
        catalog->enums.contains(name) || catalog->domains.contains(name) || catalog->range_types.contains(name))
      return true;
    for (const auto& [table_name, table] : catalog->tables)
      if (table_name.schema == name.schema)
        for (const auto& constraint : table.constraints)
          if (constraint.name == name.name) return true;
  }
  return false;
}

namespace {

bool names_any(const std::map<QualifiedName, std::set<std::string>>& columns, const QualifiedName& table,
               const std::string& text) {
  auto found = columns.find(table);
  return found != columns.end() && mentions_any(text, found->second);
}

}  // namespace

bool DiffContext::reads_converted_enum_column(const QualifiedName& table, const std::string& expression) const {
  return names_any(enum_converted_columns, table, expression);
}

bool DiffContext::reads_recreated_column(const QualifiedName& table, const std::string& definition) const {
  return names_any(recreated_columns, table, definition);
}

bool DiffContext::calls_recreated_function(const std::vector<schema::ObjectRef>& refs) const {
  for (const auto& ref : refs)
    if (ref.kind == schema::RefKind::function && recreated_functions.contains(ref.name)) return true;
  return false;
}

void diff_comment(DiffContext& context, CommentTarget target,
                  const std::optional<std::string>& from, const std::optional<std::string>& to) {
  if (from != to) context.add(SetComment{std::move(target), from, to});
}

ChangeSet diff(const schema::Catalog& from, const schema::Catalog& to,
               schema::Diagnostics& diagnostics, const DiffOptions& options) {
  // Renames first: everything after compares `to` with `from` as the renames leave it.
  RenamedFrom renamed = apply_renames(from, to, diagnostics);
  DiffContext context{renamed.from, to, diagnostics, options, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  context.changes = std::move(renamed.renames);
  // Families that feed cascades run before the families that consume them: tables mark
  // reshaped relations and functions mark recreated functions before views and triggers;
  // views mark the materialized views whose indexes must be rebuilt.
  diff_schemas(context);
  diff_extensions(context);
  diff_enums(context);
  diff_composite_types(context);
  diff_collations(context);
  diff_range_types(context);
  diff_functions(context);
  diff_domains(context);
  diff_sequences(context);
  diff_tables(context);
  diff_functions_reading_relations(context);
  diff_views(context);
  diff_indexes(context);
  diff_replica_identities(context);
  diff_statistics(context);
  diff_triggers(context);
  diff_policies(context);
  diff_rules(context);
  ChangeSet ordered = order(std::move(context.changes), diagnostics);
  check_column_order(ordered, renamed.from, to, context.column_order_kept, diagnostics);
  suggest_renames(ordered, diagnostics);
  return ordered;
}

}  // namespace pgmorph::diff
