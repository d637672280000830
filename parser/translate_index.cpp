// CREATE INDEX, and PostgreSQL's implicit index column names (shared with constraints).
#include <algorithm>

#include "parser/expr.hpp"
#include "parser/implicit_casts.hpp"
#include "schema/inheritance.hpp"
#include "parser/refs.hpp"
#include "parser/translate.hpp"
#include "schema/names.hpp"
#include "schema/naming.hpp"

namespace pgmorph::parser {

namespace {

// FigureColnameInternal() for the node kinds PostgreSQL names; 0-length when none.
std::string figure_colname(const PgQuery__Node* node) {
  if (node == nullptr) return {};
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF: {
      const PgQuery__ColumnRef* ref = node->column_ref;
      if (ref->n_fields == 0) return {};
      return std::string(str_val(ref->fields[ref->n_fields - 1]));
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL: {
      const PgQuery__FuncCall* call = node->func_call;
      return call->n_funcname == 0 ? std::string() : std::string(str_val(call->funcname[call->n_funcname - 1]));
    }
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
      std::string name = figure_colname(node->type_cast->arg);
      const PgQuery__TypeName* type = node->type_cast->type_name;
      if (name.empty() && type != nullptr && type->n_names > 0)
        name = std::string(str_val(type->names[type->n_names - 1]));
      return name;
    }
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: return figure_colname(node->collate_clause->arg);
    case PG_QUERY__NODE__NODE_A_EXPR:
      return node->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF ? "nullif" : "";
    case PG_QUERY__NODE__NODE_CASE_EXPR: return "case";
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: return "array";
    case PG_QUERY__NODE__NODE_ROW_EXPR: return "row";
    case PG_QUERY__NODE__NODE_COALESCE_EXPR: return "coalesce";
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
      return node->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? "greatest" : "least";
    default: return {};
  }
}

bool is_table_like(Context& context, const schema::QualifiedName& name) {
  if (context.catalog().tables.count(name) != 0) return true;
  auto view = context.catalog().views.find(name);
  return view != context.catalog().views.end() && view->second.materialized;
}

}  // namespace

std::vector<std::string> index_column_names(PgQuery__Node** params, std::size_t count,
                                            PgQuery__Node** including, std::size_t n_including) {
  std::vector<std::string> names;
  auto add = [&](const PgQuery__Node* param) {
    std::string name;
    if (param->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM) {
      const PgQuery__IndexElem* element = param->index_elem;
      if (element->indexcolname != nullptr && element->indexcolname[0] != '\0') name = element->indexcolname;
      else if (element->name != nullptr && element->name[0] != '\0') name = element->name;
      else name = figure_colname(element->expr);
    } else {
      name = std::string(str_val(param));  // constraint key lists are plain names
    }
    if (name.empty()) name = "expr";
    // Make the name unique among the index's columns, as PostgreSQL does.
    std::string candidate = name;
    for (int suffix = 1; std::find(names.begin(), names.end(), candidate) != names.end(); ++suffix)
      candidate = schema::make_object_name(name, "", std::to_string(suffix));
    names.push_back(candidate);
  };
  for (std::size_t i = 0; i < count; ++i) add(params[i]);
  for (std::size_t i = 0; i < n_including; ++i) add(including[i]);
  return names;
}

void translate_create_index(Context& context, PgQuery__IndexStmt* stmt) {
  ProtoArena& arena = context.arena();
  if (stmt->table_space != nullptr && stmt->table_space[0] != '\0')
    return context.error("unsupported-feature", "index TABLESPACE is not supported", stmt->relation->location);
  qualify_range_var(arena, stmt->relation);
  const schema::QualifiedName table = qualified_from_range_var(stmt->relation);
  if (!is_table_like(context, table)) {
    if (context.failed(table)) return;
    return context.error("undefined-object", "relation \"" + display_name(table) + "\" does not exist",
                         stmt->relation->location);
  }

  // pg_get_indexdef prints an index of a partitioned table `ON ONLY t` (as pg_dump writes
  // it, before attaching the partitions' indexes). The model keeps the index that cascades
  // to every partition, so both spellings are one index.
  if (!stmt->relation->inh) {
    auto found = context.catalog().tables.find(table);
    if (found != context.catalog().tables.end() && !found->second.partition_key.empty()) stmt->relation->inh = true;
  }

  schema::Index index;
  index.table = table;
  index.unique = stmt->unique;
  index.key_names = index_column_names(stmt->index_params, stmt->n_index_params,
                                       stmt->index_including_params, stmt->n_index_including_params);
  if (stmt->idxname != nullptr && stmt->idxname[0] != '\0') {
    index.name = {table.schema, stmt->idxname};
    if (context.relation_exists(index.name)) {
      if (stmt->if_not_exists) return;
      return context.error("duplicate-object", "relation \"" + display_name(index.name) + "\" already exists");
    }
  } else {
    // ChooseIndexName(): plain indexes, unique or not, take the `idx` label.
    index.name = {table.schema,
                  schema::choose_name(table.name, schema::join_column_names(index.key_names), "idx",
                                      [&](const std::string& candidate) {
                                        return context.relation_exists({table.schema, candidate});
                                      })};
  }

  const auto owner = context.catalog().tables.find(table);
  std::optional<schema::Table> owner_columns;  // a child's inherited columns included
  if (owner != context.catalog().tables.end())
    owner_columns = schema::with_inherited_columns(context.catalog(), owner->second);
  const schema::Table* owner_table = owner_columns ? &*owner_columns : nullptr;
  for (std::size_t i = 0; i < stmt->n_index_params; ++i) {
    PgQuery__IndexElem* element = stmt->index_params[i]->index_elem;
    canonicalize_index_element(element);
    if (element->expr != nullptr) {
      canonicalize_expr(arena, element->expr);
      if (owner_table != nullptr) add_column_casts(arena, element->expr, *owner_table);
      collect_refs(&element->expr->base, index.refs);
    }
  }
  if (stmt->where_clause != nullptr) {
    canonicalize_expr(arena, stmt->where_clause);
    if (owner_table != nullptr) add_column_casts(arena, stmt->where_clause, *owner_table);
    collect_refs(&stmt->where_clause->base, index.refs);
  }
  canonicalize_options(arena, stmt->options, stmt->n_options);
  stmt->idxname = empty_str();
  stmt->concurrent = false;
  stmt->if_not_exists = false;
  if (stmt->access_method == nullptr || stmt->access_method[0] == '\0') stmt->access_method = arena.str("btree");
  const std::string text = deparse_index_statement(stmt);
  const std::string prefix = stmt->unique ? "CREATE UNIQUE INDEX ON " : "CREATE INDEX ON ";
  if (text.compare(0, prefix.size(), prefix) != 0) throw DeparseError("unexpected index text: " + text);
  index.definition = text.substr(prefix.size());
  context.catalog().indexes.emplace(index.name, std::move(index));
}

}  // namespace pgmorph::parser
