// Column definitions (CREATE TABLE elements and ALTER TABLE ADD COLUMN): type, NOT NULL,
// DEFAULT, identity, generated, collation, and serial expansion.
#include "parser/column.hpp"

#include "parser/expr.hpp"
#include "parser/implicit_casts.hpp"
#include "parser/parens.hpp"
#include "parser/refs.hpp"
#include "parser/types.hpp"
#include "schema/names.hpp"
#include "schema/naming.hpp"

namespace pgmorph::parser {

namespace {

// Parses `text` as an expression and returns its canonical form (used for the default
// PostgreSQL generates for serial columns, so it matches the spelling pg_dump writes).
std::string canonical_text(Context& context, const std::string& text,
                           std::vector<schema::ObjectRef>& refs) {
  const std::string sql = "SELECT " + text;
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(sql.c_str());
  if (parsed.error != nullptr) {
    pg_query_free_protobuf_parse_result(parsed);
    throw schema::InternalError("cannot parse generated expression: " + text);
  }
  PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
      context.arena().allocator(), parsed.parse_tree.len,
      reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
  pg_query_free_protobuf_parse_result(parsed);
  PgQuery__Node* expr = tree->stmts[0]->stmt->select_stmt->target_list[0]->res_target->val;
  return canonical_default(context, expr, refs);
}

// `DEFAULT NULL` (possibly cast): PostgreSQL stores no default at all for it.
bool is_null_constant(const PgQuery__Node* expr) {
  while (expr != nullptr && expr->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) expr = expr->type_cast->arg;
  return expr != nullptr && expr->node_case == PG_QUERY__NODE__NODE_A_CONST && expr->a_const->isnull;
}

}  // namespace

bool is_null_default(const PgQuery__Node* expr) { return is_null_constant(expr); }

bool keeps_null_default(const std::string& type) {
  // PostgreSQL skips the pg_attrdef entry only when the coerced default is a bare NULL
  // constant. A type modifier (varchar(16), numeric(10,2), timestamp(3)) needs a length
  // coercion call, so `DEFAULT NULL` is stored (as `NULL::character varying`, ...).
  return type.find('(') != std::string::npos;
}

std::string canonical_expression_text(Context& context, PgQuery__Node* expr,
                                      std::vector<schema::ObjectRef>& refs) {
  std::vector<schema::QualifiedName> sequences;
  canonicalize_expr(context.arena(), expr, &sequences);
  collect_refs(&expr->base, refs);
  for (const auto& sequence : sequences) add_ref(refs, schema::RefKind::relation, sequence);
  return deparse_expr(expr);
}

std::string canonical_default(Context& context, PgQuery__Node* expr,
                              std::vector<schema::ObjectRef>& refs) {
  std::string text = canonical_expression_text(context, expr, refs);
  return is_b_expr_safe(expr) ? text : "(" + text + ")";
}

std::string collation_text(const PgQuery__CollateClause* clause) {
  std::vector<std::string> names = str_list(clause->collname, clause->n_collname);
  if (names.size() == 2 && names[0] == "pg_catalog") names.erase(names.begin());
  std::string text;
  for (const auto& name : names) {
    if (!text.empty()) text += '.';
    text += schema::quote_ident(name);
  }
  return text;
}

std::optional<schema::QualifiedName> collation_ref(const PgQuery__CollateClause* clause) {
  const std::vector<std::string> names = str_list(clause->collname, clause->n_collname);
  if (names.empty() || (names.size() == 2 && names[0] == "pg_catalog")) return std::nullopt;
  return qualified_from_parts(names);
}

std::optional<schema::Column> translate_column(Context& context, const schema::QualifiedName& table,
                                               PgQuery__ColumnDef* def, ColumnExtras& extras) {
  schema::Column column;
  column.name = def->colname;
  column.using_expr.text = using_hint(context, def->location);
  if (auto old = rename_hint(context, def->location, "", false)) column.renamed_from.text = old->name;
  if (def->type_name == nullptr) {
    context.error("unsupported-feature", "columns without a type are not supported", def->location);
    return std::nullopt;
  }
  if (def->type_name->pct_type) {
    context.error("unsupported-feature", "%TYPE column types are not supported", def->type_name->location);
    return std::nullopt;
  }

  const std::optional<std::string> serial_type = serial_base_type(def->type_name);
  if (serial_type) {
    // PostgreSQL expands serial into integer NOT NULL DEFAULT nextval(...) plus an owned
    // sequence whose name is chosen now, avoiding every existing relation name.
    column.type = *serial_type;
    column.not_null = true;
    const std::string sequence_name =
        schema::choose_name(table.name, column.name, "seq", [&](const std::string& candidate) {
          return context.relation_exists({table.schema, candidate});
        });
    schema::Sequence sequence = default_sequence({table.schema, sequence_name}, *serial_type);
    sequence.owned_by_table = table;
    sequence.owned_by_column = column.name;
    // PostgreSQL gives the sequence the table's owner (unset while CREATE TABLE runs).
    if (auto owner = context.catalog().tables.find(table); owner != context.catalog().tables.end())
      sequence.owner = owner->second.owner;
    context.catalog().sequences.emplace(sequence.name, sequence);
    column.default_expr = canonical_text(
        context, "nextval(" + schema::quote_literal(schema::quote_qualified(sequence.name)) + "::regclass)",
        column.refs);
  } else {
    const CanonicalType type = canonical_type(def->type_name);
    column.type = type.text;
    if (type.user_type) add_ref(column.refs, schema::RefKind::type, *type.user_type);
  }
  if (def->compression != nullptr && def->compression[0] != '\0' &&
      !apply_column_compression(context, column, def->compression, def->location))
    return std::nullopt;
  if (def->storage != nullptr && def->storage[0] != '\0' &&
      !apply_column_storage(context, column, def->storage, def->location))
    return std::nullopt;
  if (def->is_not_null) column.not_null = true;
  if (def->coll_clause != nullptr) {
    column.collation = collation_text(def->coll_clause);
    if (auto ref = collation_ref(def->coll_clause)) add_ref(column.refs, schema::RefKind::collation, *ref);
  }
  if (def->raw_default != nullptr) {
    cast_default_literal(context.arena(), def->raw_default, column.type);
    column.default_expr = canonical_default(context, def->raw_default, column.refs);
  }

  attach_constraint_attributes(def->constraints, def->n_constraints);
  for (std::size_t i = 0; i < def->n_constraints; ++i) {
    if (def->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
    PgQuery__Constraint* constraint = def->constraints[i]->constraint;
    switch (constraint->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
        column.not_null = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
        if (serial_type) {
          context.error("unsupported-feature", "a serial column cannot have a DEFAULT", constraint->location);
          return std::nullopt;
        }
        if (is_null_constant(constraint->raw_expr) && !keeps_null_default(column.type))
          column.default_expr.reset();
        else {
          cast_default_literal(context.arena(), constraint->raw_expr, column.type);
          column.default_expr = canonical_default(context, constraint->raw_expr, column.refs);
        }
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
        if (!apply_identity(context, column, constraint)) return std::nullopt;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
        column.generated_expr = canonical_expression_text(context, constraint->raw_expr, column.refs);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
      case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
      case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
      case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
        extras.constraints.push_back({constraint, column.name});
        break;
      default:
        break;  // attribute pseudo-constraints, already attached above
    }
  }
  return column;
}

}  // namespace pgmorph::parser
