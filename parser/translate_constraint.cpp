// Table constraints: canonical definition text and PostgreSQL's implicit names.
//
// Implicit names follow PostgreSQL 15: PRIMARY KEY, UNIQUE and EXCLUDE constraints are
// named after their index (ChooseRelationName: must not clash with a relation nor with a
// constraint of the schema), CHECK and FOREIGN KEY constraints by ChooseConstraintName
// (must not clash with any constraint of the schema: pg_constraint is searched by name and
// namespace, not by table).
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

schema::ConstraintKind kind_of(PgQuery__ConstrType type) {
  switch (type) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY: return schema::ConstraintKind::primary_key;
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE: return schema::ConstraintKind::unique;
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: return schema::ConstraintKind::foreign_key;
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION: return schema::ConstraintKind::exclude;
    default: return schema::ConstraintKind::check;
  }
}

// The IndexElem of each EXCLUDE element (a two-item list: element, operator).
std::vector<PgQuery__Node*> exclusion_elements(const PgQuery__Constraint* constraint) {
  std::vector<PgQuery__Node*> elements;
  for (std::size_t i = 0; i < constraint->n_exclusions; ++i) {
    const PgQuery__Node* pair = constraint->exclusions[i];
    if (pair->node_case == PG_QUERY__NODE__NODE_LIST && pair->list->n_items > 0)
      elements.push_back(pair->list->items[0]);
  }
  return elements;
}

std::string choose_constraint_name(Context& context, const schema::QualifiedName& table,
                                   const PgQuery__Constraint* constraint,
                                   schema::ConstraintKind kind) {
  const std::string& schema_name = table.schema;
  auto relation_taken = [&](const std::string& name) {
    return context.relation_exists({schema_name, name}) ||
           context.constraint_name_used(schema_name, name);
  };
  auto constraint_taken = [&](const std::string& name) {
    return context.constraint_name_used(schema_name, name);
  };
  switch (kind) {
    case schema::ConstraintKind::primary_key:
      return schema::choose_name(table.name, "", "pkey", relation_taken);
    case schema::ConstraintKind::unique: {
      const auto names = index_column_names(constraint->keys, constraint->n_keys,
                                            constraint->including, constraint->n_including);
      return schema::choose_name(table.name, schema::join_column_names(names), "key",
                                 relation_taken);
    }
    case schema::ConstraintKind::exclude: {
      auto elements = exclusion_elements(constraint);
      const auto names = index_column_names(elements.data(), elements.size(),
                                            constraint->including, constraint->n_including);
      return schema::choose_name(table.name, schema::join_column_names(names), "excl",
                                 relation_taken);
    }
    case schema::ConstraintKind::foreign_key: {
      const auto columns = str_list(constraint->fk_attrs, constraint->n_fk_attrs);
      return schema::choose_name(table.name, schema::join_column_names(columns), "fkey",
                                 constraint_taken);
    }
    case schema::ConstraintKind::check: {
      // AddRelationNewConstraints: named after the column when exactly one is used.
      const auto columns = referenced_columns(&constraint->raw_expr->base);
      return schema::choose_name(table.name, columns.size() == 1 ? columns[0] : "", "check",
                                 constraint_taken);
    }
  }
  return {};
}

bool explicit_name_taken(Context& context, const schema::QualifiedName& table,
                         const schema::Table& target, const std::string& name,
                         schema::ConstraintKind kind) {
  const bool has_index = kind == schema::ConstraintKind::primary_key ||
                         kind == schema::ConstraintKind::unique ||
                         kind == schema::ConstraintKind::exclude;
  if (has_index && context.relation_exists({table.schema, name})) return true;
  return std::any_of(target.constraints.begin(), target.constraints.end(),
                     [&](const schema::Constraint& c) { return c.name == name; });
}

