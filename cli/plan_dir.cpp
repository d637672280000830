#include "cli/plan_dir.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "codegen/dump.hpp"
#include "migrate/migration_dir.hpp"
#include "migrate/script_runner.hpp"
#include "migrate/sha256.hpp"
#include "migrate/sql_session.hpp"
#include "cli/compare.hpp"
#include <random>

namespace pgmorph::cli {

namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The leading digits of `name` after an optional Flyway `V`/`U` prefix ("" when none).
std::string version_prefix(const std::string& name, codegen::DirFormat format) {
  std::size_t start = 0;
  if (format == codegen::DirFormat::flyway && !name.empty() && (name[0] == 'V' || name[0] == 'U')) start = 1;
  std::size_t end = start;
  while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end]))) ++end;
  return name.substr(start, end - start);
}

/// Numeric order of digit strings (leading zeros ignored).
bool version_less(const std::string& a, const std::string& b) {
  const auto strip = [](const std::string& v) {
    const auto first = v.find_first_not_of('0');
    return first == std::string::npos ? std::string() : v.substr(first);
  };
  const std::string x = strip(a), y = strip(b);
  return x.size() != y.size() ? x.size() < y.size() : x < y;
}

std::string increment(const std::string& digits) {
  std::string out = digits;
  for (std::size_t i = out.size(); i-- > 0;) {
    if (out[i] != '9') {
      ++out[i];
      return out;
    }
    out[i] = '0';
  }
  return "1" + out;
}

/// The `-- migrate:up` section of a dbmate file, with every other line blanked so that
/// statement lines keep their numbers.
std::string dbmate_up(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  bool in_up = false;
  while (std::getline(in, line)) {
    if (line.starts_with("-- migrate:up")) in_up = true;
    else if (line.starts_with("-- migrate:down")) in_up = false;
    else if (in_up) out += line;
    out += "\n";
  }
  return out;
}

}  // namespace

std::vector<std::string> existing_versions(const PlanDirOptions& options) {
  std::vector<std::string> versions;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(options.dir, ec)) {
    const std::string version = version_prefix(entry.path().filename().string(), options.format);
    if (!version.empty()) versions.push_back(version);
  }
  return versions;
}

std::string next_version(const PlanDirOptions& options, const std::string& now_utc,
                         const std::vector<std::string>& existing) {
  std::string highest;
  for (const auto& version : existing)
    if (highest.empty() || version_less(highest, version)) highest = version;
  if (options.version_style == VersionStyle::timestamp)
    return highest.empty() || version_less(highest, now_utc) ? now_utc : increment(highest);
  std::string next = highest.empty() ? "1" : increment(highest);
  const std::size_t width = std::max<std::size_t>(4, highest.size());
  if (next.size() < width) next.insert(0, width - next.size(), '0');
  return next;
}

std::optional<std::vector<ExistingMigration>> existing_migrations(const PlanDirOptions& options,
                                                                  schema::Diagnostics& diagnostics) {
  std::vector<ExistingMigration> migrations;
  if (options.format == codegen::DirFormat::pgmorph) {
    // The runner's reading of the directory: every malformed name or missing half reported.
    try {
      for (const auto& migration : migrate::list_migrations(options.dir))
        migrations.push_back({migration.version, migration.up, read_text(migration.up)});
    } catch (const schema::DiagnosticError& failure) {
      diagnostics.insert(diagnostics.end(), failure.diagnostics().begin(), failure.diagnostics().end());
      return std::nullopt;
    }
    return migrations;
  }
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(options.dir, ec)) {
    const std::string name = entry.path().filename().string();
    const std::string version = version_prefix(name, options.format);
    bool up = false;
    switch (options.format) {
      case codegen::DirFormat::pgmorph:
      case codegen::DirFormat::golang_migrate: up = name.ends_with(".up.sql"); break;
      case codegen::DirFormat::flyway: up = name.starts_with("V") && name.ends_with(".sql"); break;
      case codegen::DirFormat::dbmate: up = name.ends_with(".sql"); break;
      default: break;
    }
    if (!up) continue;
    if (version.empty()) {
      diagnostics.push_back({schema::Severity::error, "bad-migration-name",
                             "a migration file name must start with its version (digits)",
                             schema::SourceLocation{entry.path().string(), 1, 1, ""}});
      return std::nullopt;
    }
    const std::string text = read_text(entry.path());
    migrations.push_back({version, entry.path(),
                          options.format == codegen::DirFormat::dbmate ? dbmate_up(text) : text});
  }
  if (ec) {
    diagnostics.push_back({schema::Severity::error, "io-error",
                           fmt::format("cannot read directory {}: {}", options.dir.string(), ec.message()), std::nullopt});
    return std::nullopt;
  }
  std::sort(migrations.begin(), migrations.end(),
            [](const ExistingMigration& a, const ExistingMigration& b) { return version_less(a.version, b.version); });
  return migrations;
}

