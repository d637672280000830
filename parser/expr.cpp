#include "parser/expr.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

#include "parser/fast_deparse.hpp"
#include "parser/parens.hpp"
#include "parser/translate.hpp"
#include "parser/types.hpp"
#include "schema/diagnostic.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

// Version written into synthetic parse results; the deparser does not check it.
constexpr int32_t k_parse_result_version = PG_VERSION_NUM;

std::string deparse_raw(PgQuery__RawStmt* raw) {
  ParenGuard parens(raw->stmt);
  PgQuery__ParseResult result = PG_QUERY__PARSE_RESULT__INIT;
  result.version = k_parse_result_version;
  result.n_stmts = 1;
  result.stmts = &raw;
  const size_t size = pg_query__parse_result__get_packed_size(&result);
  std::unique_ptr<uint8_t[]> buffer(new uint8_t[size == 0 ? 1 : size]);
  pg_query__parse_result__pack(&result, buffer.get());
  PgQueryProtobuf protobuf{size, reinterpret_cast<char*>(buffer.get())};
  PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(protobuf);
  if (deparsed.error != nullptr) {
    std::string message = deparsed.error->message != nullptr ? deparsed.error->message : "";
    pg_query_free_deparse_result(deparsed);
    throw DeparseError(message);
  }
  std::string text = deparsed.query != nullptr ? deparsed.query : "";
  pg_query_free_deparse_result(deparsed);
  parens.restore();
  return parens.fill(std::move(text));
}

std::string strip_prefix(const std::string& text, std::string_view prefix) {
  if (text.compare(0, prefix.size(), prefix) != 0)
    throw DeparseError("unexpected deparser output: " + text);
  return text.substr(prefix.size());
}

// The AConst string at the bottom of `node`, looking through casts to text/regclass.
PgQuery__AConst* nextval_literal(PgQuery__Node* node) {
  while (node != nullptr && node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) {
    const PgQuery__TypeName* type = node->type_cast->type_name;
    if (type == nullptr || type->n_names == 0) return nullptr;
    const std::string_view name = str_val(type->names[type->n_names - 1]);
    if (name != "regclass" && name != "text") return nullptr;
    node = node->type_cast->arg;
  }
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_A_CONST) return nullptr;
  if (node->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL) return nullptr;
  return node->a_const;
}

bool is_nextval(const PgQuery__FuncCall* call) {
  if (call->n_args != 1 || call->n_funcname == 0 || call->n_funcname > 2) return false;
  if (call->n_funcname == 2 && str_val(call->funcname[0]) != "pg_catalog") return false;
  return str_val(call->funcname[call->n_funcname - 1]) == "nextval";
}

// Rewrites the single argument of nextval() to 'schema.seq'::regclass.
void rewrite_nextval(ProtoArena& arena, PgQuery__FuncCall* call,
                     std::vector<schema::QualifiedName>* sequences) {
  PgQuery__AConst* literal = nextval_literal(call->args[0]);
  if (literal == nullptr) return;
  const auto parts = split_qualified_literal(literal->sval->sval);
  if (parts.empty() || parts.size() > 3) return;
  const schema::QualifiedName sequence = qualified_from_parts(parts);
  if (sequences != nullptr) sequences->push_back(sequence);

  PgQuery__String string_init = PG_QUERY__STRING__INIT;
  PgQuery__String* text = arena.make(string_init);
  text->sval = arena.str(schema::quote_qualified(sequence));
  PgQuery__AConst const_init = PG_QUERY__A__CONST__INIT;
  PgQuery__AConst* constant = arena.make(const_init);
  constant->val_case = PG_QUERY__A__CONST__VAL_SVAL;
  constant->sval = text;
  constant->location = -1;

  PgQuery__TypeName type_init = PG_QUERY__TYPE_NAME__INIT;
  PgQuery__TypeName* regclass = arena.make(type_init);
  regclass->n_names = 1;
  regclass->names = arena.node_array(1);
  regclass->names[0] = make_string_node(arena, "regclass");
  regclass->typemod = -1;
  regclass->location = -1;

  PgQuery__TypeCast cast_init = PG_QUERY__TYPE_CAST__INIT;
  PgQuery__TypeCast* cast = arena.make(cast_init);
  cast->arg = make_node(arena, PG_QUERY__NODE__NODE_A_CONST, constant);
  cast->type_name = regclass;
  cast->location = -1;
  call->args[0] = make_node(arena, PG_QUERY__NODE__NODE_TYPE_CAST, cast);
}