// ADD CONSTRAINT ... PRIMARY KEY / UNIQUE USING INDEX idx: the unique index becomes the
// constraint's index (and takes its name), so it leaves the catalog's plain indexes and
// the constraint gets the index's columns. False after a diagnostic.
bool adopt_index(Context& context, const schema::QualifiedName& table, PgQuery__Constraint* node) {
  const schema::QualifiedName index_name{table.schema, node->indexname};
  auto found = context.catalog().indexes.find(index_name);
  if (found == context.catalog().indexes.end() || !(found->second.table == table)) {
    context.error("undefined-object", "index \"" + display_name(index_name) + "\" does not exist",
                  node->location);
    return false;
  }
  const std::string sql = "CREATE INDEX x ON " + found->second.definition;
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(sql.c_str());
  if (parsed.error != nullptr) {
    pg_query_free_protobuf_parse_result(parsed);
    throw schema::InternalError("cannot reparse index definition: " + found->second.definition);
  }
  PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
      context.arena().allocator(), parsed.parse_tree.len,
      reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
  pg_query_free_protobuf_parse_result(parsed);
  const PgQuery__IndexStmt* index = tree->stmts[0]->stmt->index_stmt;
  const bool plain = found->second.unique && index->where_clause == nullptr &&
                     std::string_view(index->access_method) == "btree" &&
                     std::all_of(index->index_params, index->index_params + index->n_index_params,
                                 [](const PgQuery__Node* param) {
                                   const PgQuery__IndexElem* element = param->index_elem;
                                   return element->name != nullptr && element->name[0] != '\0' &&
                                          element->n_opclass == 0 && element->n_collation == 0 &&
                                          element->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DEFAULT &&
                                          element->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_DEFAULT;
                                 });
  if (!plain) {
    context.error("unsupported-feature",
                  "USING INDEX needs a plain unique btree index on columns (\"" + index_name.name + "\" is not)",
                  node->location);
    return false;
  }
  ProtoArena& arena = context.arena();
  node->n_keys = index->n_index_params;
  node->keys = arena.node_array(node->n_keys);
  for (std::size_t i = 0; i < node->n_keys; ++i)
    node->keys[i] = make_string_node(arena, index->index_params[i]->index_elem->name);
  node->n_including = index->n_index_including_params;
  node->including = arena.node_array(node->n_including);
  for (std::size_t i = 0; i < node->n_including; ++i)
    node->including[i] = make_string_node(arena, index->index_including_params[i]->index_elem->name);
  if (node->conname == nullptr || node->conname[0] == '\0') node->conname = arena.str(index_name.name);
  node->indexname = empty_str();
  context.catalog().indexes.erase(found);
  return true;
}

}  // namespace

void add_table_constraint(Context& context, const schema::QualifiedName& table_name,
                          PgQuery__Constraint* node, const std::string* column) {
  schema::Table& table = context.catalog().tables.at(table_name);
  const schema::ConstraintKind kind = kind_of(node->contype);
  ProtoArena& arena = context.arena();

  if (node->indexname != nullptr && node->indexname[0] != '\0' && !adopt_index(context, table_name, node))
    return;
  if (node->indexspace != nullptr && node->indexspace[0] != '\0')
    return context.error("unsupported-feature", "USING INDEX TABLESPACE is not supported",
                         node->location);

  // A column constraint means the same as the table constraint on that column.
  if (column != nullptr) {
    if (kind == schema::ConstraintKind::primary_key || kind == schema::ConstraintKind::unique) {
      node->n_keys = 1;
      node->keys = arena.node_array(1);
      node->keys[0] = make_string_node(arena, *column);
    } else if (kind == schema::ConstraintKind::foreign_key) {
      node->n_fk_attrs = 1;
      node->fk_attrs = arena.node_array(1);
      node->fk_attrs[0] = make_string_node(arena, *column);
    }
  }

  schema::Constraint constraint;
  constraint.kind = kind;
  constraint.not_valid = node->skip_validation;
  if (node->conname != nullptr && node->conname[0] != '\0') {
    constraint.name = node->conname;
    if (explicit_name_taken(context, table_name, table, constraint.name, kind))
      return context.error("duplicate-object",
                           "constraint \"" + constraint.name + "\" of relation \"" +
                               display_name(table_name) + "\" already exists",
                           node->location);
  } else {
    constraint.name = choose_constraint_name(context, table_name, node, kind);
  }

  bool pending_pk = false;
  switch (kind) {
    case schema::ConstraintKind::primary_key:
    case schema::ConstraintKind::unique:
      constraint.columns = str_list(node->keys, node->n_keys);
      break;
    case schema::ConstraintKind::exclude:
      for (PgQuery__Node* element : exclusion_elements(node)) {
        if (element->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM) canonicalize_index_element(element->index_elem);
        if (element->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM &&
            element->index_elem->name != nullptr && element->index_elem->name[0] != '\0')
          constraint.columns.emplace_back(element->index_elem->name);
        collect_refs(&element->base, constraint.refs);
      }
      if (node->where_clause != nullptr) {
        canonicalize_expr(arena, node->where_clause);
        collect_refs(&node->where_clause->base, constraint.refs);
      }
      break;
    case schema::ConstraintKind::foreign_key:
      qualify_range_var(arena, node->pktable);
      constraint.columns = str_list(node->fk_attrs, node->n_fk_attrs);
      constraint.referenced_table = qualified_from_range_var(node->pktable);
      if (node->n_pk_attrs == 0) {
        node->n_pk_attrs = 1;
        node->pk_attrs = arena.node_array(1);
        node->pk_attrs[0] = make_string_node(arena, k_pk_placeholder);
        pending_pk = true;
      }
      break;
    case schema::ConstraintKind::check:
      canonicalize_expr(arena, node->raw_expr);
      add_column_casts(arena, node->raw_expr, schema::with_inherited_columns(context.catalog(), table));
      collect_refs(&node->raw_expr->base, constraint.refs);
      break;
  }

  canonicalize_options(arena, node->options, node->n_options);
  node->conname = empty_str();
  node->skip_validation = false;
  node->initially_valid = false;
  constraint.definition = deparse_table_constraint(node);

  if (kind == schema::ConstraintKind::primary_key) {
    // PostgreSQL marks primary key columns NOT NULL.
    for (auto& table_column : table.columns)
      if (std::find(constraint.columns.begin(), constraint.columns.end(), table_column.name) !=
          constraint.columns.end())
        table_column.not_null = true;
  }
  if (pending_pk)
    context.session().pending_foreign_keys.push_back(
        {table_name, constraint.name, *constraint.referenced_table, context.where(node->location)});
  if (kind == schema::ConstraintKind::primary_key || kind == schema::ConstraintKind::unique ||
      kind == schema::ConstraintKind::exclude)
    context.session().constraint_indexes.insert({table_name.schema, constraint.name});
  context.session().constraint_names.insert({table_name.schema, constraint.name});
  table.constraints.push_back(std::move(constraint));
  sort_constraints(table);
}

