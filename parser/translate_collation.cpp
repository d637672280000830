// CREATE COLLATION (pg_collation): PROVIDER, LOCALE or LC_COLLATE / LC_CTYPE, DETERMINISTIC,
// VERSION, and FROM an existing collation (its settings are copied, as PostgreSQL does).
#include <cctype>

#include "parser/expr.hpp"
#include "parser/translate.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

/// The text of a definition argument: `icu` arrives as a TypeName, `'en-US'` as a String,
/// `false` as a String, `0` as an Integer.
std::optional<std::string> arg_text(const PgQuery__Node* arg) {
  if (arg == nullptr) return std::nullopt;
  if (arg->node_case == PG_QUERY__NODE__NODE_STRING) return std::string(arg->string->sval);
  if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME && arg->type_name->n_names == 1)
    return std::string(arg->type_name->names[0]->string->sval);
  if (arg->node_case == PG_QUERY__NODE__NODE_INTEGER) return std::to_string(arg->integer->ival);
  if (arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN) return arg->boolean->boolval ? "true" : "false";
  return std::nullopt;
}

std::optional<bool> boolean_of(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (text == "true" || text == "on" || text == "1" || text == "yes") return true;
  if (text == "false" || text == "off" || text == "0" || text == "no") return false;
  return std::nullopt;
}

/// The settings of a collation named by FROM: one of the file's, or a built-in whose
/// settings are known without a server (`C`, `POSIX`, `ucs_basic`).
std::optional<schema::Collation> source_collation(Context& context, std::vector<std::string> parts) {
  if (parts.size() == 2 && parts[0] == "pg_catalog") parts.erase(parts.begin());
  if (parts.size() == 1 && (parts[0] == "C" || parts[0] == "POSIX" || parts[0] == "ucs_basic")) {
    schema::Collation builtin;
    builtin.lc_collate = builtin.lc_ctype = parts[0] == "POSIX" ? "POSIX" : "C";
    return builtin;
  }
  const auto found = context.catalog().collations.find(qualified_from_parts(parts));
  if (found == context.catalog().collations.end()) return std::nullopt;
  return found->second;
}

}  // namespace

void translate_create_collation(Context& context, PgQuery__DefineStmt* stmt) {
  const schema::QualifiedName name = qualified_from_parts(str_list(stmt->defnames, stmt->n_defnames));
  if (context.catalog().collations.contains(name)) {
    if (stmt->if_not_exists) return;  // PostgreSQL: a notice, the first one stays
    return context.error("duplicate-object", "collation \"" + display_name(name) + "\" already exists");
  }
  schema::Collation collation;
  collation.name = name;
  std::optional<std::string> locale;
  bool from_existing = false;
  for (std::size_t i = 0; i < stmt->n_definition; ++i) {
    const PgQuery__DefElem* option = stmt->definition[i]->def_elem;
    const std::string_view option_name = option->defname;
    if (option_name == "from") {
      // FROM any_name: the argument is a list of names.
      std::vector<std::string> parts;
      if (option->arg != nullptr && option->arg->node_case == PG_QUERY__NODE__NODE_LIST)
        parts = str_list(option->arg->list->items, option->arg->list->n_items);
      auto source = source_collation(context, parts);
      if (!source)
        return context.error("unsupported-feature",
                             "CREATE COLLATION ... FROM \"" + display_name(qualified_from_parts(parts)) +
                                 "\": only C, POSIX, ucs_basic and collations declared earlier in the files "
                                 "can be read without a server; spell out PROVIDER and LOCALE instead",
                             option->location);
      source->name = name;
      source->comment.reset();
      collation = *source;
      from_existing = true;
      continue;
    }
    const std::optional<std::string> value = arg_text(option->arg);
    if (!value)
      return context.error("syntax-error", "collation attribute \"" + std::string(option_name) + "\" needs a value",
                           option->location);
    if (option_name == "provider") {
      if (*value != "libc" && *value != "icu")
        return context.error("unsupported-feature", "collation provider \"" + *value + "\" is not supported (libc, icu)",
                             option->location);
      collation.provider = *value;
    } else if (option_name == "locale") {
      locale = *value;
    } else if (option_name == "lc_collate") {
      collation.lc_collate = *value;
    } else if (option_name == "lc_ctype") {
      collation.lc_ctype = *value;
    } else if (option_name == "deterministic") {
      const std::optional<bool> flag = boolean_of(*value);
      if (!flag)
        return context.error("syntax-error", "deterministic requires a Boolean value", option->location);
      collation.deterministic = *flag;
    } else if (option_name == "version") {
      // Not compared: see schema::Collation.
    } else {
      return context.error("syntax-error", "collation attribute \"" + std::string(option_name) + "\" not recognized",
                           option->location);
    }
  }
  if (!from_existing) {
    if (collation.provider == "icu") {
      if (!locale)
        return context.error("syntax-error", "parameter \"locale\" must be specified for an icu collation");
      collation.locale = locale;
      collation.lc_collate.reset();
      collation.lc_ctype.reset();
    } else {
      // LOCALE sets both; an explicit LC_COLLATE / LC_CTYPE wins over it.
      if (locale) {
        if (!collation.lc_collate) collation.lc_collate = locale;
        if (!collation.lc_ctype) collation.lc_ctype = locale;
      }
      if (!collation.lc_collate || !collation.lc_ctype)
        return context.error("syntax-error", "parameter \"lc_collate\" and \"lc_ctype\" must be specified (or LOCALE)");
      if (!collation.deterministic)
        return context.error("syntax-error", "nondeterministic collations are not supported with this provider");
    }
  }
  context.catalog().collations.emplace(name, std::move(collation));
}

}  // namespace pgmorph::parser
