#include "parser/implicit_casts.hpp"

#include <algorithm>
#include <string_view>

namespace pgmorph::parser {

namespace {

enum class Family { none, text, varchar, numeric, float8, float4 };

// The family of a canonical column type (parser/types.hpp spellings).
Family family_of(std::string_view type) {
  if (type == "text") return Family::text;
  if (type == "character varying" || type.starts_with("character varying(")) return Family::varchar;
  if (type == "numeric" || type.starts_with("numeric(")) return Family::numeric;
  if (type == "double precision") return Family::float8;
  if (type == "real") return Family::float4;
  return Family::none;
}

// The type name the cast is written with, as canonicalize_type_name() spells it.
std::vector<std::string_view> cast_names(Family family) {
  switch (family) {
    case Family::text: return {"text"};
    case Family::varchar: return {"pg_catalog", "varchar"};
    case Family::numeric: return {"pg_catalog", "numeric"};
    case Family::float8: return {"pg_catalog", "float8"};
    case Family::float4: return {"pg_catalog", "float4"};
    case Family::none: break;
  }
  return {};
}

// Rewrites `node` in place into `node::<family type>`.
void wrap_in_cast(ProtoArena& arena, PgQuery__Node* node, Family family) {
  PgQuery__Node* inner = arena.make(*node);
  PgQuery__TypeName type_init = PG_QUERY__TYPE_NAME__INIT;
  PgQuery__TypeName* type = arena.make(type_init);
  const auto names = cast_names(family);
  type->n_names = names.size();
  type->names = arena.node_array(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) type->names[i] = make_string_node(arena, names[i]);
  type->typemod = -1;
  type->location = -1;
  PgQuery__TypeCast cast_init = PG_QUERY__TYPE_CAST__INIT;
  PgQuery__TypeCast* cast = arena.make(cast_init);
  cast->arg = inner;
  cast->type_name = type;
  cast->location = -1;
  node->node_case = PG_QUERY__NODE__NODE_TYPE_CAST;
  node->type_cast = cast;
}

bool is_string_literal(const PgQuery__Node* node) {
  return node != nullptr && node->node_case == PG_QUERY__NODE__NODE_A_CONST && !node->a_const->isnull &&
         node->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL;
}

bool is_non_negative_integer(const PgQuery__Node* node) {
  return node != nullptr && node->node_case == PG_QUERY__NODE__NODE_A_CONST && !node->a_const->isnull &&
         node->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL && node->a_const->ival->ival >= 0;
}

// The family of the table column `node` names (a one-part column reference).
Family column_family(const PgQuery__Node* node, const schema::Table& table) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF ||
      node->column_ref->n_fields != 1)
    return Family::none;
  const std::string_view name = str_val(node->column_ref->fields[0]);
  const auto column = std::find_if(table.columns.begin(), table.columns.end(),
                                   [&](const schema::Column& c) { return c.name == name; });
  return column == table.columns.end() ? Family::none : family_of(column->type);
}

bool is_comparison(std::string_view op) {
  return op == "=" || op == "<>" || op == "<" || op == "<=" || op == ">" || op == ">=";
}

// `column op literal` or `literal op column`.
void cast_comparison(ProtoArena& arena, PgQuery__AExpr* expr, const schema::Table& table) {
  if (expr->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP || expr->n_name != 1 ||
      !is_comparison(str_val(expr->name[0])) || expr->lexpr == nullptr || expr->rexpr == nullptr)
    return;
  for (auto [column, literal] : {std::pair{expr->lexpr, expr->rexpr}, std::pair{expr->rexpr, expr->lexpr}}) {
    const Family family = column_family(column, table);
    if (family == Family::none) continue;
    if (is_non_negative_integer(literal) &&
        (family == Family::numeric || family == Family::float8 || family == Family::float4)) {
      wrap_in_cast(arena, literal, family);
    } else if (is_string_literal(literal) && family == Family::text) {
      wrap_in_cast(arena, literal, Family::text);
    } else if (is_string_literal(literal) && family == Family::varchar) {
      // varchar has no operators of its own: both sides resolve to text.
      wrap_in_cast(arena, column, Family::text);
      wrap_in_cast(arena, literal, Family::text);
    }
    return;
  }
}

void cast_text_argument(ProtoArena& arena, PgQuery__FuncCall* call, const schema::Table& table) {
  if (call->n_funcname != 1 || call->n_args != 1 ||
      call->funcformat != PG_QUERY__COERCION_FORM__COERCE_EXPLICIT_CALL)
    return;
  const std::string_view name = str_val(call->funcname[0]);
  if (name != "char_length" && name != "character_length" && name != "length" && name != "lower" &&
      name != "upper")
    return;
  if (column_family(call->args[0], table) == Family::varchar) wrap_in_cast(arena, call->args[0], Family::text);
}

}  // namespace

void cast_default_literal(ProtoArena& arena, PgQuery__Node* expr, const std::string& column_type) {
  const Family family = family_of(column_type);
  if ((family == Family::text || family == Family::varchar) && is_string_literal(expr))
    wrap_in_cast(arena, expr, family);
}

void add_column_casts(ProtoArena& arena, PgQuery__Node* expr, const schema::Table& table) {
  // Collect first, rewrite after: a rewrite adds nodes the walk must not visit again.
  std::vector<PgQuery__AExpr*> comparisons;
  std::vector<PgQuery__FuncCall*> calls;
  walk(&expr->base, [&](const ProtobufCMessage* message) {
    if (is_a(message, pg_query__a__expr__descriptor))
      comparisons.push_back(reinterpret_cast<PgQuery__AExpr*>(const_cast<ProtobufCMessage*>(message)));
    else if (is_a(message, pg_query__func_call__descriptor))
      calls.push_back(reinterpret_cast<PgQuery__FuncCall*>(const_cast<ProtobufCMessage*>(message)));
    return true;
  });
  for (PgQuery__AExpr* comparison : comparisons) cast_comparison(arena, comparison, table);
  for (PgQuery__FuncCall* call : calls) cast_text_argument(arena, call, table);
}

}  // namespace pgmorph::parser
