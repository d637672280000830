// Column order in down.sql (see down_column_order.cpp).
#pragma once

#include "diff/diff.hpp"

namespace pgmorph::diff {

/// The changes down.sql needs after the reverse of `ordered` (the plan from `from` to `to`)
/// to give `from`'s column order back: rebuilds of the kept tables whose dropped columns
/// come back at the end (see TableRebuild), with everything on and over them. Empty when
/// the reverse reaches every order in place. They are the up changes of a plan from "`from`
/// as the reverse leaves it" to `from`; codegen runs them at the end of down.sql only.
/// Diagnostics of that plan (a table that cannot be rebuilt) are added, prefixed `down.sql:`.
ChangeSet down_column_order_fixups(const schema::Catalog& from, const schema::Catalog& to, const ChangeSet& ordered,
                                   schema::Diagnostics& diagnostics, DiffOptions options);

}  // namespace pgmorph::diff
