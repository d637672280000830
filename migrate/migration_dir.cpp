#include "migrate/migration_dir.hpp"

#include "migrate/sha256.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace pgmorph::migrate {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_sum_name = "pgmorph.sum";

schema::Diagnostic error(std::string code, std::string message,
                         std::optional<schema::SourceLocation> location = std::nullopt) {
  return schema::Diagnostic{schema::Severity::error, std::move(code), std::move(message),
                            std::move(location)};
}

bool all_of_chars(std::string_view text, bool (*accept)(char)) {
  return !text.empty() && std::all_of(text.begin(), text.end(), accept);
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || is_digit(c) || c == '_';
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f');
}

struct ParsedName {
  std::string version;
  std::string name;
  bool up = false;
};

/// `<version>_<name>.up.sql` or `.down.sql`; nullopt when the name has another shape.
std::optional<ParsedName> parse_file_name(const std::string& file) {
  ParsedName parsed;
  std::string_view stem = file;
  if (stem.size() > 7 && stem.substr(stem.size() - 7) == ".up.sql") {
    parsed.up = true;
    stem.remove_suffix(7);
  } else if (stem.size() > 9 && stem.substr(stem.size() - 9) == ".down.sql") {
    stem.remove_suffix(9);
  } else {
    return std::nullopt;
  }
  const std::size_t underscore = stem.find('_');
  if (underscore == std::string_view::npos) return std::nullopt;
  parsed.version = std::string(stem.substr(0, underscore));
  parsed.name = std::string(stem.substr(underscore + 1));
  if (!all_of_chars(parsed.version, is_digit) || !all_of_chars(parsed.name, is_name_char))
    return std::nullopt;
  return parsed;
}

/// The *.sql regular files directly in `dir`, sorted by name.
std::vector<std::string> sql_files(const fs::path& dir) {
  std::error_code code;
  if (!fs::is_directory(dir, code)) {
    throw schema::DiagnosticError(
        {error("migration-dir", fmt::format("{}: not a directory", dir.string()))});
  }
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, code)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    if (name.size() > 4 && name.substr(name.size() - 4) == ".sql") names.push_back(name);
  }
  if (code) {
    throw schema::DiagnosticError(
        {error("migration-dir", fmt::format("{}: {}", dir.string(), code.message()))});
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

int compare_versions(std::string_view a, std::string_view b) {
  const auto trim = [](std::string_view v) {
    const std::size_t first = v.find_first_not_of('0');
    return first == std::string_view::npos ? std::string_view{} : v.substr(first);
  };
  a = trim(a);
  b = trim(b);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  const int c = a.compare(b);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::vector<MigrationFile> list_migrations(const fs::path& dir) {
  schema::Diagnostics problems;
  std::vector<MigrationFile> migrations;
  std::map<std::string, std::size_t> by_key;  // version + name -> index in migrations
  for (const std::string& file : sql_files(dir)) {
    const auto parsed = parse_file_name(file);
    if (!parsed) {
      problems.push_back(
          error("migration-file-name",
                fmt::format("{}: expected <version>_<name>.up.sql or .down.sql with a version "
                            "of digits and a name of [a-z0-9_]",
                            (dir / file).string())));
      continue;
    }
    const std::string key = parsed->version + "_" + parsed->name;
    auto [it, inserted] = by_key.emplace(key, migrations.size());
    if (inserted) migrations.push_back(MigrationFile{parsed->version, parsed->name, {}, {}});
    MigrationFile& migration = migrations[it->second];
    (parsed->up ? migration.up : migration.down) = dir / file;
  }
  for (const MigrationFile& migration : migrations) {
    if (migration.up.empty() || migration.down.empty()) {
      const fs::path& present = migration.up.empty() ? migration.down : migration.up;
      problems.push_back(error("migration-file-pair",
                               fmt::format("{}: has no matching {} file", present.string(),
                                           migration.up.empty() ? ".up.sql" : ".down.sql")));
    }
  }
  std::stable_sort(migrations.begin(), migrations.end(),
                   [](const MigrationFile& a, const MigrationFile& b) {
                     return compare_versions(a.version, b.version) < 0;
                   });
  for (std::size_t i = 1; i < migrations.size(); ++i) {
    if (compare_versions(migrations[i - 1].version, migrations[i].version) == 0) {
      problems.push_back(error("migration-duplicate-version",
                               fmt::format("{}: version {} is also used by {}_{}", dir.string(),
                                           migrations[i].version, migrations[i - 1].version,
                                           migrations[i - 1].name)));
    }
  }
  if (!problems.empty()) throw schema::DiagnosticError(std::move(problems));
  return migrations;
}

std::string content_checksum(std::string_view content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::string normalised;
  normalised.reserve(content.size());
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '\r' && i + 1 < content.size() && content[i + 1] == '\n') continue;
    normalised += content[i];
  }
  return sha256_hex(normalised);
}