bool mentions_column(const PgQuery__Node* node) {
  bool found = false;
  walk(&node->base, [&](const ProtobufCMessage* message) {
    found = found || is_a(message, pg_query__column_ref__descriptor);
    return !found;
  });
  return found;
}

PgQuery__Node* make_op(ProtoArena& arena, std::string_view op, PgQuery__Node* left, PgQuery__Node* right,
                       PgQuery__AExprKind kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP) {
  PgQuery__AExpr init = PG_QUERY__A__EXPR__INIT;
  PgQuery__AExpr* expr = arena.make(init);
  expr->kind = kind;
  expr->n_name = 1;
  expr->name = arena.node_array(1);
  expr->name[0] = make_string_node(arena, op);
  expr->lexpr = left;
  expr->rexpr = right;
  expr->location = -1;
  return make_node(arena, PG_QUERY__NODE__NODE_A_EXPR, expr);
}

// Rewrites one node in place into the form PostgreSQL itself prints back (pg_get_expr,
// pg_get_constraintdef, pg_get_viewdef), so a hand-written `x IN (1, 2)` compares equal to
// the `x = ANY (ARRAY[1, 2])` a database reports:
//   x IN (consts)        -> x = ANY (ARRAY[consts])     (x = c for a single item)
//   x NOT IN (consts)    -> x <> ALL (ARRAY[consts])    (x <> c for a single item)
//   x BETWEEN a AND b    -> x >= a AND x <= b           (NOT BETWEEN: x < a OR x > b)
//   x [I]LIKE y          -> x ~~[*] y                   (operator form)
//   (a, b)               -> ROW(a, b)
void rewrite_server_forms(ProtoArena& arena, PgQuery__Node* node) {
  if (node->node_case == PG_QUERY__NODE__NODE_ROW_EXPR) {
    node->row_expr->row_format = PG_QUERY__COERCION_FORM__COERCE_EXPLICIT_CALL;
    return;
  }
  if (node->node_case != PG_QUERY__NODE__NODE_A_EXPR) return;
  PgQuery__AExpr* expr = node->a_expr;
  const std::string_view op = expr->n_name == 1 ? str_val(expr->name[0]) : std::string_view();
  switch (expr->kind) {
    case PG_QUERY__A__EXPR__KIND__AEXPR_IN: {
      if (expr->rexpr == nullptr || expr->rexpr->node_case != PG_QUERY__NODE__NODE_LIST) return;
      PgQuery__List* items = expr->rexpr->list;
      if (items->n_items == 0 || mentions_column(expr->rexpr)) return;
      // `x IN ('a', 'b')` resolves the untyped literals against x (an enum, say), but
      // `ARRAY['a', 'b']` resolves them among themselves to text[], which may have no
      // operator with x. Such lists stay as written; the server's form carries casts anyway.
      for (std::size_t i = 0; i < items->n_items; ++i) {
        const PgQuery__Node* item = items->items[i];
        if (item->node_case == PG_QUERY__NODE__NODE_A_CONST && item->a_const->val_case ==
                                                                   PG_QUERY__A__CONST__VAL_SVAL)
          return;
      }
      if (items->n_items == 1) {
        expr->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
        expr->rexpr = items->items[0];
        return;
      }
      PgQuery__AArrayExpr array_init = PG_QUERY__A__ARRAY_EXPR__INIT;
      PgQuery__AArrayExpr* array = arena.make(array_init);
      array->n_elements = items->n_items;
      array->elements = items->items;
      array->location = -1;
      expr->kind = op == "=" ? PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY : PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL;
      expr->rexpr = make_node(arena, PG_QUERY__NODE__NODE_A_ARRAY_EXPR, array);
      return;
    }
    case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN:
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN: {
      if (expr->rexpr == nullptr || expr->rexpr->node_case != PG_QUERY__NODE__NODE_LIST ||
          expr->rexpr->list->n_items != 2)
        return;
      const bool negated = expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN;
      PgQuery__BoolExpr bool_init = PG_QUERY__BOOL_EXPR__INIT;
      PgQuery__BoolExpr* bool_expr = arena.make(bool_init);
      bool_expr->boolop = negated ? PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR : PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR;
      bool_expr->n_args = 2;
      bool_expr->args = arena.node_array(2);
      bool_expr->args[0] = make_op(arena, negated ? "<" : ">=", expr->lexpr, expr->rexpr->list->items[0]);
      bool_expr->args[1] = make_op(arena, negated ? ">" : "<=", expr->lexpr, expr->rexpr->list->items[1]);
      bool_expr->location = -1;
      node->node_case = PG_QUERY__NODE__NODE_BOOL_EXPR;
      node->bool_expr = bool_expr;
      return;
    }
    case PG_QUERY__A__EXPR__KIND__AEXPR_LIKE:
    case PG_QUERY__A__EXPR__KIND__AEXPR_ILIKE:
      expr->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
      return;
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_DISTINCT: {
      // PostgreSQL stores `a IS NOT DISTINCT FROM b` as NOT (a IS DISTINCT FROM b), and
      // prints it back in that form.
      PgQuery__AExpr* distinct = arena.make(*expr);
      distinct->kind = PG_QUERY__A__EXPR__KIND__AEXPR_DISTINCT;
      PgQuery__BoolExpr bool_init = PG_QUERY__BOOL_EXPR__INIT;
      PgQuery__BoolExpr* negation = arena.make(bool_init);
      negation->boolop = PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR;
      negation->n_args = 1;
      negation->args = arena.node_array(1);
      negation->args[0] = make_node(arena, PG_QUERY__NODE__NODE_A_EXPR, distinct);
      negation->location = -1;
      node->node_case = PG_QUERY__NODE__NODE_BOOL_EXPR;
      node->bool_expr = negation;
      return;
    }
    default:
      return;
  }
}

}  // namespace

