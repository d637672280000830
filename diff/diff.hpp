// Catalog x Catalog -> ChangeSet. Both catalogs must already be normalized.
#pragma once

#include "diff/change.hpp"
#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

namespace pgmorph::diff {

/// Computes the changes that turn `from` into `to`, in dependency order (diff::order is
/// applied). Changes PostgreSQL cannot make in place become drop + create; changes that
/// cannot be made at all are reported as `unsupported-change` errors in `diagnostics`.
ChangeSet diff(const schema::Catalog& from, const schema::Catalog& to,
               schema::Diagnostics& diagnostics);

}  // namespace pgmorph::diff
