// A pgmorph-format migration directory: `<version>_<name>.up.sql` / `.down.sql` pairs and the
// integrity file pgmorph.sum (docs/migrations.md describes both). Shared by `pgmorph plan`,
// which writes these directories, and the runner (apply, rollback, status, rehash).
#pragma once

#include "schema/diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pgmorph::migrate {

/// One versioned migration of a pgmorph-format directory: `<version>_<name>.up.sql` +
/// `<version>_<name>.down.sql`. version is digits only (UTC timestamp YYYYMMDDHHMMSS or a
/// zero-padded sequence); name is [a-z0-9_]+.
struct MigrationFile {
  std::string version;
  std::string name;
  std::filesystem::path up;
  std::filesystem::path down;
};

/// The directory's migrations sorted by version (numeric compare). Throws
/// schema::DiagnosticError, listing every problem, for a malformed *.sql name, a duplicate
/// version, or an up without its down (and vice versa), or when `dir` cannot be read.
std::vector<MigrationFile> list_migrations(const std::filesystem::path& dir);

/// -1, 0 or 1 as version `a` is numerically below, equal to or above `b` (digits only).
int compare_versions(std::string_view a, std::string_view b);

/// Checksum of one file's content: sha256_hex after stripping a leading UTF-8 BOM and
/// turning every CRLF into LF.
std::string content_checksum(std::string_view content);

/// pgmorph.sum, the integrity file of a directory.
struct SumFile {
  std::string directory_hash;
  std::vector<std::pair<std::string, std::string>>
      files;  ///< file name -> checksum, sorted by name
};

/// The sum of every *.sql file directly in `dir` (sorted by file name). Throws
/// schema::DiagnosticError when a file cannot be read.
SumFile compute_sum(const std::filesystem::path& dir);

/// Text form: first line `h1:<directory_hash>`, then one line per file
/// `<file name> h1:<checksum>`, LF endings. directory_hash = sha256_hex of the concatenation
/// of the file lines (each `<name> h1:<checksum>\n`).
std::string render_sum(const SumFile& sum);

/// The directory hash of `files` as render_sum defines it.
std::string directory_hash(const std::vector<std::pair<std::string, std::string>>& files);

/// Parses pgmorph.sum text (`path` names it in diagnostics); throws schema::DiagnosticError
/// with `path:line:col` for a malformed line, a duplicate file name, or a first line whose
/// hash does not match the file lines (a hand edit or a merge of two sums). CRLF is accepted.
SumFile parse_sum(std::string_view text, const std::string& path);

/// Writes dir/pgmorph.sum from compute_sum (through a temporary file and a rename).
void write_sum(const std::filesystem::path& dir);

/// dir/pgmorph.sum parsed; nullopt when absent.
std::optional<SumFile> read_sum(const std::filesystem::path& dir);

/// The whole file as bytes; throws schema::DiagnosticError when it cannot be read.
std::string read_file_bytes(const std::filesystem::path& file);

}  // namespace pgmorph::migrate
