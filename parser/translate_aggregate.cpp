// CREATE [OR REPLACE] AGGREGATE, both syntaxes (`name (args) (options)` and the old
// `name (BASETYPE = type, options)`), normal, ordered-set and hypothetical-set. The model's
// definition is a canonical CREATE OR REPLACE AGGREGATE: options in pg_dump's order, those at
// their default left out, function names qualified unless built in, types canonical.
#include "parser/translate_aggregate.hpp"

#include "parser/expr.hpp"
#include "parser/refs.hpp"
#include "parser/types.hpp"
#include "schema/names.hpp"

#include <cctype>

namespace pgmorph::parser {

namespace aggregate_detail {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}
std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::vector<std::string> name_parts(const PgQuery__Node* arg) {
  if (arg == nullptr) return {};
  if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME && arg->type_name->n_typmods == 0 &&
      arg->type_name->n_array_bounds == 0 && !arg->type_name->pct_type)
    return str_list(arg->type_name->names, arg->type_name->n_names);
  if (arg->node_case == PG_QUERY__NODE__NODE_STRING) return {arg->string->sval};
  return {};
}

void AggregateTranslation::run() {
  m_function.name = qualified_from_parts(str_list(m_stmt->defnames, m_stmt->n_defnames));
  // Options by name, each once; unknown ones are errors (PostgreSQL only warns, but what is
  // not modeled must not vanish).
  std::vector<const PgQuery__DefElem*> given(std::size(k_options), nullptr);
  const PgQuery__Node* basetype = nullptr;
  for (std::size_t i = 0; i < m_stmt->n_definition; ++i) {
    const PgQuery__DefElem* option = m_stmt->definition[i]->def_elem;
    std::string name = lower(option->defname);
    // The names of PostgreSQL 7.x, still accepted.
    if (name == "sfunc1" || name == "stype1" || name == "initcond1") name.pop_back();
    if (name == "basetype" && m_stmt->oldstyle) {
      basetype = option->arg;
      continue;
    }
    std::size_t found = std::size(k_options);
    for (std::size_t k = 0; k < std::size(k_options); ++k)
      if (k_options[k].name == name) found = k;
    if (found == std::size(k_options))
      return m_context.error("unsupported-feature",
                             "aggregate attribute \"" + name + "\" is not supported",
                             option->location);
    if (given[found] != nullptr)
      return m_context.error("syntax-error", "conflicting or redundant options", option->location);
    given[found] = option;
  }
  if (given[k_sfunc] == nullptr || given[k_stype] == nullptr)
    return m_context.error("invalid-object-definition",
                           "aggregate stype and sfunc must be specified");
  if (!read_arguments(basetype)) return;

  std::string options;
  for (std::size_t k = 0; k < std::size(k_options); ++k) {
    if (given[k] == nullptr) continue;
    std::string text;
    if (!read_option(given[k], k_options[k], text)) return;
    if (!text.empty()) options += (options.empty() ? "" : ", ") + text;
  }
  // What CREATE OR REPLACE must keep: the final function's result (unknown here for a
  // built-in, so the name stands for it), else the state type.
  m_function.return_type =
      m_final ? "FINALFUNC " + *m_final : canonical_type(given[k_stype]->arg->type_name).text;

  m_function.identity_args.clear();
  for (const auto& type : m_types)
    m_function.identity_args += (m_function.identity_args.empty() ? "" : ", ") + type;
  m_function.input_names = m_names;
  m_function.definition = "CREATE OR REPLACE AGGREGATE " +
                          schema::quote_qualified({m_function.name.schema.empty()
                                                       ? std::string(schema::k_default_schema)
                                                       : m_function.name.schema,
                                                   m_function.name.name}) +
                          "(" + arguments_text() + ") (" + options + ")";
  m_function.aggregate = m_shape;

  auto& functions = m_context.catalog().functions;
  const schema::FunctionKey key{m_function.name, m_function.identity_args};
  const auto old = functions.find(key);
  if (old != functions.end() && !m_stmt->replace)
    return m_context.error("duplicate-object", "function " + display_name(m_function.name) + "(" +
                                                   m_function.identity_args + ") already exists");
  if (old != functions.end() && !old->second.aggregate)
    return m_context.error("invalid-object-definition",
                           "cannot change routine kind: " + display_name(m_function.name) + "(" +
                               m_function.identity_args + ") is a function");
  if (old != functions.end()) {
    // OR REPLACE keeps the owner, privileges and comment.
    m_function.owner = old->second.owner;
    m_function.grants = old->second.grants;
    m_function.comment = old->second.comment;
  }
  functions.insert_or_assign(key, std::move(m_function));
}

