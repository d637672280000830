#include "cli/sources.hpp"

#include "introspect/connection.hpp"
#include "introspect/pg_source.hpp"
#include "parser/parse.hpp"
#include "schema/snapshot.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <future>

namespace pgmorph::cli {

std::optional<schema::Catalog> load_catalog(const std::string& source,
                                            schema::Diagnostics& diagnostics) {
  if (introspect::is_connection_string(source)) {
    introspect::PostgresSource database(source);
    return database.load(diagnostics);
  }
  if (introspect::looks_like_url(source)) {
    // Not PostgreSQL's scheme (that was a connection string): never read it as a path.
    diagnostics.push_back(*introspect::connection_string_problem(source));
    return std::nullopt;
  }
  if (source.ends_with(".json")) {
    schema::SnapshotSource snapshot(source);
    return snapshot.load(diagnostics);
  }
  parser::SqlFilesSource files(source);
  return files.load(diagnostics);
}

LoadedPair load_catalogs(const std::string& from, const std::string& to,
                         schema::Diagnostics& diagnostics) {
  // The two sides share nothing; each thread gets its own diagnostics so the output order
  // does not depend on timing. Exceptions (internal errors) surface through get().
  schema::Diagnostics to_diagnostics;
  auto to_future = std::async(std::launch::async, [&] { return load_catalog(to, to_diagnostics); });
  LoadedPair pair;
  pair.from = load_catalog(from, diagnostics);
  pair.to = to_future.get();
  diagnostics.insert(diagnostics.end(), to_diagnostics.begin(), to_diagnostics.end());
  return pair;
}

std::string source_label(const std::string& source) {
  return introspect::is_connection_string(source) ? introspect::mask_password(source) : source;
}

void print_diagnostics(const schema::Diagnostics& diagnostics) {
  for (const auto& diagnostic : diagnostics)
    fmt::print(stderr, "{}", schema::format_diagnostic(diagnostic));
}

}  // namespace pgmorph::cli
