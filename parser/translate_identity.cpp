// Identity columns: GENERATED ... AS IDENTITY, its sequence options, and the ALTER COLUMN
// forms that change them. The identity sequence is not a catalog object of its own: its
// name is PostgreSQL's choice (pg_dump spells it out, we ignore it) and its options live
// on the column as canonical text (schema/identity.hpp).
#include <string_view>
#include <vector>

#include "parser/column.hpp"
#include "schema/identity.hpp"

namespace pgmorph::parser {

namespace {

/// The options of `sequence` that differ from PostgreSQL's defaults for its type and
/// direction.
schema::IdentityOptions non_default_options(const schema::Sequence& sequence) {
  const schema::Sequence defaults = default_sequence({}, sequence.type, sequence.increment);
  schema::IdentityOptions options;
  if (sequence.increment != 1) options.increment = sequence.increment;
  if (sequence.min_value != defaults.min_value) options.min_value = sequence.min_value;
  if (sequence.max_value != defaults.max_value) options.max_value = sequence.max_value;
  // Without START WITH the sequence starts at its (possibly explicit) bound.
  if (sequence.start != options.effective_start()) options.start = sequence.start;
  if (sequence.cache != 1) options.cache = sequence.cache;
  options.cycle = sequence.cycle;
  return options;
}

/// The identity sequence `column` describes, as a Sequence to apply options to.
schema::Sequence identity_sequence(const schema::Column& column) {
  const schema::IdentityOptions options = schema::parse_identity_options(column.identity_options);
  schema::Sequence sequence = default_sequence({}, column.type, options.step());
  if (options.min_value) sequence.min_value = *options.min_value;
  if (options.max_value) sequence.max_value = *options.max_value;
  sequence.start = options.effective_start();
  if (options.cache) sequence.cache = *options.cache;
  sequence.cycle = options.cycle;
  return sequence;
}

/// Applies sequence options (skipping SEQUENCE NAME and the SET GENERATED marker) to the
/// column's identity sequence; false after a diagnostic.
bool apply_options(Context& context, schema::Column& column, PgQuery__Node** items, std::size_t count,
                   bool creating) {
  std::vector<PgQuery__Node*> options;
  for (std::size_t i = 0; i < count; ++i) {
    const PgQuery__Node* item = items[i];
    if (item->node_case == PG_QUERY__NODE__NODE_DEF_ELEM) {
      const std::string_view name = item->def_elem->defname;
      if (name == "sequence_name" || name == "generated") continue;
      if (name == "as" || name == "owned_by") {
        context.error("unsupported-feature", "identity sequence option " + std::string(name) + " is not supported",
                      item->def_elem->location);
        return false;
      }
    }
    options.push_back(items[i]);
  }
  schema::Sequence sequence = creating ? default_sequence({}, column.type) : identity_sequence(column);
  apply_sequence_options(context, sequence, options.data(), options.size(), creating);
  column.identity_options = schema::identity_options_text(non_default_options(sequence));
  return true;
}

}  // namespace

bool apply_identity(Context& context, schema::Column& column, PgQuery__Constraint* constraint) {
  column.identity = constraint->generated_when != nullptr && constraint->generated_when[0] == 'd'
                        ? schema::Identity::by_default
                        : schema::Identity::always;
  // PostgreSQL makes identity columns NOT NULL.
  column.not_null = true;
  return apply_options(context, column, constraint->options, constraint->n_options, true);
}

void alter_identity(Context& context, schema::Column& column, PgQuery__Node* options) {
  if (column.identity == schema::Identity::none) {
    return context.error("undefined-object", "column \"" + column.name + "\" is not an identity column");
  }
  if (options == nullptr || options->node_case != PG_QUERY__NODE__NODE_LIST) return;
  PgQuery__List* list = options->list;
  for (std::size_t i = 0; i < list->n_items; ++i) {
    const PgQuery__Node* item = list->items[i];
    if (item->node_case != PG_QUERY__NODE__NODE_DEF_ELEM ||
        std::string_view(item->def_elem->defname) != "generated")
      continue;
    // The argument is ATTRIBUTE_IDENTITY_ALWAYS ('a') or ATTRIBUTE_IDENTITY_BY_DEFAULT ('d').
    const PgQuery__Node* arg = item->def_elem->arg;
    if (arg != nullptr && arg->node_case == PG_QUERY__NODE__NODE_INTEGER)
      column.identity = arg->integer->ival == 'd' ? schema::Identity::by_default : schema::Identity::always;
  }
  apply_options(context, column, list->items, list->n_items, false);
}

}  // namespace pgmorph::parser
