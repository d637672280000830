// The interface between the diff engine and the world: anything that yields a Catalog.
#pragma once

#include <optional>

#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

namespace pgmorph::schema {

/// Produces a catalog (not yet normalized) or diagnostics explaining why it could not.
/// Implementations: parser::SqlFilesSource (offline files); a live-database source follows.
class CatalogSource {
 public:
  virtual ~CatalogSource() = default;

  /// Loads the catalog. Diagnostics (warnings included) are appended to `diagnostics`; the
  /// result is empty when any error was reported.
  virtual std::optional<Catalog> load(Diagnostics& diagnostics) = 0;
};

}  // namespace pgmorph::schema
