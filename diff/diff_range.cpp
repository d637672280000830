// Range types: created, dropped, or dropped and created again (no ALTER TYPE changes a
// range type's definition), refused while something kept stores or builds on its values.
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"
#include "schema/naming.hpp"

namespace pgmorph::diff {

namespace {

/// The spellings of the range type and of its multirange type, as column types are spelled.
std::vector<std::string> spellings(const schema::RangeType& range) {
  const QualifiedName multirange = range.multirange_name.value_or(
      QualifiedName{range.name.schema, schema::default_multirange_name(range.name.name)});
  return {schema::quote_qualified(range.name), schema::quote_qualified(multirange)};
}

bool is_of(const std::string& type_text, const std::vector<std::string>& spelled) {
  for (const auto& name : spelled)
    if (type_text == name || type_text == name + "[]") return true;
  return false;
}

/// A kept column ("table.column") or domain ("domain name") using the range type on both
/// sides, which DROP TYPE would take with it; empty when none.
std::string kept_use(const DiffContext& context, const schema::RangeType& range) {
  const std::vector<std::string> spelled = spellings(range);
  for (const auto& [name, table] : context.from.tables) {
    auto now = context.to.tables.find(name);
    if (now == context.to.tables.end()) continue;
    for (const auto& column : table.columns) {
      if (!is_of(column.type, spelled)) continue;
      for (const auto& kept : now->second.columns)
        if (kept.name == column.name && is_of(kept.type, spelled))
          return "column " + schema::display_name(name) + "." + schema::quote_ident(column.name);
    }
  }
  for (const auto& [name, domain] : context.from.domains) {
    auto now = context.to.domains.find(name);
    if (now != context.to.domains.end() && is_of(domain.base_type, spelled) && is_of(now->second.base_type, spelled))
      return "domain " + schema::display_name(name);
  }
  return "";
}

}  // namespace

void diff_range_types(DiffContext& context) {
  diff_by_key(
      context.from.range_types, context.to.range_types,
      [&](const schema::RangeType& old) { context.add(DropRangeType{old}); },
      [&](const schema::RangeType& created) { context.add(CreateRangeType{created}); },
      [&](const schema::RangeType& old, const schema::RangeType& now) {
        if (!old.same_definition(now)) {
          // DROP TYPE would take the columns (and their data) with it, or fail on a domain.
          if (const std::string use = kept_use(context, old); !use.empty()) {
            context.unsupported("range type " + schema::display_name(now.name) +
                                ": its definition changes, which PostgreSQL can only do by dropping and "
                                "creating it again, but " + use +
                                " uses it; create a new range type and migrate the column to it");
            return;
          }
          context.add(DropRangeType{old});
          context.add(CreateRangeType{now});  // with its comment and privileges
          return;
        }
        diff_acl(context, old, now);
        diff_comment(context, {CommentKind::type, now.name, ""}, old.comment, now.comment);
      });
}

}  // namespace pgmorph::diff
