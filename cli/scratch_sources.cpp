#include "cli/scratch_sources.hpp"

#include "cli/sources.hpp"
#include "introspect/connection.hpp"
#include "migrate/script_runner.hpp"
#include "parser/parse.hpp"

#include <algorithm>

namespace pgmorph::cli {

namespace {

// True when parsing the files fails only because some statement needs a server.
bool needs_server(const std::string& source) {
  if (introspect::is_connection_string(source) || source.ends_with(".json")) return false;
  schema::Diagnostics probe;
  parser::SqlFilesSource files(source);
  if (files.load(probe)) return false;
  bool any = false;
  for (const auto& diagnostic : probe) {
    if (diagnostic.severity != schema::Severity::error) continue;
    if (diagnostic.code != "needs-dev-server") return false;
    any = true;
  }
  return any;
}

// Runs every file of `source` in a new scratch database; that database, or null.
std::unique_ptr<migrate::ScratchDatabase> load_on_server(const std::string& source, const std::string& dev_url,
                                                         schema::Diagnostics& diagnostics) {
  const auto files = parser::list_sql_files(source, diagnostics);
  if (!files) return nullptr;
  auto scratch = migrate::ScratchDatabase::create(dev_url, diagnostics);
  if (!scratch) return nullptr;
  migrate::SqlSession session(scratch->conninfo(), diagnostics);
  if (!session.ok()) return nullptr;
  for (const auto& file : *files) {
    const auto text = parser::read_sql_file(file, diagnostics);
    if (!text) return nullptr;
    if (auto failure = migrate::run_script(session, *text, file.string())) {
      diagnostics.push_back({schema::Severity::error, "dev-server-load",
                             "loading the schema files on the scratch server failed: " +
                                 failure->error.message +
                                 (failure->error.detail.empty() ? "" : " (" + failure->error.detail + ")"),
                             failure->statement.location});
      return nullptr;
    }
  }
  return scratch;
}

}  // namespace

std::optional<ResolvedSources> resolve_sources(const std::string& from, const std::string& to,
                                               const std::optional<std::string>& dev_url,
                                               schema::Diagnostics& diagnostics) {
  ResolvedSources sources{from, to, {}};
  if (!dev_url) return sources;
  for (std::string* side : {&sources.from, &sources.to}) {
    if (!needs_server(*side)) continue;
    auto scratch = load_on_server(*side, *dev_url, diagnostics);
    if (!scratch) return std::nullopt;
    *side = scratch->conninfo();
    sources.scratch.push_back(std::move(scratch));
  }
  return sources;
}

}  // namespace pgmorph::cli
