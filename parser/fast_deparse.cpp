#include "parser/fast_deparse.hpp"

#include <cstdlib>
#include <string_view>

#include "parser/fast_deparse_parts.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace fast {

bool is_plain_name(std::string_view name) { return schema::quote_ident(name) == name; }

bool is_empty(const char* text) { return text == nullptr || text[0] == '\0'; }

}  // namespace fast

using namespace fast;

namespace {

bool append_const(std::string& out, const PgQuery__AConst* constant, bool in_cast) {
  if (constant->isnull) {
    out += "NULL";
    return true;
  }
  switch (constant->val_case) {
    case PG_QUERY__A__CONST__VAL_IVAL:
      // The deparser wraps a negative constant in parentheses when it is cast.
      if (in_cast && constant->ival->ival < 0) return false;
      out += std::to_string(constant->ival->ival);
      return true;
    case PG_QUERY__A__CONST__VAL_FVAL: {
      const std::string_view value = constant->fval->fval != nullptr ? constant->fval->fval : "";
      if (value.empty() || (in_cast && value.front() == '-')) return false;
      out += value;
      return true;
    }
    case PG_QUERY__A__CONST__VAL_BOOLVAL:
      out += constant->boolval->boolval ? "true" : "false";
      return true;
    case PG_QUERY__A__CONST__VAL_SVAL: {
      const std::string_view value = constant->sval->sval != nullptr ? constant->sval->sval : "";
      // Backslashes make the deparser switch to E'' syntax; leave those to it.
      if (value.find('\\') != std::string_view::npos) return false;
      out += schema::quote_literal(value);
      return true;
    }
    default:
      return false;  // bit strings
  }
}

bool append_column_ref(std::string& out, const PgQuery__ColumnRef* ref) {
  if (ref->n_fields == 0) return false;
  for (std::size_t i = 0; i < ref->n_fields; ++i) {
    const PgQuery__Node* field = ref->fields[i];
    if (field->node_case != PG_QUERY__NODE__NODE_STRING) return false;  // `t.*`
    if (i > 0) out += '.';
    out += schema::quote_ident(str_val(field));
  }
  return true;
}

}  // namespace

bool fast::append_func_call(std::string& out, const PgQuery__FuncCall* call) {
  if (call->funcformat != PG_QUERY__COERCION_FORM__COERCE_EXPLICIT_CALL || call->n_agg_order != 0 ||
      call->agg_filter != nullptr || call->over != nullptr || call->agg_within_group ||
      call->agg_star || call->agg_distinct || call->func_variadic || call->n_funcname == 0)
    return false;
  for (std::size_t i = 0; i < call->n_funcname; ++i) {
    const std::string_view part = str_val(call->funcname[i]);
    if (part.empty() || !is_plain_name(part)) return false;
    if (i > 0) out += '.';
    out += part;
  }
  out += '(';
  for (std::size_t i = 0; i < call->n_args; ++i) {
    if (i > 0) out += ", ";
    if (!append_expr(out, call->args[i])) return false;
  }
  out += ')';
  return true;
}

namespace {

// The deparser's own spelling of the pg_catalog types it knows (no type modifiers).
std::string_view catalog_type_spelling(std::string_view name) {
  if (name == "bool") return "boolean";
  if (name == "int2") return "smallint";
  if (name == "int4") return "int";
  if (name == "int8") return "bigint";
  if (name == "float4") return "real";
  if (name == "float8") return "double precision";
  if (name == "varchar" || name == "numeric" || name == "timestamp" || name == "time" ||
      name == "interval")
    return name;
  if (name == "timestamptz") return "timestamp with time zone";
  if (name == "timetz") return "time with time zone";
  return {};
}

bool append_type_name(std::string& out, const PgQuery__TypeName* type) {
  if (type->setof || type->pct_type || type->n_typmods != 0 || type->n_names == 0) return false;
  if (type->n_names == 2 && str_val(type->names[0]) == "pg_catalog") {
    const std::string_view spelling = catalog_type_spelling(str_val(type->names[1]));
    if (spelling.empty()) return false;
    out += spelling;
  } else {
    for (std::size_t i = 0; i < type->n_names; ++i) {
      const std::string_view part = str_val(type->names[i]);
      if (part.empty() || !is_plain_name(part)) return false;
      if (i > 0) out += '.';
      out += part;
    }
  }
  for (std::size_t i = 0; i < type->n_array_bounds; ++i) {
    const PgQuery__Node* bound = type->array_bounds[i];
    if (bound->node_case != PG_QUERY__NODE__NODE_INTEGER || bound->integer->ival != -1) return false;
    out += "[]";
  }
  return true;
}

bool append_array(std::string& out, const PgQuery__AArrayExpr* array) {
  out += "ARRAY[";
  for (std::size_t i = 0; i < array->n_elements; ++i) {
    if (i > 0) out += ", ";
    if (!append_expr(out, array->elements[i])) return false;
  }
  out += ']';
  return true;
}

bool append_type_cast(std::string& out, const PgQuery__TypeCast* cast) {
  const PgQuery__Node* arg = cast->arg;
  if (arg == nullptr || cast->type_name == nullptr) return false;
  switch (arg->node_case) {
    case PG_QUERY__NODE__NODE_A_CONST: {
      // `'t'::boolean` has a special form; leave boolean casts of literals to the deparser.
      const PgQuery__TypeName* type = cast->type_name;
      if (type->n_names == 2 && str_val(type->names[1]) == "bool") return false;
      if (!append_const(out, arg->a_const, true)) return false;
      break;
    }
    case PG_QUERY__NODE__NODE_COLUMN_REF:
      if (!append_column_ref(out, arg->column_ref)) return false;
      break;
    case PG_QUERY__NODE__NODE_FUNC_CALL:
      if (!append_func_call(out, arg->func_call)) return false;
      break;
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR:
      if (!append_array(out, arg->a_array_expr)) return false;
      break;
    default:
      return false;
  }
  out += "::";
  return append_type_name(out, cast->type_name);
}

// CURRENT_DATE and friends, printed in lower case; a precision is left to the deparser.
bool append_sql_value_function(std::string& out, const PgQuery__SQLValueFunction* function) {
  if (function->typmod != -1) return false;
  switch (function->op) {
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE: out += "current_date"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME: out += "current_time"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP: out += "current_timestamp"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME: out += "localtime"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP: out += "localtimestamp"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_ROLE: out += "current_role"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_USER: out += "current_user"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_USER: out += "user"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_SESSION_USER: out += "session_user"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_CATALOG: out += "current_catalog"; return true;
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_SCHEMA: out += "current_schema"; return true;
    default: return false;
  }
}

// Operands the deparser prints bare next to a binary operator.
bool is_operand_atom(const PgQuery__Node* node) {
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_A_CONST:
    case PG_QUERY__NODE__NODE_COLUMN_REF:
    case PG_QUERY__NODE__NODE_FUNC_CALL:
    case PG_QUERY__NODE__NODE_TYPE_CAST:
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION:
      return true;
    default:
      return false;
  }
}

