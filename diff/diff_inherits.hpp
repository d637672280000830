// Table inheritance in a diff: what the plan's changes to parents do to their children.
#pragma once

#include <string>
#include <vector>

#include "diff/context.hpp"

namespace pgmorph::diff {

/// `old` (a kept table) as PostgreSQL leaves it once the plan's changes to its parents
/// recurse into it: a merged local column takes its parent's new type, and a default or
/// NOT NULL the parent changes. What is left to diff is the child's own part. Transitions
/// PostgreSQL cannot make in place (a child's own column becoming only inherited while the
/// parent keeps it, or the reverse; a different INHERITS list) are `unsupported-feature`
/// errors in `context`, and the result is then nullopt.
std::optional<schema::Table> with_parent_changes(DiffContext& context, const schema::Table& old,
                                                 const schema::Table& now);

/// The parents of `old`/`now` (either side) that have a column named `column`, in name
/// order: the child's change of that column is ordered against theirs (order.hpp keys).
std::vector<QualifiedName> parents_with_column(const DiffContext& context, const schema::Table& old,
                                               const schema::Table& now, const std::string& column);

}  // namespace pgmorph::diff
