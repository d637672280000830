// Turning a SRC argument into a catalog, and printing diagnostics.
#pragma once

#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

#include <optional>
#include <string>

namespace pgmorph::cli {

/// Loads SRC, not normalized yet. SRC is a live database (a `postgres://` or
/// `postgresql://` URL, or a libpq keyword/value string such as `host=db dbname=app`), a
/// JSON snapshot (`*.json`, as `pgmorph dump --format json` writes), or a .sql file or a
/// directory of .sql files.
std::optional<schema::Catalog> load_catalog(const std::string& source,
                                            schema::Diagnostics& diagnostics);

/// Both sides of a comparison.
struct LoadedPair {
  std::optional<schema::Catalog> from;
  std::optional<schema::Catalog> to;
};

/// Loads `from` and `to` concurrently (introspecting a database while parsing files) and
/// appends their diagnostics in that order. Either side is empty after an error.
LoadedPair load_catalogs(const std::string& from, const std::string& to,
                         schema::Diagnostics& diagnostics);

/// SRC as it may be printed (script headers, messages): passwords masked.
std::string source_label(const std::string& source);

/// Prints every diagnostic to stderr, errors and warnings alike.
void print_diagnostics(const schema::Diagnostics& diagnostics);

}  // namespace pgmorph::cli