std::string deparse_statement(PgQuery__Node* stmt) {
  PgQuery__RawStmt raw = PG_QUERY__RAW_STMT__INIT;
  raw.stmt = stmt;
  return deparse_raw(&raw);
}

namespace {

// The fast printer's text when it covers the tree; under PGMORPH_CHECK_DEPARSE also
// libpg_query's, and a mismatch is an internal error (the printer's contract).
template <class Fast, class Slow>
std::string deparse_preferring_fast(const Fast& fast, const Slow& slow) {
  std::optional<std::string> text = fast();
  if (!text) return slow();
  if (check_fast_deparse()) {
    const std::string expected = slow();
    if (expected != *text)
      throw schema::InternalError("fast deparse differs from libpg_query: `" + *text + "` vs `" +
                                  expected + "`");
  }
  return std::move(*text);
}

}  // namespace

std::string libpg_query_deparse_expr(PgQuery__Node* expr) {
  PgQuery__ResTarget target = PG_QUERY__RES_TARGET__INIT;
  target.val = expr;
  target.location = -1;
  PgQuery__Node target_node = PG_QUERY__NODE__INIT;
  target_node.node_case = PG_QUERY__NODE__NODE_RES_TARGET;
  target_node.res_target = &target;
  PgQuery__Node* targets[] = {&target_node};
  PgQuery__SelectStmt select = PG_QUERY__SELECT_STMT__INIT;
  select.n_target_list = 1;
  select.target_list = targets;
  select.limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
  select.op = PG_QUERY__SET_OPERATION__SETOP_NONE;
  PgQuery__Node select_node = PG_QUERY__NODE__INIT;
  select_node.node_case = PG_QUERY__NODE__NODE_SELECT_STMT;
  select_node.select_stmt = &select;
  return strip_prefix(deparse_statement(&select_node), "SELECT ");
}