// `a op b` with a plain (unqualified) binary operator and bare operands.
bool append_binary_op(std::string& out, const PgQuery__AExpr* expr) {
  if (expr->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP || expr->n_name != 1 ||
      expr->lexpr == nullptr || expr->rexpr == nullptr || !is_operand_atom(expr->lexpr) ||
      !is_operand_atom(expr->rexpr))
    return false;
  const std::string_view op = str_val(expr->name[0]);
  if (op.empty()) return false;
  if (!append_expr(out, expr->lexpr)) return false;
  out += ' ';
  out += op;
  out += ' ';
  return append_expr(out, expr->rexpr);
}

}  // namespace

bool fast::append_expr(std::string& out, const PgQuery__Node* node) {
  if (node == nullptr) return false;
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_A_CONST: return append_const(out, node->a_const, false);
    case PG_QUERY__NODE__NODE_COLUMN_REF: return append_column_ref(out, node->column_ref);
    case PG_QUERY__NODE__NODE_FUNC_CALL: return append_func_call(out, node->func_call);
    case PG_QUERY__NODE__NODE_TYPE_CAST: return append_type_cast(out, node->type_cast);
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION:
      return append_sql_value_function(out, node->sqlvalue_function);
    case PG_QUERY__NODE__NODE_A_EXPR: return append_binary_op(out, node->a_expr);
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: return append_array(out, node->a_array_expr);
    default: return false;
  }
}

namespace {

bool is_and_or(const PgQuery__Node* node) {
  return node->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR &&
         (node->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR ||
          node->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR);
}

// An argument of AND, OR or NOT: nested AND / OR in parentheses, as the deparser does.
bool append_bool_argument(std::string& out, const PgQuery__Node* node) {
  if (!is_and_or(node)) return append_condition(out, node);
  out += '(';
  if (!append_condition(out, node)) return false;
  out += ')';
  return true;
}

}  // namespace

bool fast::append_condition(std::string& out, const PgQuery__Node* node) {
  if (node == nullptr) return false;
  if (node->node_case == PG_QUERY__NODE__NODE_NULL_TEST) {
    const PgQuery__NullTest* test = node->null_test;
    if (test->arg == nullptr || !is_operand_atom(test->arg) || !append_expr(out, test->arg)) return false;
    if (test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NULL) out += " IS NULL";
    else if (test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL) out += " IS NOT NULL";
    else return false;
    return true;
  }
  if (node->node_case != PG_QUERY__NODE__NODE_BOOL_EXPR) return append_expr(out, node);
  const PgQuery__BoolExpr* expr = node->bool_expr;
  if (expr->n_args == 0) return false;
  switch (expr->boolop) {
    case PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR:
    case PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR: {
      const char* separator = expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR ? " AND " : " OR ";
      for (std::size_t i = 0; i < expr->n_args; ++i) {
        if (i > 0) out += separator;
        if (!append_bool_argument(out, expr->args[i])) return false;
      }
      return true;
    }
    case PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR:
      if (expr->n_args != 1) return false;
      out += "NOT ";
      return append_bool_argument(out, expr->args[0]);
    default:
      return false;
  }
}

std::optional<std::string> fast_deparse_expr(const PgQuery__Node* expr) {
  std::string out;
  if (!append_condition(out, expr)) return std::nullopt;
  return out;
}

bool check_fast_deparse() {
  static const bool enabled = [] {
    const char* value = std::getenv("PGMORPH_CHECK_DEPARSE");
    return value != nullptr && value[0] != '\0' && std::string_view(value) != "0";
  }();
  return enabled;
}

}  // namespace pgmorph::parser
