// Sources as a plan reads them when a scratch server is available: schema files that hold
// statements pgmorph cannot read from text (DO blocks, seed INSERTs, setval) are loaded
// into a scratch database there, and that database stands in for the files.
#pragma once

#include "migrate/scratch_database.hpp"
#include "schema/diagnostic.hpp"

#include <memory>
#include <string>
#include <vector>

namespace pgmorph::cli {

/// The two sides of a comparison as SRC strings, plus the scratch databases that back any
/// side loaded on the scratch server (dropped with this object).
struct ResolvedSources {
  std::string from;
  std::string to;
  std::vector<std::unique_ptr<migrate::ScratchDatabase>> scratch;
};

/// `from` and `to` unchanged, except a files side whose only errors are `needs-dev-server`
/// when `dev_url` is set: its files run, in the order pgmorph reads them, in a new scratch
/// database, and the side becomes that database. A file statement that fails there is an
/// error `dev-server-load` at its file:line. Empty after any error in `diagnostics`.
std::optional<ResolvedSources> resolve_sources(const std::string& from, const std::string& to,
                                               const std::optional<std::string>& dev_url,
                                               schema::Diagnostics& diagnostics);

}  // namespace pgmorph::cli
