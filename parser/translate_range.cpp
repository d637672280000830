// CREATE TYPE ... AS RANGE (pg_range). The multirange type and the constructor functions
// PostgreSQL creates with it are names the range type takes, never objects of their own.
#include "parser/expr.hpp"
#include "parser/refs.hpp"
#include "parser/translate.hpp"
#include "parser/types.hpp"
#include "schema/names.hpp"
#include "schema/naming.hpp"

namespace pgmorph::parser {

namespace {

/// The name parts of a definition argument: `float8`, `"C"`, `myschema.f` arrive as a
/// TypeName, a quoted literal as a String.
std::vector<std::string> arg_parts(const PgQuery__Node* arg) {
  if (arg == nullptr) return {};
  if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
    return str_list(arg->type_name->names, arg->type_name->n_names);
  if (arg->node_case == PG_QUERY__NODE__NODE_STRING) return {arg->string->sval};
  return {};
}

/// `name` or `schema.name`, quoted as needed; `pg_catalog.` is dropped (what the catalog
/// query prints for built-ins).
std::string parts_text(std::vector<std::string> parts) {
  if (parts.size() == 2 && parts[0] == "pg_catalog") parts.erase(parts.begin());
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ".") + schema::quote_ident(part);
  return text;
}

}  // namespace

void translate_create_range(Context& context, PgQuery__CreateRangeStmt* stmt) {
  schema::QualifiedName name = qualified_from_parts(str_list(stmt->type_name, stmt->n_type_name));
  if (name.schema.empty()) name.schema = std::string(schema::k_default_schema);
  if (context.type_name_taken(name))
    return context.error("duplicate-object", "type \"" + display_name(name) + "\" already exists");
  schema::RangeType range;
  range.name = name;
  bool has_subtype = false;
  for (std::size_t i = 0; i < stmt->n_params; ++i) {
    const PgQuery__DefElem* option = stmt->params[i]->def_elem;
    const std::string_view option_name = option->defname;
    const std::vector<std::string> parts = arg_parts(option->arg);
    if (parts.empty() || parts.size() > 2)
      return context.error("syntax-error", "range type attribute \"" + std::string(option_name) + "\" needs a name",
                           option->location);
    auto function_option = [&](std::optional<std::string>& field) {
      field = parts_text(parts);
      // An unqualified name may be a user function in public or a built-in: normalize()
      // decides once the whole catalog is known.
      add_ref(range.refs, schema::RefKind::function, qualified_from_parts(parts));
    };
    if (option_name == "subtype") {
      if (option->arg->node_case != PG_QUERY__NODE__NODE_TYPE_NAME || option->arg->type_name->pct_type)
        return context.error("unsupported-feature", "a range subtype needs a plain type", option->location);
      const CanonicalType subtype = canonical_type(option->arg->type_name);
      range.subtype = subtype.text;
      if (subtype.user_type) add_ref(range.refs, schema::RefKind::type, *subtype.user_type);
      has_subtype = true;
    } else if (option_name == "subtype_opclass") {
      range.subtype_opclass = parts_text(parts);
    } else if (option_name == "collation") {
      range.collation = parts_text(parts);
      if (!(parts.size() == 2 && parts[0] == "pg_catalog"))
        add_ref(range.refs, schema::RefKind::collation, qualified_from_parts(parts));
    } else if (option_name == "canonical") {
      function_option(range.canonical);
    } else if (option_name == "subtype_diff") {
      function_option(range.subtype_diff);
    } else if (option_name == "multirange_type_name") {
      schema::QualifiedName multirange = qualified_from_parts(parts);
      if (multirange.schema.empty()) multirange.schema = name.schema;  // PostgreSQL: the range's schema
      range.multirange_name = multirange;
    } else {
      return context.error("syntax-error", "type attribute \"" + std::string(option_name) + "\" not recognized",
                           option->location);
    }
  }
  if (!has_subtype) return context.error("syntax-error", "type attribute \"subtype\" is required");
  const schema::QualifiedName multirange =
      range.multirange_name.value_or(schema::QualifiedName{name.schema, schema::default_multirange_name(name.name)});
  if (context.type_name_taken(multirange))
    return context.error("duplicate-object", "type \"" + display_name(multirange) +
                                                 "\" already exists (the multirange type of " + display_name(name) +
                                                 "; name another with MULTIRANGE_TYPE_NAME)");
  context.catalog().range_types.emplace(name, std::move(range));
}

}  // namespace pgmorph::parser
