// The shared header and the four plain-SQL layouts. Their one difference is who owns the
// transaction: psql (pgmorph's runner) and golang-migrate run the text as written, so it
// carries its own BEGIN / COMMIT; Flyway and dbmate wrap a migration in one transaction
// unless told not to, so the text has no BEGIN / COMMIT then, and when a step must run
// outside a transaction they are told not to (Flyway's `.sql.conf` script configuration,
// dbmate's `transaction:false`) and the text carries the blocks again.
#include "codegen/migration_formats.hpp"

#include <array>

#include <fmt/format.h>

#include "codegen/migration_writers.hpp"
#include "schema/names.hpp"

namespace pgmorph::codegen {

namespace {

struct FormatEntry {
  DirFormat format;
  std::string_view name;
};

constexpr std::array k_formats = {
    FormatEntry{DirFormat::pgmorph, "pgmorph"},   FormatEntry{DirFormat::knex, "knex"},
    FormatEntry{DirFormat::alembic, "alembic"},   FormatEntry{DirFormat::flyway, "flyway"},
    FormatEntry{DirFormat::golang_migrate, "golang-migrate"}, FormatEntry{DirFormat::dbmate, "dbmate"},
};

/// The SQL of one direction. With `own_blocks` the groups are written as BEGIN / COMMIT
/// blocks and settings are session-wide; without, the tool's transaction holds everything
/// (no group may be non-transactional then) and settings are SET LOCAL.
std::string sql_body(const GroupedScript& script, const MigrationHeader& header, bool own_blocks) {
  std::string out;
  for (const auto& [name, value] : formats::session_settings(header))
    out += fmt::format("SET {}{} = {};\n", own_blocks ? "" : "LOCAL ", name, value);
  out += "\n";
  for (const auto& group : script.groups) {
    const bool block = own_blocks && group.transactional;
    if (block) out += "BEGIN;\n\n";
    if (!group.transactional) out += "-- runs outside any transaction block\n";
    for (const auto& step : group.steps) out += formats::comment_block(step.comments, "-- ") + step.sql + ";\n\n";
    if (block) out += "COMMIT;\n\n";
  }
  out += formats::comment_block(script.trailing_comments, "-- ");
  return out;
}

std::string sql_file(const MigrationHeader& header, const GroupedScript& script, Direction direction,
                     bool own_blocks, const std::vector<std::string>& notes = {}) {
  auto lines = formats::header_lines(header, script, direction);
  lines.insert(lines.end(), notes.begin(), notes.end());
  return formats::comment_block(lines, "-- ") + "\n" + sql_body(script, header, own_blocks);
}

}  // namespace

std::string_view dir_format_name(DirFormat format) {
  for (const auto& entry : k_formats)
    if (entry.format == format) return entry.name;
  return "?";
}

std::optional<DirFormat> parse_dir_format(std::string_view name) {
  for (const auto& entry : k_formats)
    if (entry.name == name) return entry.format;
  return std::nullopt;
}

std::string dir_format_names() {
  std::string names;
  for (const auto& entry : k_formats) names += (names.empty() ? "" : ", ") + std::string(entry.name);
  return names;
}

namespace formats {

std::vector<std::string> header_lines(const MigrationHeader& header, const GroupedScript& script,
                                      Direction direction) {
  std::vector<std::string> lines = {
      "pgmorph:from " + header.from_fingerprint,
      "pgmorph:to " + header.to_fingerprint,
      fmt::format("pgmorph {} migration {}_{}", direction == Direction::up ? "up" : "down", header.version,
                  header.name),
      "from: " + header.from_label,
      "to:   " + header.to_label,
  };
  if (script.summaries.empty()) {
    lines.push_back("no steps in this direction");
    return lines;
  }
  std::size_t warned = 0;
  for (const auto& summary : script.summaries) warned += summary.ends_with("[WARNING]") ? 1 : 0;
  lines.push_back(fmt::format("plan: {} statement(s), {} with warnings", script.summaries.size(), warned));
  for (const auto& summary : script.summaries) lines.push_back("  " + summary);
  return lines;
}

std::string comment_block(const std::vector<std::string>& lines, std::string_view marker, std::string_view indent) {
  std::string out;
  for (const auto& line : lines) {
    std::string_view bare = marker;
    if (line.empty() && bare.ends_with(' ')) bare.remove_suffix(1);
    out += fmt::format("{}{}{}\n", indent, bare, line);
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> session_settings(const MigrationHeader& header) {
  // As in up.sql (codegen/emit.cpp): function bodies may name objects created later, and
  // lock waits and statements are bounded.
  return {{"check_function_bodies", "false"},
          {"lock_timeout", schema::quote_literal(header.lock_timeout)},
          {"statement_timeout", schema::quote_literal(header.statement_timeout)}};
}

}  // namespace formats

std::vector<MigrationFile> render_migration(const Plan& plan, DirFormat format, const MigrationHeader& header) {
  const GroupedScript up = group_steps(plan, Direction::up);
  const GroupedScript down = group_steps(plan, Direction::down);
  const std::string base = header.version + "_" + header.name;
  switch (format) {
    case DirFormat::pgmorph:
    case DirFormat::golang_migrate: {
      // golang-migrate sends a file as one query string unless the database URL sets
      // x-multi-statement=true; PostgreSQL refuses CREATE INDEX CONCURRENTLY in such a string.
      std::vector<std::string> notes;
      if (format == DirFormat::golang_migrate)
        notes.push_back("golang-migrate: run with x-multi-statement=true in the database URL when a step runs "
                        "outside a transaction block");
      return {{base + ".up.sql", sql_file(header, up, Direction::up, true, up.needs_no_transaction ? notes : std::vector<std::string>{})},
              {base + ".down.sql", sql_file(header, down, Direction::down, true, down.needs_no_transaction ? notes : std::vector<std::string>{})}};
    }
    case DirFormat::flyway: {
      const std::string tail = header.version + "__" + header.name + ".sql";
      std::vector<MigrationFile> files = {
          {"V" + tail, sql_file(header, up, Direction::up, up.needs_no_transaction)},
          {"U" + tail, sql_file(header, down, Direction::down, down.needs_no_transaction)}};
      // Flyway's script configuration file: this script's own transaction blocks apply.
      if (up.needs_no_transaction) files.push_back({"V" + tail + ".conf", "executeInTransaction=false\n"});
      if (down.needs_no_transaction) files.push_back({"U" + tail + ".conf", "executeInTransaction=false\n"});
      return files;
    }
    case DirFormat::dbmate: {
      auto section = [&](const GroupedScript& script, Direction direction) {
        const bool own = script.needs_no_transaction;
        return fmt::format("-- migrate:{}{}\n", direction == Direction::up ? "up" : "down",
                           own ? " transaction:false" : "") +
               sql_file(header, script, direction, own,
                        own ? std::vector<std::string>{"dbmate sends this section as one query string: PostgreSQL "
                                                       "runs a step that must be outside a transaction only when "
                                                       "it is the section's one statement"}
                            : std::vector<std::string>{});
      };
      return {{base + ".sql", section(up, Direction::up) + section(down, Direction::down)}};
    }
    case DirFormat::knex:
      return {{base + ".js", formats::knex_module(plan, header)}};
    case DirFormat::alembic:
      return {{base + ".py", formats::alembic_revision(plan, header)}};
  }
  return {};
}

}  // namespace pgmorph::codegen
