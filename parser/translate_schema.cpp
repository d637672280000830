// CREATE SCHEMA, CREATE EXTENSION, CREATE SEQUENCE and ALTER SEQUENCE.
#include <algorithm>
#include <cstdint>
#include <limits>

#include "parser/expr.hpp"
#include "parser/translate.hpp"
#include "parser/types.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

struct TypeRange {
  std::int64_t min;
  std::int64_t max;
};

TypeRange range_of(const std::string& type) {
  if (type == "smallint") return {std::numeric_limits<std::int16_t>::min(), std::numeric_limits<std::int16_t>::max()};
  if (type == "integer") return {std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()};
  return {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
}

std::optional<std::int64_t> number_of(const PgQuery__Node* arg) {
  if (arg == nullptr) return std::nullopt;
  try {
    if (arg->node_case == PG_QUERY__NODE__NODE_INTEGER) return arg->integer->ival;
    if (arg->node_case == PG_QUERY__NODE__NODE_FLOAT) return std::stoll(arg->float_->fval);
    if (arg->node_case == PG_QUERY__NODE__NODE_A_CONST && arg->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL)
      return arg->a_const->ival->ival;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

std::string string_of(const PgQuery__Node* arg) {
  if (arg == nullptr) return {};
  if (arg->node_case == PG_QUERY__NODE__NODE_STRING) return arg->string->sval;
  if (arg->node_case == PG_QUERY__NODE__NODE_A_CONST && arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
    return arg->a_const->sval->sval;
  return {};
}

void apply_owned_by(Context& context, schema::Sequence& sequence, const PgQuery__DefElem* option) {
  if (option->arg == nullptr || option->arg->node_case != PG_QUERY__NODE__NODE_LIST) return;
  const auto parts = str_list(option->arg->list->items, option->arg->list->n_items);
  if (parts.size() == 1 && parts[0] == "none") {
    sequence.owned_by_table.reset();
    sequence.owned_by_column.clear();
    return;
  }
  if (parts.size() < 2) {
    context.error("unsupported-feature", "invalid OWNED BY", option->location);
    return;
  }
  const schema::QualifiedName table = qualified_from_parts({parts.begin(), parts.end() - 1});
  auto found = context.catalog().tables.find(table);
  if (found == context.catalog().tables.end()) {
    context.error("undefined-object", "relation \"" + display_name(table) + "\" does not exist", option->location);
    return;
  }
  const auto& columns = found->second.columns;
  if (std::none_of(columns.begin(), columns.end(), [&](const schema::Column& c) { return c.name == parts.back(); })) {
    context.error("undefined-object",
                  "column \"" + parts.back() + "\" of relation \"" + display_name(table) + "\" does not exist",
                  option->location);
    return;
  }
  sequence.owned_by_table = table;
  sequence.owned_by_column = parts.back();
}

}  // namespace

schema::Sequence default_sequence(const schema::QualifiedName& name, const std::string& type,
                                  std::int64_t increment) {
  schema::Sequence sequence;
  sequence.name = name;
  sequence.type = type;
  sequence.increment = increment;
  const TypeRange range = range_of(type);
  sequence.min_value = increment > 0 ? 1 : range.min;
  sequence.max_value = increment > 0 ? range.max : -1;
  sequence.start = increment > 0 ? sequence.min_value : sequence.max_value;
  sequence.cache = 1;
  return sequence;
}

void apply_sequence_options(Context& context, schema::Sequence& sequence, PgQuery__Node** options,
                            std::size_t count, bool creating) {
  // Like PostgreSQL's init_params(): explicit values first, then defaults derived from the
  // type and the direction for whatever was not given (or was reset with NO MINVALUE...).
  const schema::Sequence before = sequence;
  std::optional<std::int64_t> min_value, max_value, start;
  bool reset_min = creating, reset_max = creating, reset_start = creating;
  for (std::size_t i = 0; i < count; ++i) {
    if (options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* option = options[i]->def_elem;
    const std::string_view name = option->defname;
    if (name == "as") {
      const CanonicalType type = canonical_type(option->arg->type_name);
      if (type.text != "smallint" && type.text != "integer" && type.text != "bigint") {
        context.error("unsupported-feature", "sequence type must be smallint, integer or bigint", option->location);
        continue;
      }
      sequence.type = type.text;
      // Bounds that were the old type's defaults follow the new type.
      if (!creating) {
        const auto old_defaults = default_sequence({}, before.type, before.increment);
        reset_min = reset_min || before.min_value == old_defaults.min_value;
        reset_max = reset_max || before.max_value == old_defaults.max_value;
      }
    } else if (name == "increment") {
      if (auto value = number_of(option->arg); value && *value != 0) sequence.increment = *value;
      else context.error("unsupported-feature", "invalid INCREMENT", option->location);
    } else if (name == "minvalue") {
      if (option->arg == nullptr) reset_min = true;
      else min_value = number_of(option->arg);
    } else if (name == "maxvalue") {
      if (option->arg == nullptr) reset_max = true;
      else max_value = number_of(option->arg);
    } else if (name == "start") {
      start = number_of(option->arg);
    } else if (name == "cache") {
      if (auto value = number_of(option->arg)) sequence.cache = *value;
    } else if (name == "cycle") {
      sequence.cycle = option->arg == nullptr ||
                       (option->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN && option->arg->boolean->boolval) ||
                       (option->arg->node_case == PG_QUERY__NODE__NODE_INTEGER && option->arg->integer->ival != 0);
    } else if (name == "owned_by") {
      apply_owned_by(context, sequence, option);
    } else if (name == "restart") {
      // RESTART changes the current value, which is data, not schema.
    } else {
      context.error("unsupported-feature", "sequence option " + std::string(name) + " is not supported",
                    option->location);
    }
  }
  const schema::Sequence defaults = default_sequence(sequence.name, sequence.type, sequence.increment);
  if (min_value) sequence.min_value = *min_value;
  else if (reset_min) sequence.min_value = defaults.min_value;
  if (max_value) sequence.max_value = *max_value;
  else if (reset_max) sequence.max_value = defaults.max_value;
  if (start) sequence.start = *start;
  else if (reset_start) sequence.start = sequence.increment > 0 ? sequence.min_value : sequence.max_value;
}

void translate_create_sequence(Context& context, PgQuery__CreateSeqStmt* stmt) {
  if (std::string_view(stmt->sequence->relpersistence) == "t")
    return context.error("unsupported-feature", "temporary sequences are not supported", stmt->sequence->location);
  // Introspection refuses an unlogged sequence too (introspect/queries/unsupported.sql).
  if (std::string_view(stmt->sequence->relpersistence) == "u")
    return context.error("unsupported-feature", "unlogged sequences are not supported", stmt->sequence->location);
  const schema::QualifiedName name = qualified_from_range_var(stmt->sequence);
  if (context.relation_exists(name)) {
    if (stmt->if_not_exists) return;
    return context.error("duplicate-object", "relation \"" + display_name(name) + "\" already exists",
                         stmt->sequence->location);
  }
  schema::Sequence sequence = default_sequence(name, "bigint");
  apply_sequence_options(context, sequence, stmt->options, stmt->n_options, true);
  context.catalog().sequences.emplace(name, std::move(sequence));
}

void translate_alter_sequence(Context& context, PgQuery__AlterSeqStmt* stmt) {
  const schema::QualifiedName name = qualified_from_range_var(stmt->sequence);
  auto found = context.catalog().sequences.find(name);
  if (found == context.catalog().sequences.end()) {
    if (stmt->missing_ok) return;
    return context.error("undefined-object", "sequence \"" + display_name(name) + "\" does not exist",
                         stmt->sequence->location);
  }
  apply_sequence_options(context, found->second, stmt->options, stmt->n_options, false);
}

void translate_create_schema(Context& context, PgQuery__CreateSchemaStmt* stmt) {
  if (stmt->n_schema_elts > 0)
    return context.error("unsupported-feature", "CREATE SCHEMA with schema elements is not supported");
  std::optional<std::string> owner;
  if (stmt->authrole != nullptr && !owner_of(context, stmt->authrole, owner)) return;
  // CREATE SCHEMA AUTHORIZATION role names the schema after the role.
  const bool named = stmt->schemaname != nullptr && stmt->schemaname[0] != '\0';
  if (!named && !owner)
    return context.error("unsupported-feature", "CREATE SCHEMA without a name is not supported");
  const std::string name = named ? std::string(stmt->schemaname) : *owner;
  // `public` always exists in the model (pg_dump may still write CREATE SCHEMA public).
  if (name == schema::k_default_schema) return;
  if (context.catalog().schemas.count(name) != 0) {
    if (stmt->if_not_exists) return;
    return context.error("duplicate-object", "schema \"" + name + "\" already exists");
  }
  schema::SchemaObject object;
  object.name = name;
  object.owner = owner;
  context.catalog().schemas.emplace(name, std::move(object));
}

void translate_create_extension(Context& context, PgQuery__CreateExtensionStmt* stmt) {
  const std::string name = stmt->extname;
  // initdb installs plpgsql in every database: it is never created or dropped, and a
  // schema file that names it (pg_dump writes `CREATE EXTENSION IF NOT EXISTS plpgsql`)
  // changes nothing.
  if (name == "plpgsql") return;
  if (context.catalog().extensions.count(name) != 0) {
    if (stmt->if_not_exists) return;
    return context.error("duplicate-object", "extension \"" + name + "\" already exists");
  }
  schema::Extension extension;
  extension.name = name;
  for (std::size_t i = 0; i < stmt->n_options; ++i) {
    const PgQuery__DefElem* option = stmt->options[i]->def_elem;
    const std::string_view option_name = option->defname;
    if (option_name == "schema") extension.schema = string_of(option->arg);
    else if (option_name == "new_version") extension.version = string_of(option->arg);
    else if (option_name == "cascade") continue;  // how to install, not what is installed
    else context.error("unsupported-feature", "extension option " + std::string(option_name) + " is not supported",
                       option->location);
  }
  // Without WITH SCHEMA an extension goes to the first schema of the search path, public,
  // unless its control file fixes one; introspection leaves out the schema it would have
  // chosen, so an explicit `public` is that default too.
  if (extension.schema == schema::k_default_schema) extension.schema.clear();
  context.catalog().extensions.emplace(name, std::move(extension));
}

}  // namespace pgmorph::parser
