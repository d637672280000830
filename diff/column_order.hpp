// Column order after a plan: PostgreSQL appends every added column, so the order a plan
// reaches is known only once its changes are ordered.
#pragma once

#include <map>
#include <string>

#include "diff/change.hpp"
#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

namespace pgmorph::diff {

/// Replays the ADD COLUMN / DROP COLUMN changes of `ordered` on each table `from` and `to`
/// both hold (and the plan does not recreate), and adds a `column-order` warning for each
/// table whose columns end up in another order than `to` declares. A column added in the
/// middle, kept columns swapped, or a column dropped and added again (a generated column
/// recomputed, a drop + add for a type change) all move. `kept_in_place` says, per table,
/// why it was not rebuilt instead (DiffContext::column_order_kept).
void check_column_order(const ChangeSet& ordered, const schema::Catalog& from, const schema::Catalog& to,
                        const std::map<QualifiedName, std::string>& kept_in_place,
                        schema::Diagnostics& diagnostics);

}  // namespace pgmorph::diff
