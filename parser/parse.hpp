// Desired-state SQL files -> Catalog, through libpg_query (PostgreSQL 15 grammar).
//
// Every statement is parsed on its own so one syntax error does not hide the next; every
// problem becomes a diagnostic with the file, line and column of the offending token.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "schema/diagnostic.hpp"
#include "schema/model.hpp"
#include "schema/source.hpp"

namespace pgmorph::parser {

/// Reads a .sql file, or every *.sql file of a directory in name order (not recursive),
/// as one schema: objects may reference objects of other files.
class SqlFilesSource : public schema::CatalogSource {
 public:
  explicit SqlFilesSource(std::string path);
  std::optional<schema::Catalog> load(schema::Diagnostics& diagnostics) override;

 private:
  std::string m_path;
};

/// Parses SQL text; `path` is used in diagnostics. Empty optional when any error.
std::optional<schema::Catalog> parse_sql(std::string_view sql, const std::string& path,
                                         schema::Diagnostics& diagnostics);

}  // namespace pgmorph::parser
