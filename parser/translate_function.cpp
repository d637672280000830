// CREATE [OR REPLACE] FUNCTION / PROCEDURE and CREATE TRIGGER.
#include <algorithm>
#include <iterator>

#include "parser/expr.hpp"
#include "parser/translate.hpp"
#include "parser/refs.hpp"
#include "parser/types.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

bool is_input(PgQuery__FunctionParameterMode mode) {
  return mode != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT &&
         mode != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE;
}

// Replaces a name list by [schema, name] so the deparsed text is qualified.
void qualify_name_list(ProtoArena& arena, PgQuery__Node**& names, std::size_t& count,
                       const schema::QualifiedName& name) {
  names = arena.node_array(2);
  names[0] = make_string_node(arena, name.schema);
  names[1] = make_string_node(arena, name.name);
  count = 2;
}

// pg_get_function_result() style: TABLE(a text, b integer), the single OUT type, or record.
std::string result_type(const PgQuery__CreateFunctionStmt* stmt) {
  std::string table_columns;
  std::vector<std::string> out_types;
  for (std::size_t i = 0; i < stmt->n_parameters; ++i) {
    const PgQuery__FunctionParameter* parameter = stmt->parameters[i]->function_parameter;
    const std::string type = canonical_type(parameter->arg_type).text;
    if (parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE) {
      if (!table_columns.empty()) table_columns += ", ";
      table_columns += schema::quote_ident(parameter->name != nullptr ? parameter->name : "") + " " + type;
    } else if (parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT ||
               parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_INOUT) {
      out_types.push_back(type);
    }
  }
  if (!table_columns.empty()) return "TABLE(" + table_columns + ")";
  if (stmt->return_type != nullptr) return canonical_type(stmt->return_type).text;
  if (out_types.size() == 1) return out_types[0];
  if (!out_types.empty()) return "record";
  return stmt->is_procedure ? "" : "void";
}

// Rank of a function option in pg_get_functiondef()'s order; options it never prints
// (their default values) are dropped by canonical_options().
int option_rank(std::string_view name) {
  static constexpr std::string_view k_order[] = {"language", "window", "volatility", "strict",
                                                 "security", "leakproof", "parallel", "cost",
                                                 "rows", "support", "set", "as"};
  for (std::size_t i = 0; i < std::size(k_order); ++i)
    if (k_order[i] == name) return static_cast<int>(i);
  return static_cast<int>(std::size(k_order));
}

bool is_default_option(const PgQuery__DefElem* option) {
  const std::string_view name = option->defname;
  const PgQuery__Node* arg = option->arg;
  const bool false_flag = arg != nullptr && arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN && !arg->boolean->boolval;
  if (name == "strict" || name == "security" || name == "leakproof" || name == "window") return false_flag;
  if (name == "volatility") return str_val(arg) == "volatile";
  if (name == "parallel") return str_val(arg) == "unsafe";
  return false;
}

// Options in a fixed order without spelled-out defaults, so `IMMUTABLE LANGUAGE sql`,
// `LANGUAGE sql IMMUTABLE` and `LANGUAGE sql IMMUTABLE CALLED ON NULL INPUT` compare equal.
void canonical_options(ProtoArena& arena, PgQuery__CreateFunctionStmt* stmt) {
  std::vector<PgQuery__Node*> kept;
  for (std::size_t i = 0; i < stmt->n_options; ++i) {
    PgQuery__Node* option = stmt->options[i];
    if (option->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && is_default_option(option->def_elem)) continue;
    kept.push_back(option);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const PgQuery__Node* a, const PgQuery__Node* b) {
    const auto rank = [](const PgQuery__Node* node) {
      return node->node_case == PG_QUERY__NODE__NODE_DEF_ELEM ? option_rank(node->def_elem->defname) : 99;
    };
    return rank(a) < rank(b);
  });
  stmt->options = arena.node_array(kept.size());
  stmt->n_options = kept.size();
  std::copy(kept.begin(), kept.end(), stmt->options);
}

// ` BEGIN ATOMIC s1; s2; END` for a BEGIN ATOMIC body, each statement deparsed on its own
// (libpg_query 15 cannot deparse the body as a whole); empty for a RETURN body, which the
// deparser prints itself. The body is a list holding the list of statements.
std::string atomic_body_text(PgQuery__Node* body) {
  if (body->node_case != PG_QUERY__NODE__NODE_LIST) return "";
  std::string text = " BEGIN ATOMIC";
  const PgQuery__List* outer = body->list;
  for (std::size_t i = 0; i < outer->n_items; ++i) {
    PgQuery__Node* item = outer->items[i];
    if (item->node_case != PG_QUERY__NODE__NODE_LIST) {
      text += " " + deparse_statement(item) + ";";
      continue;
    }
    for (std::size_t j = 0; j < item->list->n_items; ++j) text += " " + deparse_statement(item->list->items[j]) + ";";
  }
  return text + " END";
}

}  // namespace

