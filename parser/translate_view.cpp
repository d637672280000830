// CREATE [OR REPLACE] VIEW and CREATE MATERIALIZED VIEW.
#include <cctype>

#include "parser/expr.hpp"
#include "parser/translate.hpp"
#include "parser/refs.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

// Storage options as pg_class.reloptions shows them (`name=value`, comma separated), with
// check_option moved to its own field.
void read_options(PgQuery__Node** options, std::size_t count, schema::View& view) {
  for (std::size_t i = 0; i < count; ++i) {
    const PgQuery__DefElem* option = options[i]->def_elem;
    std::string value = storage_option_value(option->arg);
    if (std::string_view(option->defname) == "check_option") {
      for (char& c : value) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      view.check_option = value;
      continue;
    }
    if (value == "on") value = "true";
    if (value == "off") value = "false";
    if (!view.options.empty()) view.options += ", ";
    view.options += std::string(option->defname) + "=" + value;
  }
}

std::string view_query(Context& context, PgQuery__Node* query, schema::View& view) {
  const auto ctes = collect_cte_names(&query->base);
  canonicalize_expr(context.arena(), query);
  collect_refs(&query->base, view.refs, ctes);
  return deparse_statement(query);
}

bool relation_taken(Context& context, const schema::QualifiedName& name, bool replace_view) {
  if (replace_view && context.catalog().views.count(name) != 0 &&
      !context.catalog().views.at(name).materialized)
    return false;
  return context.relation_exists(name) || context.type_name_taken(name);
}

}  // namespace

void translate_create_view(Context& context, PgQuery__ViewStmt* stmt) {
  if (std::string_view(stmt->view->relpersistence) == "t")
    return context.error("unsupported-feature", "temporary views are not supported", stmt->view->location);
  schema::View view;
  view.name = qualified_from_range_var(stmt->view);
  if (relation_taken(context, view.name, stmt->replace))
    return context.error("duplicate-object", "relation \"" + display_name(view.name) + "\" already exists",
                         stmt->view->location);
  view.column_names = str_list(stmt->aliases, stmt->n_aliases);
  read_options(stmt->options, stmt->n_options, view);
  if (stmt->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION) view.check_option = "LOCAL";
  if (stmt->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION) view.check_option = "CASCADED";
  view.query = view_query(context, stmt->query, view);
  // OR REPLACE keeps the view's owner, privileges and comment.
  if (auto old = context.catalog().views.find(view.name); old != context.catalog().views.end()) {
    view.owner = old->second.owner;
    view.grants = old->second.grants;
    view.comment = old->second.comment;
  }
  context.catalog().views.insert_or_assign(view.name, std::move(view));
}

void translate_create_table_as(Context& context, PgQuery__CreateTableAsStmt* stmt) {
  if (stmt->is_select_into) return context.error("unsupported-statement", "SELECT INTO is not supported");
  if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW)
    return context.error("unsupported-statement", "CREATE TABLE AS is not supported");
  PgQuery__IntoClause* into = stmt->into;
  if (into->table_space_name != nullptr && into->table_space_name[0] != '\0')
    return context.error("unsupported-feature", "TABLESPACE is not supported", into->rel->location);
  if (into->access_method != nullptr && into->access_method[0] != '\0' &&
      std::string_view(into->access_method) != "heap")
    return context.error("unsupported-feature", "table access methods are not supported", into->rel->location);
  schema::View view;
  view.name = qualified_from_range_var(into->rel);
  view.materialized = true;
  if (context.relation_exists(view.name) || context.type_name_taken(view.name)) {
    if (stmt->if_not_exists) return;
    return context.error("duplicate-object", "relation \"" + display_name(view.name) + "\" already exists",
                         into->rel->location);
  }
  view.column_names = str_list(into->col_names, into->n_col_names);
  read_options(into->options, into->n_options, view);
  view.with_no_data = into->skip_data;
  view.query = view_query(context, stmt->query, view);
  context.catalog().views.emplace(view.name, std::move(view));
}

}  // namespace pgmorph::parser
