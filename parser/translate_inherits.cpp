// CREATE TABLE ... INHERITS and what ALTER TABLE on a parent does to its children.
//
// A child keeps only its local columns in the model (schema::Table::inherits). Creating it
// merges a declared column that a parent also has into the parent's position (PostgreSQL's
// "moving and merging column" notice) with NOT NULL or'ed and the parent's default when it
// declares none. ALTER TABLE on a parent without ONLY recurses: a default or NOT NULL set
// there reaches the children's merged columns too.
#include <algorithm>

#include "parser/expr.hpp"
#include "parser/refs.hpp"
#include "parser/translate.hpp"
#include "schema/inheritance.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

void merge_refs(std::vector<schema::ObjectRef>& into, const std::vector<schema::ObjectRef>& refs) {
  for (const auto& ref : refs) add_ref(into, ref.kind, ref.name);
}

}  // namespace

bool apply_inherits(Context& context, PgQuery__CreateStmt* stmt, schema::Table& table) {
  for (std::size_t i = 0; i < stmt->n_inh_relations; ++i) {
    PgQuery__RangeVar* parent_var = stmt->inh_relations[i]->range_var;
    qualify_range_var(context.arena(), parent_var);
    const schema::QualifiedName parent_name = qualified_from_range_var(parent_var);
    auto parent = context.catalog().tables.find(parent_name);
    if (parent == context.catalog().tables.end()) {
      if (!context.failed(parent_name))
        context.error("undefined-object", "relation \"" + display_name(parent_name) +
                                              "\" does not exist (a parent must be created before the tables that "
                                              "inherit from it)",
                      parent_var->location);
      return false;
    }
    // PostgreSQL's own refusals (MergeAttributes()).
    if (!parent->second.partition_key.empty() || parent->second.partition_of) {
      context.error("wrong-object-type", "cannot inherit from partitioned table or partition \"" +
                                             display_name(parent_name) + "\"",
                    parent_var->location);
      return false;
    }
    if (parent->second.unlogged && !table.unlogged) {
      context.error("wrong-object-type", "cannot create a permanent relation as a child of temporary or unlogged "
                                         "relation \"" + display_name(parent_name) + "\"",
                    parent_var->location);
      return false;
    }
    if (std::find(table.inherits.begin(), table.inherits.end(), parent_name) != table.inherits.end()) {
      context.error("duplicate-object", "relation \"" + display_name(parent_name) + "\" would be inherited from more than once",
                    parent_var->location);
      return false;
    }
    table.inherits.push_back(parent_name);
  }

  std::vector<schema::Column> merged;
  std::vector<schema::Column> declared = std::move(table.columns);
  for (const auto& inherited : schema::inherited_columns(context.catalog(), table)) {
    auto own = std::find_if(declared.begin(), declared.end(),
                            [&](const schema::Column& c) { return c.name == inherited.name; });
    if (own == declared.end()) continue;  // only inherited: the parent's, not in the model
    if (own->type != inherited.type) {
      context.error("datatype-mismatch", "column \"" + own->name + "\" has a type conflict: " + inherited.type +
                                             " versus " + own->type,
                    stmt->relation->location);
      return false;
    }
    schema::Column column = std::move(*own);
    declared.erase(own);
    column.not_null = column.not_null || inherited.not_null;
    if (!column.default_expr && !column.generated_expr && column.identity == schema::Identity::none &&
        inherited.default_expr) {
      column.default_expr = inherited.default_expr;
      merge_refs(column.refs, inherited.refs);
    }
    merged.push_back(std::move(column));
  }
  for (auto& column : declared) merged.push_back(std::move(column));
  table.columns = std::move(merged);
  return true;
}

void for_each_merged_child_column(Context& context, const schema::QualifiedName& parent, const std::string& column,
                                  const std::function<void(schema::Column&)>& change, int depth) {
  if (depth > 32) return;
  for (const auto& child_name : schema::children_of(context.catalog(), parent)) {
    schema::Table& child = context.catalog().tables.at(child_name);
    if (schema::Column* merged = schema::find_column(child.columns, column)) change(*merged);
    for_each_merged_child_column(context, child_name, column, change, depth + 1);
  }
}

}  // namespace pgmorph::parser
