// Kept tables rebuilt to reach a column order PostgreSQL cannot reach in place.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diff/context.hpp"

namespace pgmorph::diff {

/// The names of `table`'s columns, in order.
std::vector<std::string> column_names(const schema::Table& table);

/// The column order `old` ends up in when the plan changes it into `now` in place: kept
/// columns where they are, then new columns and columns dropped and added again, appended
/// in `now`'s order.
std::vector<std::string> column_order_in_place(const DiffContext& context, const schema::Table& old,
                                               const schema::Table& now);

/// For every kept table whose order in place differs from the desired one: puts it in
/// `context.rebuilt_tables` when a rebuild is allowed (DiffOptions::rebuild_for_column_order)
/// and safe, else records in `context.column_order_kept` why it stays in place. Runs before
/// the table differ (foreign keys to rebuilt tables are re-added, and so on).
void plan_table_rebuilds(DiffContext& context);

/// The two halves of the rebuild of `old` into `now`: the DropTable half's, then the
/// CreateTable half's (same aside name and sequences; each knows the other side's columns).
std::pair<TableRebuild, TableRebuild> table_rebuild(const DiffContext& context, const schema::Table& old,
                                                    const schema::Table& now);

}  // namespace pgmorph::diff
