// JSON snapshots: a whole Catalog as one JSON document, for `pgmorph dump --format json`
// and as a diff source (`--from schema.json`). The round trip is exact: reading a snapshot
// gives back a Catalog equal (operator==) to the one written.
//
// Format: an object {"format": "pgmorph-snapshot", "version": 1, "schemas": [...],
// "extensions": [...], "tables": [...], "indexes": [...], "sequences": [...],
// "enums": [...], "domains": [...], "views": [...], "functions": [...], "triggers": [...]},
// each list holding one object per model struct with the struct's field names; qualified
// names are {"schema": ..., "name": ...}; absent optionals are null; enum values are their
// C++ names (`primary_key`, `by_default`).
#pragma once

#include "schema/diagnostic.hpp"
#include "schema/model.hpp"
#include "schema/source.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pgmorph::schema {

/// The snapshot text (2-space indented, newline-terminated). Empty after an `io-error`
/// diagnostic when a string is not valid UTF-8 (JSON cannot carry it).
std::optional<std::string> to_snapshot_json(const Catalog& catalog, Diagnostics& diagnostics);

/// Reads snapshot text; `path` names it in diagnostics. Empty after a `snapshot-invalid`
/// diagnostic when the text is not a version-1 snapshot.
std::optional<Catalog> from_snapshot_json(std::string_view text, const std::string& path,
                                          Diagnostics& diagnostics);

/// A JSON snapshot file as a catalog source.
class SnapshotSource : public CatalogSource {
 public:
  explicit SnapshotSource(std::string path) : m_path(std::move(path)) {}
  std::optional<Catalog> load(Diagnostics& diagnostics) override;

 private:
  std::string m_path;
};

}  // namespace pgmorph::schema