std::optional<std::string> alembic_head(const fs::path& dir, schema::Diagnostics& diagnostics) {
  static const std::regex revision_line(R"(^revision\s*(:\s*\w+)?\s*=\s*['"]([^'"]+)['"])");
  static const std::regex down_line(R"(^down_revision\s*(:[^=]+)?=\s*(.*)$)");
  static const std::regex quoted(R"(['"]([^'"]+)['"])");
  std::map<std::string, fs::path> revisions;
  std::set<std::string> parents;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".py") continue;
    std::istringstream in(read_text(entry.path()));
    std::string line, revision;
    bool has_down = false;
    while (std::getline(in, line)) {
      std::smatch match;
      if (std::regex_search(line, match, revision_line)) revision = match[2];
      if (std::regex_search(line, match, down_line)) {
        has_down = true;
        const std::string value = match[2];
        for (auto it = std::sregex_iterator(value.begin(), value.end(), quoted); it != std::sregex_iterator(); ++it)
          parents.insert((*it)[1]);
      }
    }
    if (revision.empty() || !has_down) {
      diagnostics.push_back({schema::Severity::error, "alembic-revision",
                             "not an Alembic revision file: no `revision = '...'` and `down_revision = ...` lines",
                             schema::SourceLocation{entry.path().string(), 1, 1, ""}});
      return std::nullopt;
    }
    revisions[revision] = entry.path();
  }
  std::vector<std::string> heads;
  for (const auto& [revision, file] : revisions)
    if (!parents.contains(revision)) heads.push_back(revision);
  if (heads.size() > 1) {
    std::string list;
    for (const auto& head : heads) list += fmt::format("\n  {} ({})", head, revisions[head].string());
    diagnostics.push_back({schema::Severity::error, "alembic-heads",
                           "the Alembic directory has several heads; merge them (`alembic merge heads`) first:" + list,
                           std::nullopt});
    return std::nullopt;
  }
  return heads.empty() ? std::string() : heads.front();
}

std::unique_ptr<migrate::ScratchDatabase> replay(const std::vector<ExistingMigration>& migrations,
                                                 const std::string& dev_url, schema::Diagnostics& diagnostics) {
  auto scratch = migrate::ScratchDatabase::create(dev_url, diagnostics);
  if (!scratch) return nullptr;
  migrate::SqlSession session(scratch->conninfo(), diagnostics);
  if (!session.ok()) return nullptr;
  for (const auto& migration : migrations) {
    if (auto failure = migrate::run_script(session, migration.up_sql, migration.file.string())) {
      diagnostics.push_back({schema::Severity::error, "replay-failed",
                             "replaying the directory's migrations on the scratch server failed: " +
                                 failure->error.message +
                                 (failure->error.detail.empty() ? "" : " (" + failure->error.detail + ")"),
                             failure->statement.location});
      return nullptr;
    }
  }
  return scratch;
}

std::optional<std::string> schema_fingerprint(const schema::Catalog& catalog, schema::Diagnostics& diagnostics) {
  const std::string text = codegen::emit_dump(catalog, diagnostics);
  if (schema::has_errors(diagnostics)) return std::nullopt;
  return "sha256:" + migrate::sha256_hex(text);
}

EmptySchemaFile::EmptySchemaFile() {
  std::random_device random;
  path = fs::temp_directory_path() / fmt::format("pgmorph_empty_{:08x}.sql", random());
  std::ofstream(path).close();
}

EmptySchemaFile::~EmptySchemaFile() {
  std::error_code ec;
  fs::remove(path, ec);
}

std::optional<std::string> source_fingerprint(const std::string& source, schema::Diagnostics& diagnostics) {
  // The plan code path itself, so the two fingerprints cannot drift apart.
  const EmptySchemaFile empty;
  schema::Catalog state;
  if (!plan_between(source, empty.path.string(), diagnostics, {}, &state, nullptr, true)) return std::nullopt;
  return schema_fingerprint(state, diagnostics);
}

}  // namespace pgmorph::cli
