// Collations in user schemas: created, dropped, or dropped and created again (ALTER
// COLLATION only renames, moves, re-owns or refreshes the version), refused while a kept
// column, domain or range type sorts by the collation.
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

namespace pgmorph::diff {

namespace {

/// Whether a COLLATE spelling (`"C"`, `public.german`, `german`) names `collation`. An
/// unqualified name is taken to be in public, as the parser records it.
bool names(const std::optional<std::string>& spelled, const QualifiedName& collation) {
  if (!spelled) return false;
  return *spelled == schema::quote_qualified(collation) ||
         (collation.schema == schema::k_default_schema && *spelled == schema::quote_ident(collation.name));
}

/// A kept column, domain or range type that uses the collation on both sides; empty when none.
std::string kept_use(const DiffContext& context, const QualifiedName& collation) {
  for (const auto& [name, table] : context.from.tables) {
    auto now = context.to.tables.find(name);
    if (now == context.to.tables.end()) continue;
    for (const auto& column : table.columns) {
      if (!names(column.collation, collation)) continue;
      for (const auto& kept : now->second.columns)
        if (kept.name == column.name && names(kept.collation, collation))
          return "column " + schema::display_name(name) + "." + schema::quote_ident(column.name);
    }
  }
  for (const auto& [name, domain] : context.from.domains)
    if (auto now = context.to.domains.find(name);
        now != context.to.domains.end() && names(domain.collation, collation) && names(now->second.collation, collation))
      return "domain " + schema::display_name(name);
  for (const auto& [name, range] : context.from.range_types)
    if (auto now = context.to.range_types.find(name); now != context.to.range_types.end() &&
                                                      names(range.collation, collation) &&
                                                      names(now->second.collation, collation))
      return "range type " + schema::display_name(name);
  return "";
}

}  // namespace

void diff_collations(DiffContext& context) {
  diff_by_key(
      context.from.collations, context.to.collations,
      [&](const schema::Collation& old) { context.add(DropCollation{old}); },
      [&](const schema::Collation& created) { context.add(CreateCollation{created}); },
      [&](const schema::Collation& old, const schema::Collation& now) {
        schema::Collation old_settings = old, new_settings = now;
        old_settings.comment.reset();
        new_settings.comment.reset();
        if (old_settings != new_settings) {
          // DROP COLLATION would fail (or, with CASCADE, drop the column).
          if (const std::string use = kept_use(context, now.name); !use.empty()) {
            context.unsupported("collation " + schema::display_name(now.name) +
                                ": its settings change, which PostgreSQL can only do by dropping and creating "
                                "it again, but " + use + " uses it; create a new collation and move the users to it");
            return;
          }
          context.add(DropCollation{old});
          context.add(CreateCollation{now});  // with its comment
          return;
        }
        diff_comment(context, {CommentKind::collation, now.name, ""}, old.comment, now.comment);
      });
}

}  // namespace pgmorph::diff