void attach_constraint_attributes(PgQuery__Node** constraints, std::size_t count) {
  PgQuery__Constraint* previous = nullptr;
  for (std::size_t i = 0; i < count; ++i) {
    if (constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
    PgQuery__Constraint* constraint = constraints[i]->constraint;
    switch (constraint->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
        if (previous != nullptr) previous->deferrable = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
        if (previous != nullptr) previous->deferrable = false;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
        if (previous != nullptr) previous->initdeferred = previous->deferrable = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE:
        if (previous != nullptr) previous->initdeferred = false;
        break;
      default:
        previous = constraint;
    }
  }
}

void sort_constraints(schema::Table& table) {
  std::stable_sort(table.constraints.begin(), table.constraints.end(),
                   [](const schema::Constraint& a, const schema::Constraint& b) {
                     return a.name < b.name;
                   });
}

void finish_session(Session& session, schema::Diagnostics& diagnostics) {
  for (const PendingForeignKey& pending : session.pending_foreign_keys) {
    auto table = session.catalog.tables.find(pending.table);
    if (table == session.catalog.tables.end()) continue;
    auto constraint = std::find_if(table->second.constraints.begin(), table->second.constraints.end(),
                                   [&](const schema::Constraint& c) { return c.name == pending.constraint; });
    if (constraint == table->second.constraints.end()) continue;
    const auto target = session.catalog.tables.find(pending.target);
    const schema::Constraint* primary_key = nullptr;
    if (target != session.catalog.tables.end())
      for (const auto& candidate : target->second.constraints)
        if (candidate.kind == schema::ConstraintKind::primary_key) primary_key = &candidate;
    if (primary_key == nullptr) {
      const std::string message =
          target == session.catalog.tables.end()
              ? "relation \"" + display_name(pending.target) + "\" does not exist"
              : "there is no primary key for referenced table \"" + display_name(pending.target) + "\"";
      diagnostics.push_back({schema::Severity::error, "undefined-object", message, pending.location});
      continue;
    }
    std::string columns;
    for (const auto& name : primary_key->columns) {
      if (!columns.empty()) columns += ", ";
      columns += schema::quote_ident(name);
    }
    std::string& definition = constraint->definition;
    const std::size_t at = definition.find(k_pk_placeholder);
    if (at != std::string::npos) definition.replace(at, k_pk_placeholder.size(), columns);
  }
  session.pending_foreign_keys.clear();
}

}  // namespace pgmorph::parser
