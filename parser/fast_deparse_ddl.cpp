// Fast printing of table constraints and index statements (see fast_deparse.hpp).
#include "parser/fast_deparse.hpp"

#include "parser/fast_deparse_parts.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

using namespace fast;

namespace {

bool append_name_list(std::string& out, PgQuery__Node* const* names, std::size_t count) {
  out += '(';
  for (std::size_t i = 0; i < count; ++i) {
    if (names[i]->node_case != PG_QUERY__NODE__NODE_STRING) return false;
    if (i > 0) out += ", ";
    out += schema::quote_ident(str_val(names[i]));
  }
  out += ')';
  return true;
}

bool append_fk_action(std::string& out, const char* action, std::string_view event) {
  const std::string_view code = action != nullptr ? action : "";
  if (code.empty() || code == "a") return true;  // NO ACTION, the default, is not printed
  out += " ON ";
  out += event;
  if (code == "r") out += " RESTRICT";
  else if (code == "c") out += " CASCADE";
  else if (code == "n") out += " SET NULL";
  else if (code == "d") out += " SET DEFAULT";
  else return false;
  return true;
}

bool append_foreign_key(std::string& out, const PgQuery__Constraint* constraint) {
  const PgQuery__RangeVar* table = constraint->pktable;
  if (constraint->n_fk_attrs == 0 || table == nullptr || table->alias != nullptr ||
      (table->catalogname != nullptr && table->catalogname[0] != '\0') || !table->inh ||
      constraint->n_fk_del_set_cols != 0 || table->relname == nullptr)
    return false;
  out += "FOREIGN KEY ";
  if (!append_name_list(out, constraint->fk_attrs, constraint->n_fk_attrs)) return false;
  out += " REFERENCES ";
  if (table->schemaname != nullptr && table->schemaname[0] != '\0') {
    out += schema::quote_ident(table->schemaname);
    out += '.';
  }
  out += schema::quote_ident(table->relname);
  if (constraint->n_pk_attrs > 0) {
    out += ' ';
    if (!append_name_list(out, constraint->pk_attrs, constraint->n_pk_attrs)) return false;
  }
  const std::string_view match = constraint->fk_matchtype != nullptr ? constraint->fk_matchtype : "";
  if (match == "f") out += " MATCH FULL";
  else if (!match.empty() && match != "s") return false;
  return append_fk_action(out, constraint->fk_upd_action, "UPDATE") &&
         append_fk_action(out, constraint->fk_del_action, "DELETE");
}


// One index element: a column name, or a function call (printed bare, as the grammar
// allows a call there), then opclass, ordering and NULLS placement, each after a space
// (see ParenGuard for how the libpg_query side gets the same spaces).
bool append_index_element(std::string& out, const PgQuery__Node* node) {
  if (node->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM) return false;
  const PgQuery__IndexElem* element = node->index_elem;
  if (!is_empty(element->indexcolname) || element->n_collation != 0 || element->n_opclassopts != 0)
    return false;
  if (!is_empty(element->name)) {
    if (element->expr != nullptr) return false;
    out += schema::quote_ident(element->name);
  } else if (element->expr == nullptr || element->expr->node_case != PG_QUERY__NODE__NODE_FUNC_CALL ||
             !append_func_call(out, element->expr->func_call)) {
    return false;
  }
  for (std::size_t i = 0; i < element->n_opclass; ++i) {
    const std::string_view part = str_val(element->opclass[i]);
    if (part.empty() || !is_plain_name(part)) return false;
    out += i == 0 ? ' ' : '.';
    out += part;
  }
  switch (element->ordering) {
    case PG_QUERY__SORT_BY_DIR__SORTBY_DEFAULT: break;
    case PG_QUERY__SORT_BY_DIR__SORTBY_ASC: out += " ASC"; break;
    case PG_QUERY__SORT_BY_DIR__SORTBY_DESC: out += " DESC"; break;
    default: return false;
  }
  switch (element->nulls_ordering) {
    case PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_DEFAULT: break;
    case PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST: out += " NULLS FIRST"; break;
    case PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST: out += " NULLS LAST"; break;
    default: return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> fast_deparse_constraint(const PgQuery__Constraint* constraint) {
  if (!is_empty(constraint->conname) || constraint->n_including != 0 || constraint->n_options != 0 ||
      !is_empty(constraint->indexname) || !is_empty(constraint->indexspace) ||
      constraint->skip_validation || constraint->where_clause != nullptr ||
      constraint->n_exclusions != 0)
    return std::nullopt;
  std::string out;
  bool ok = false;
  switch (constraint->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
      out += "CHECK (";
      ok = append_condition(out, constraint->raw_expr);
      out += ')';
      if (constraint->is_no_inherit) out += " NO INHERIT";
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
      out += "PRIMARY KEY ";
      ok = constraint->n_keys > 0 && append_name_list(out, constraint->keys, constraint->n_keys);
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
      out += "UNIQUE ";
      ok = constraint->n_keys > 0 && append_name_list(out, constraint->keys, constraint->n_keys);
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
      ok = append_foreign_key(out, constraint);
      break;
    default:
      return std::nullopt;
  }
  if (!ok) return std::nullopt;
  if (constraint->deferrable) out += " DEFERRABLE";
  if (constraint->initdeferred) out += " INITIALLY DEFERRED";
  return out;
}

std::optional<std::string> fast_deparse_index(const PgQuery__IndexStmt* stmt) {
  const PgQuery__RangeVar* table = stmt->relation;
  if (!is_empty(stmt->idxname) || table == nullptr || !table->inh || table->alias != nullptr ||
      !is_empty(table->catalogname) || is_empty(table->schemaname) || is_empty(table->relname) ||
      !is_empty(stmt->table_space) || stmt->n_options != 0 || stmt->n_exclude_op_names != 0 ||
      stmt->nulls_not_distinct || stmt->primary || stmt->isconstraint || stmt->deferrable ||
      stmt->initdeferred || stmt->concurrent || stmt->if_not_exists || stmt->n_index_params == 0 ||
      is_empty(stmt->access_method) || !is_plain_name(stmt->access_method))
    return std::nullopt;
  std::string out = stmt->unique ? "CREATE UNIQUE INDEX ON " : "CREATE INDEX ON ";
  out += schema::quote_ident(table->schemaname);
  out += '.';
  out += schema::quote_ident(table->relname);
  out += " USING ";
  out += stmt->access_method;
  out += " (";
  for (std::size_t i = 0; i < stmt->n_index_params; ++i) {
    if (i > 0) out += ", ";
    if (!append_index_element(out, stmt->index_params[i])) return std::nullopt;
  }
  out += ')';
  for (std::size_t i = 0; i < stmt->n_index_including_params; ++i) {
    // INCLUDE columns are IndexElems that carry only a name.
    const PgQuery__Node* node = stmt->index_including_params[i];
    if (node->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM || is_empty(node->index_elem->name) ||
        node->index_elem->expr != nullptr || node->index_elem->n_opclass != 0 ||
        node->index_elem->n_collation != 0)
      return std::nullopt;
    out += i == 0 ? " INCLUDE (" : ", ";
    out += schema::quote_ident(node->index_elem->name);
    if (i + 1 == stmt->n_index_including_params) out += ')';
  }
  if (stmt->where_clause != nullptr) {
    out += " WHERE ";
    if (!append_condition(out, stmt->where_clause)) return std::nullopt;
  }
  return out;
}

}  // namespace pgmorph::parser
