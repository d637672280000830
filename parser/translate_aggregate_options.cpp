// The options of CREATE AGGREGATE: each one's canonical text, in the spelling the model's
// definition uses (`SFUNC = public.f`, `INITCOND = '0'`), or nothing at its default.
#include "parser/expr.hpp"
#include "parser/refs.hpp"
#include "parser/translate_aggregate.hpp"
#include "parser/types.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser::aggregate_detail {

/// A support function's canonical name: `schema.name` for a user function, the bare name for a
/// built-in. An unqualified name is a function of public when the catalog has one of that
/// name (PostgreSQL requires it to exist before the aggregate), a built-in otherwise.
std::optional<std::string> AggregateTranslation::function_name(const PgQuery__DefElem* option) {
  std::vector<std::string> parts = name_parts(option->arg);
  if (parts.empty() || parts.size() > 2) {
    m_context.error("syntax-error",
                    "aggregate attribute \"" + std::string(option->defname) +
                        "\" needs a function name",
                    option->location);
    return std::nullopt;
  }
  if (parts.size() == 2 && parts[0] == "pg_catalog") parts.erase(parts.begin());
  if (parts.size() == 1)
    for (const auto& [key, unused] : m_context.catalog().functions)
      if ((key.name.schema.empty() || key.name.schema == schema::k_default_schema) &&
          key.name.name == parts[0]) {
        parts.insert(parts.begin(), std::string(schema::k_default_schema));
        break;
      }
  const schema::QualifiedName name = parts.size() == 2
                                         ? schema::QualifiedName{parts[0], parts[1]}
                                         : schema::QualifiedName{"pg_catalog", parts[0]};
  if (parts.size() == 2) add_ref(m_function.refs, schema::RefKind::function, name);
  m_shape.support_functions.push_back(name);
  return parts.size() == 2 ? schema::quote_qualified(name) : schema::quote_ident(parts[0]);
}

/// The canonical text of one option (`SFUNC = public.f`), empty for a default.
bool AggregateTranslation::read_option(const PgQuery__DefElem* option, const OptionSpec& spec,
                                       std::string& text) {
  const std::string keyword = upper(std::string(spec.name));
  const PgQuery__Node* arg = option->arg;
  auto fail = [&](const std::string& message) {
    m_context.error("invalid-object-definition",
                    "aggregate attribute \"" + std::string(spec.name) + "\" " + message,
                    option->location);
    return false;
  };
  switch (spec.arg) {
  case ArgKind::function: {
    const auto name = function_name(option);
    if (!name) return false;
    if (spec.name == "finalfunc") m_final = name;
    text = keyword + " = " + *name;
    return true;
  }
  case ArgKind::type: {
    if (arg == nullptr || arg->node_case != PG_QUERY__NODE__NODE_TYPE_NAME ||
        arg->type_name->pct_type)
      return fail("needs a type");
    const CanonicalType type = canonical_type(arg->type_name);
    if (type.user_type) add_ref(m_function.refs, schema::RefKind::type, *type.user_type);
    text = keyword + " = " + type.text;
    return true;
  }
  case ArgKind::number:
    if (arg == nullptr || arg->node_case != PG_QUERY__NODE__NODE_INTEGER)
      return fail("needs an integer");
    if (arg->integer->ival != 0) text = keyword + " = " + std::to_string(arg->integer->ival);
    return true;
  case ArgKind::literal: {
    std::string value;
    if (arg != nullptr && arg->node_case == PG_QUERY__NODE__NODE_STRING)
      value = arg->string->sval;
    else if (arg != nullptr && arg->node_case == PG_QUERY__NODE__NODE_INTEGER)
      value = std::to_string(arg->integer->ival);
    else if (arg != nullptr && arg->node_case == PG_QUERY__NODE__NODE_FLOAT)
      value = arg->float_->fval;
    else
      return fail("needs a string");
    text = keyword + " = " + schema::quote_literal(value);
    return true;
  }
  case ArgKind::flag: {
    bool on = true;
    if (arg != nullptr) {
      const auto parts = name_parts(arg);
      const std::string word = arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN
                                   ? (arg->boolean->boolval ? "true" : "false")
                               : parts.size() == 1 ? lower(parts[0])
                                                   : "";
      if (word == "true" || word == "on")
        on = true;
      else if (word == "false" || word == "off")
        on = false;
      else
        return fail("needs a Boolean value");
    }
    if (on && spec.name == "hypothetical") {
      if (m_shape.kind != schema::AggregateKind::ordered_set)
        return fail("is only for ordered-set aggregates");
      m_shape.kind = schema::AggregateKind::hypothetical;
    }
    if (on) text = keyword;
    return true;
  }
  case ArgKind::modify: {
    const auto parts = name_parts(arg);
    const std::string value = parts.size() == 1 ? lower(parts[0]) : "";
    if (value != "read_only" && value != "shareable" && value != "read_write")
      return fail("must be READ_ONLY, SHAREABLE, or READ_WRITE");
    // The default: READ_ONLY for a normal aggregate, READ_WRITE for an ordered-set one.
    const std::string fallback =
        m_shape.kind == schema::AggregateKind::normal ? "read_only" : "read_write";
    if (value != fallback) text = keyword + " = " + upper(value);
    return true;
  }
  case ArgKind::sortop: {
    std::vector<std::string> parts;
    if (arg != nullptr && arg->node_case == PG_QUERY__NODE__NODE_LIST)
      parts = str_list(arg->list->items, arg->list->n_items);
    if (parts.size() == 2 && parts[0] == "pg_catalog") parts.erase(parts.begin());
    if (parts.size() != 1)
      return fail("must name a built-in operator (operators are not supported)");
    text = keyword + " = " + parts[0];
    return true;
  }
  case ArgKind::parallel: {
    const auto parts = name_parts(arg);
    const std::string value = parts.size() == 1 ? lower(parts[0]) : "";
    if (value != "safe" && value != "restricted" && value != "unsafe")
      return fail("must be SAFE, RESTRICTED, or UNSAFE");
    if (value != "unsafe") text = keyword + " = " + upper(value);
    return true;
  }
  }
  return true;
}

}  // namespace pgmorph::parser::aggregate_detail