void translate_create_function(Context& context, PgQuery__CreateFunctionStmt* stmt) {
  ProtoArena& arena = context.arena();
  schema::Function function;
  function.name = qualified_from_parts(str_list(stmt->funcname, stmt->n_funcname));
  function.is_procedure = stmt->is_procedure;

  std::string identity;
  for (std::size_t i = 0; i < stmt->n_parameters; ++i) {
    const PgQuery__FunctionParameter* parameter = stmt->parameters[i]->function_parameter;
    if (parameter->arg_type->pct_type)
      return context.error("unsupported-feature", "%TYPE argument types are not supported",
                           parameter->arg_type->location);
    const CanonicalType type = canonical_type(parameter->arg_type);
    if (type.user_type) add_ref(function.refs, schema::RefKind::type, *type.user_type);
    const std::string name = parameter->name != nullptr ? parameter->name : "";
    if (parameter->mode != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_IN &&
        parameter->mode != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC &&
        parameter->mode != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_DEFAULT)
      function.output_names.push_back(name);  // OUT, INOUT, TABLE
    if (!is_input(parameter->mode)) continue;
    function.input_names.push_back(name);
    if (parameter->defexpr != nullptr) ++function.input_defaults;
    if (!identity.empty()) identity += ", ";
    identity += type.text;
  }
  function.identity_args = identity;
  if (stmt->return_type != nullptr) {
    if (stmt->return_type->pct_type)
      return context.error("unsupported-feature", "%TYPE result types are not supported",
                           stmt->return_type->location);
    const CanonicalType type = canonical_type(stmt->return_type);
    if (type.user_type) add_ref(function.refs, schema::RefKind::type, *type.user_type);
  }
  function.return_type = result_type(stmt);

  const schema::FunctionKey key{function.name, function.identity_args};
  if (context.catalog().functions.count(key) != 0 && !stmt->replace)
    return context.error("duplicate-object", std::string(stmt->is_procedure ? "procedure" : "function") + " " +
                                                 display_name(function.name) + "(" + function.identity_args +
                                                 ") already exists");

  qualify_name_list(arena, stmt->funcname, stmt->n_funcname, function.name);
  stmt->replace = true;
  // Canonical type spellings in the signature (a string body stays opaque).
  for (std::size_t i = 0; i < stmt->n_parameters; ++i) {
    PgQuery__FunctionParameter* parameter = stmt->parameters[i]->function_parameter;
    canonicalize_type_name(arena, parameter->arg_type);
    if (parameter->defexpr != nullptr) canonicalize_expr(arena, parameter->defexpr);
  }
  if (stmt->return_type != nullptr) canonicalize_type_name(arena, stmt->return_type);
  std::string atomic_body;
  if (stmt->sql_body != nullptr) {
    // A SQL-standard body (BEGIN ATOMIC ... END, RETURN expr) is parsed when the function is
    // created and PostgreSQL records what it reads: the function must come after those
    // relations and functions and go before them, like a view.
    const auto ctes = collect_cte_names(&stmt->sql_body->base);
    canonicalize_expr(arena, stmt->sql_body);
    collect_refs(&stmt->sql_body->base, function.refs, ctes);
    atomic_body = atomic_body_text(stmt->sql_body);
    if (!atomic_body.empty()) stmt->sql_body = nullptr;
  }
  canonical_options(arena, stmt);
  PgQuery__Node node = PG_QUERY__NODE__INIT;
  node.node_case = PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT;
  node.create_function_stmt = stmt;
  function.definition = deparse_statement(&node) + atomic_body;
  // OR REPLACE keeps the function's owner, privileges and comment.
  if (auto old = context.catalog().functions.find(key); old != context.catalog().functions.end()) {
    function.owner = old->second.owner;
    function.grants = old->second.grants;
    function.comment = old->second.comment;
  }
  context.catalog().functions.insert_or_assign(key, std::move(function));
}

schema::Function* find_function(Context& context, const PgQuery__Node* object) {
  if (object == nullptr || object->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return nullptr;
  const PgQuery__ObjectWithArgs* function = object->object_with_args;
  const schema::QualifiedName name = qualified_from_parts(str_list(function->objname, function->n_objname));
  auto& functions = context.catalog().functions;
  if (function->args_unspecified) {
    // Allowed when the name is unique, like PostgreSQL.
    auto first = functions.lower_bound({name, ""});
    if (first == functions.end() || !(first->first.name == name)) return nullptr;
    auto next = std::next(first);
    if (next != functions.end() && next->first.name == name) return nullptr;
    return &first->second;
  }
  std::string identity;
  for (std::size_t i = 0; i < function->n_objargs; ++i) {
    if (!identity.empty()) identity += ", ";
    identity += canonical_type(function->objargs[i]->type_name).text;
  }
  auto found = functions.find({name, identity});
  return found == functions.end() ? nullptr : &found->second;
}

void translate_create_trigger(Context& context, PgQuery__CreateTrigStmt* stmt) {
  ProtoArena& arena = context.arena();
  qualify_range_var(arena, stmt->relation);
  schema::Trigger trigger;
  trigger.name = stmt->trigname;
  trigger.table = qualified_from_range_var(stmt->relation);
  if (context.catalog().tables.count(trigger.table) == 0 && context.catalog().views.count(trigger.table) == 0) {
    if (context.failed(trigger.table)) return;
    return context.error("undefined-object", "relation \"" + display_name(trigger.table) + "\" does not exist",
                         stmt->relation->location);
  }
  if (stmt->constrrel != nullptr) qualify_range_var(arena, stmt->constrrel);
  trigger.function = qualified_from_parts(str_list(stmt->funcname, stmt->n_funcname));
  const schema::TriggerKey key{trigger.table, trigger.name};
  if (context.catalog().triggers.count(key) != 0 && !stmt->replace)
    return context.error("duplicate-object", "trigger \"" + trigger.name + "\" for relation \"" +
                                                 display_name(trigger.table) + "\" already exists");
  qualify_name_list(arena, stmt->funcname, stmt->n_funcname, trigger.function);
  stmt->replace = false;
  if (stmt->when_clause != nullptr) canonicalize_expr(arena, stmt->when_clause);
  PgQuery__Node node = PG_QUERY__NODE__INIT;
  node.node_case = PG_QUERY__NODE__NODE_CREATE_TRIG_STMT;
  node.create_trig_stmt = stmt;
  trigger.definition = deparse_statement(&node);
  context.catalog().triggers.insert_or_assign(key, std::move(trigger));
}

}  // namespace pgmorph::parser