std::string libpg_query_deparse_constraint(PgQuery__Constraint* constraint) {
  PgQuery__Node constraint_node = PG_QUERY__NODE__INIT;
  constraint_node.node_case = PG_QUERY__NODE__NODE_CONSTRAINT;
  constraint_node.constraint = constraint;
  PgQuery__AlterTableCmd command = PG_QUERY__ALTER_TABLE_CMD__INIT;
  command.subtype = PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint;
  command.def = &constraint_node;
  command.behavior = PG_QUERY__DROP_BEHAVIOR__DROP_RESTRICT;
  PgQuery__Node command_node = PG_QUERY__NODE__INIT;
  command_node.node_case = PG_QUERY__NODE__NODE_ALTER_TABLE_CMD;
  command_node.alter_table_cmd = &command;
  PgQuery__Node* commands[] = {&command_node};
  char relname[] = "x";
  PgQuery__RangeVar relation = PG_QUERY__RANGE_VAR__INIT;
  relation.relname = relname;
  relation.inh = true;
  relation.location = -1;
  PgQuery__AlterTableStmt alter = PG_QUERY__ALTER_TABLE_STMT__INIT;
  alter.relation = &relation;
  alter.n_cmds = 1;
  alter.cmds = commands;
  alter.objtype = PG_QUERY__OBJECT_TYPE__OBJECT_TABLE;
  PgQuery__Node alter_node = PG_QUERY__NODE__INIT;
  alter_node.node_case = PG_QUERY__NODE__NODE_ALTER_TABLE_STMT;
  alter_node.alter_table_stmt = &alter;
  return strip_prefix(deparse_statement(&alter_node), "ALTER TABLE x ADD ");
}

std::string deparse_expr(PgQuery__Node* expr) {
  return deparse_preferring_fast([&] { return fast_deparse_expr(expr); },
                                 [&] { return libpg_query_deparse_expr(expr); });
}

std::string deparse_index_statement(PgQuery__IndexStmt* stmt) {
  return deparse_preferring_fast([&] { return fast_deparse_index(stmt); },
                                 [&] {
                                   PgQuery__Node node = PG_QUERY__NODE__INIT;
                                   node.node_case = PG_QUERY__NODE__NODE_INDEX_STMT;
                                   node.index_stmt = stmt;
                                   return deparse_statement(&node);
                                 });
}

std::string deparse_table_constraint(PgQuery__Constraint* constraint) {
  std::string text =
      deparse_preferring_fast([&] { return fast_deparse_constraint(constraint); },
                              [&] { return libpg_query_deparse_constraint(constraint); });
  // libpg_query's deparser drops NULLS NOT DISTINCT from constraints (not from indexes).
  constexpr std::string_view unique = "UNIQUE ";
  if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE && constraint->nulls_not_distinct &&
      text.starts_with(unique) && !text.starts_with("UNIQUE NULLS NOT DISTINCT"))
    text.insert(unique.size(), "NULLS NOT DISTINCT ");
  // It drops the index storage parameters too; they go where pg_get_constraintdef puts them
  // (after INCLUDE, before an exclusion constraint's WHERE and before DEFERRABLE), spelled as it spells them.
  const bool key = constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
                   constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ||
                   constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION;
  if (key && constraint->n_options > 0 && text.find(") WITH (") == std::string::npos) {
    std::string with = " WITH (";
    for (std::size_t i = 0; i < constraint->n_options; ++i) {
      const PgQuery__DefElem* option = constraint->options[i]->def_elem;
      if (i > 0) with += ", ";
      with += std::string(option->defname) + "=" + schema::quote_literal(storage_option_value(option->arg));
    }
    with += ')';
    std::size_t at = text.size();
    for (std::string_view tail : {" WHERE ", " DEFERRABLE", " NOT DEFERRABLE", " INITIALLY "})
      at = std::min(at, text.find(tail));
    text.insert(at, with);
  }
  return text;
}