std::string read_file_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw schema::DiagnosticError(
        {error("read-error", fmt::format("{}: cannot read the file", file.string()))});
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string directory_hash(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string lines;
  for (const auto& [name, checksum] : files) lines += name + " h1:" + checksum + "\n";
  return sha256_hex(lines);
}

SumFile compute_sum(const fs::path& dir) {
  SumFile sum;
  for (const std::string& file : sql_files(dir)) {
    sum.files.emplace_back(file, content_checksum(read_file_bytes(dir / file)));
  }
  sum.directory_hash = directory_hash(sum.files);
  return sum;
}

std::string render_sum(const SumFile& sum) {
  std::string text = "h1:" + sum.directory_hash + "\n";
  for (const auto& [name, checksum] : sum.files) text += name + " h1:" + checksum + "\n";
  return text;
}

SumFile parse_sum(std::string_view text, const std::string& path) {
  schema::Diagnostics problems;
  const auto at = [&](int line, int column, std::string_view line_text) {
    return schema::SourceLocation{path, line, column, std::string(line_text)};
  };
  const auto is_hash = [](std::string_view v) { return v.size() == 64 && all_of_chars(v, is_hex); };
  SumFile sum;
  int line_number = 0;
  bool header_seen = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!header_seen) {
      header_seen = true;
      if (line.substr(0, 3) != "h1:" || !is_hash(line.substr(3))) {
        problems.push_back(error("sum-syntax",
                                 "expected `h1:` and 64 lower-case hex digits (the directory hash)",
                                 at(line_number, 1, line)));
      } else {
        sum.directory_hash = std::string(line.substr(3));
      }
      continue;
    }
    const std::size_t separator = line.rfind(" h1:");
    if (separator == std::string_view::npos || separator == 0 ||
        !is_hash(line.substr(separator + 4))) {
      problems.push_back(error(
          "sum-syntax", "expected `<file name> h1:<64 hex digits>`",
          at(line_number, separator == std::string_view::npos ? 1 : static_cast<int>(separator) + 2,
             line)));
      continue;
    }
    const std::string name(line.substr(0, separator));
    const bool duplicate = std::any_of(sum.files.begin(), sum.files.end(),
                                       [&](const auto& f) { return f.first == name; });
    if (duplicate) {
      problems.push_back(
          error("sum-syntax", fmt::format("{} is listed twice", name), at(line_number, 1, line)));
      continue;
    }
    sum.files.emplace_back(name, std::string(line.substr(separator + 4)));
  }
  if (!header_seen)
    problems.push_back(
        error("sum-syntax", "empty file; expected the `h1:` directory hash", at(1, 1, "")));
  std::sort(sum.files.begin(), sum.files.end());
  if (problems.empty() && directory_hash(sum.files) != sum.directory_hash) {
    problems.push_back(
        error("sum-hash-mismatch",
              "the directory hash does not match the file lines (edited by hand or merged); "
              "check the files, then run `pgmorph rehash`",
              at(1, 4, "h1:" + sum.directory_hash)));
  }
  if (!problems.empty()) throw schema::DiagnosticError(std::move(problems));
  return sum;
}

void write_sum(const fs::path& dir) {
  const std::string text = render_sum(compute_sum(dir));
  const fs::path target = dir / k_sum_name;
  const fs::path temporary = dir / (std::string(k_sum_name) + ".tmp");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      throw schema::DiagnosticError(
          {error("write-error", fmt::format("{}: cannot write the file", temporary.string()))});
    }
  }
  std::error_code code;
  fs::rename(temporary, target, code);
  if (code)
    throw schema::DiagnosticError(
        {error("write-error", fmt::format("{}: {}", target.string(), code.message()))});
}

std::optional<SumFile> read_sum(const fs::path& dir) {
  const fs::path file = dir / k_sum_name;
  std::error_code code;
  if (!fs::exists(file, code)) return std::nullopt;
  return parse_sum(read_file_bytes(file), file.string());
}

}  // namespace pgmorph::migrate