/// Reads the argument list: `args` holds the list of FunctionParameter and the number of
/// direct arguments (-1 for a normal aggregate); the old syntax has BASETYPE instead.
bool AggregateTranslation::read_arguments(const PgQuery__Node* basetype) {
  auto add_type = [&](const PgQuery__TypeName* type, const std::string& name, int32_t location) {
    if (type->pct_type) {
      m_context.error("unsupported-feature", "%TYPE argument types are not supported", location);
      return false;
    }
    const CanonicalType canonical = canonical_type(type);
    if (canonical.user_type) add_ref(m_function.refs, schema::RefKind::type, *canonical.user_type);
    m_types.push_back(canonical.text);
    m_names.push_back(name);
    return true;
  };
  if (m_stmt->oldstyle) {
    if (basetype == nullptr || basetype->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) {
      m_context.error("invalid-object-definition", "aggregate input type must be specified");
      return false;
    }
    // BASETYPE = ANY is the old spelling of `(*)`.
    const auto parts = str_list(basetype->type_name->names, basetype->type_name->n_names);
    m_star = parts.size() == 1 && lower(parts[0]) == "any";
    if (!m_star && !add_type(basetype->type_name, "", basetype->type_name->location)) return false;
  } else {
    if (m_stmt->n_args != 2 || m_stmt->args[1]->node_case != PG_QUERY__NODE__NODE_INTEGER)
      throw schema::InternalError("CREATE AGGREGATE without its argument list");
    const PgQuery__Node* list = m_stmt->args[0];
    const int direct = m_stmt->args[1]->integer->ival;
    const std::size_t count =
        list != nullptr && list->node_case == PG_QUERY__NODE__NODE_LIST ? list->list->n_items : 0;
    for (std::size_t i = 0; i < count; ++i) {
      const PgQuery__FunctionParameter* parameter = list->list->items[i]->function_parameter;
      if (parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC) {
        m_context.error("unsupported-feature", "VARIADIC aggregate arguments are not supported",
                        parameter->arg_type->location);
        return false;
      }
      if (!add_type(parameter->arg_type, parameter->name != nullptr ? parameter->name : "",
                    parameter->arg_type->location))
        return false;
    }
    m_star = count == 0 && direct < 0;
    if (direct >= 0) {
      m_shape.kind = schema::AggregateKind::ordered_set;
      m_shape.direct_args = direct;
    }
  }
  m_shape.signature = m_star ? "*" : "";
  for (std::size_t i = 0; i < m_types.size(); ++i) {
    if (m_shape.kind != schema::AggregateKind::normal && static_cast<int>(i) == m_shape.direct_args)
      m_shape.signature += i == 0 ? "ORDER BY " : " ORDER BY ";
    else if (i != 0)
      m_shape.signature += ", ";
    m_shape.signature += m_types[i];
  }
  return true;
}

/// `name type` per argument, with ORDER BY where the aggregated arguments start.
std::string AggregateTranslation::arguments_text() const {
  if (m_star) return "*";
  std::string text;
  for (std::size_t i = 0; i < m_types.size(); ++i) {
    if (m_shape.kind != schema::AggregateKind::normal && static_cast<int>(i) == m_shape.direct_args)
      text += i == 0 ? "ORDER BY " : " ORDER BY ";
    else if (i != 0)
      text += ", ";
    if (!m_names[i].empty()) text += schema::quote_ident(m_names[i]) + " ";
    text += m_types[i];
  }
  return text;
}

}  // namespace aggregate_detail

void translate_create_aggregate(Context& context, PgQuery__DefineStmt* stmt) {
  aggregate_detail::AggregateTranslation(context, stmt).run();
}

}  // namespace pgmorph::parser