void canonicalize_expr(ProtoArena& arena, PgQuery__Node* expr,
                       std::vector<schema::QualifiedName>* sequences) {
  walk(&expr->base, [&](const ProtobufCMessage* message) {
    if (is_a(message, pg_query__node__descriptor)) {
      rewrite_server_forms(arena, reinterpret_cast<PgQuery__Node*>(const_cast<ProtobufCMessage*>(message)));
    } else if (is_a(message, pg_query__func_call__descriptor)) {
      auto* call = reinterpret_cast<PgQuery__FuncCall*>(const_cast<ProtobufCMessage*>(message));
      if (is_nextval(call)) rewrite_nextval(arena, call, sequences);
    } else if (is_a(message, pg_query__type_name__descriptor)) {
      canonicalize_type_name(
          arena, reinterpret_cast<PgQuery__TypeName*>(const_cast<ProtobufCMessage*>(message)));
    }
    return true;
  });
}

void canonicalize_options(ProtoArena& arena, PgQuery__Node** options, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    if (options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    PgQuery__DefElem* option = options[i]->def_elem;
    const PgQuery__Node* arg = option->arg;
    std::string value;
    if (arg == nullptr) value = "true";
    else if (arg->node_case == PG_QUERY__NODE__NODE_INTEGER) value = std::to_string(arg->integer->ival);
    else if (arg->node_case == PG_QUERY__NODE__NODE_FLOAT) value = arg->float_->fval;
    else if (arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN) value = arg->boolean->boolval ? "true" : "false";
    else if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME && arg->type_name->n_names == 1)
      value = str_val(arg->type_name->names[0]);
    else continue;
    option->arg = make_string_node(arena, value);
  }
}

void canonicalize_index_element(PgQuery__IndexElem* element) {
  if (element->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_ASC)
    element->ordering = PG_QUERY__SORT_BY_DIR__SORTBY_DEFAULT;
  const bool descending = element->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
  if ((!descending && element->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST) ||
      (descending && element->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST))
    element->nulls_ordering = PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_DEFAULT;
}

std::vector<std::string> split_qualified_literal(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  };
  while (true) {
    skip_space();
    std::string part;
    if (i < text.size() && text[i] == '"') {
      ++i;
      while (true) {
        if (i >= text.size()) return {};
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            part += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        part += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != '.' && text[i] != ' ' && text[i] != '\t') {
        char c = text[i++];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        part += c;
      }
    }
    if (part.empty()) return {};
    parts.push_back(schema::truncate_identifier(part));
    skip_space();
    if (i >= text.size()) break;
    if (text[i] != '.') return {};
    ++i;
  }
  return parts;
}

schema::QualifiedName qualified_from_parts(const std::vector<std::string>& parts) {
  if (parts.empty()) return {};
  if (parts.size() == 1) return {std::string(schema::k_default_schema), parts[0]};
  return {parts[parts.size() - 2], parts.back()};
}

schema::QualifiedName qualified_from_range_var(const PgQuery__RangeVar* range_var) {
  std::string schema_name = range_var->schemaname != nullptr && range_var->schemaname[0] != '\0'
                                ? range_var->schemaname
                                : std::string(schema::k_default_schema);
  return {schema_name, range_var->relname != nullptr ? range_var->relname : ""};
}

void qualify_range_var(ProtoArena& arena, PgQuery__RangeVar* range_var) {
  if (range_var->schemaname == nullptr || range_var->schemaname[0] == '\0')
    range_var->schemaname = arena.str(schema::k_default_schema);
  range_var->catalogname = empty_str();
}

}  // namespace pgmorph::parser
