// The single canonicalizer, applied to every catalog (parsed or introspected) before diffing.
#pragma once

#include "schema/model.hpp"

namespace pgmorph::schema {

/// Brings a catalog to the invariants listed at the top of model.hpp that its source does
/// not guarantee by construction: empty schemas become `public`, children are sorted and
/// reference lists deduplicated. Idempotent.
void normalize(Catalog& catalog);

}  // namespace pgmorph::schema
