// Desired-state SQL files -> Catalog, through libpg_query (PostgreSQL 15 grammar).
//
// Every statement is parsed on its own so one syntax error does not hide the next; every
// problem becomes a diagnostic with the file, line and column of the offending token.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

/// The .sql files a files SRC names, in the order they are read: the file itself, or every
/// *.sql file of the directory in name order. Empty after an `io-error` / `empty-input`.
std::optional<std::vector<std::filesystem::path>> list_sql_files(const std::string& source,
                                                                 schema::Diagnostics& diagnostics);

/// A file's whole content as text_from_bytes() returns it; empty after an `io-error`.
std::optional<std::string> read_sql_file(const std::filesystem::path& path, schema::Diagnostics& diagnostics);

/// `bytes` read from `path` (or standard input) as SQL text: a leading UTF-8 byte order mark
/// removed; empty after a `binary-input` error when they hold NUL bytes (never echoed).
std::optional<std::string> text_from_bytes(std::string bytes, const std::string& path,
                                           schema::Diagnostics& diagnostics);

/// One statement of a script, without the blanks and comments before it.
struct ScriptStatement {
  std::string text;                  ///< without the terminating `;` and blanks
  schema::SourceLocation location;  ///< where its first token is
};

/// Splits SQL into statements with PostgreSQL's grammar and scanner (dollar quotes and
/// BEGIN ATOMIC bodies stay whole); pieces that hold only blanks or comments are left out,
/// psql's \restrict lines are ignored as when parsing. Empty after an error.
std::optional<std::vector<ScriptStatement>> split_script(std::string_view sql, const std::string& path,
                                                         schema::Diagnostics& diagnostics);

}  // namespace pgmorph::parser
