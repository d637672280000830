// A whole catalog as DDL: what `pgmorph dump --format sql` prints.
#pragma once

#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

#include <string>

namespace pgmorph::codegen {

/// The statements that create `catalog` (normalized) from an empty database, in dependency
/// order: the up steps of the plan diff(empty, catalog), without the migration header or
/// transaction blocks, each ending with `;` and a blank line, after one
/// `SET check_function_bodies = false;` line (as pg_dump writes, so function bodies may
/// name objects created later). pgmorph reads the text back to an equal catalog.
/// Diff errors (none are expected from an empty side) go to `diagnostics`.
std::string emit_dump(const schema::Catalog& catalog, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::codegen
