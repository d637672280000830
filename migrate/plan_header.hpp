// The source fingerprint `pgmorph plan` writes at the top of a pgmorph-format file
// (`-- pgmorph:from sha256:<hex>`, docs/plan.md), read back by `apply` to refuse a plan made
// for a schema the database no longer has.
#pragma once

#include "schema/diagnostic.hpp"

#include <optional>
#include <string>

namespace pgmorph::migrate {

/// Where the header was found and what it says.
struct FromHeader {
  std::string fingerprint;  ///< `sha256:<64 hex>`
  int line = 0;             ///< 1-based line of the header in the file
};

/// The `-- pgmorph:from sha256:<hex>` line among the file's leading comment lines (a BOM
/// and blank lines allowed before it); empty when the file has none (not written by
/// `pgmorph plan`, so not checked). A malformed value after `pgmorph:from` is an error in
/// `diagnostics` at path:line:col.
std::optional<FromHeader> read_from_header(const std::string& path, const std::string& content,
                                           schema::Diagnostics& diagnostics);

}  // namespace pgmorph::migrate
