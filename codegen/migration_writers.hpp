// Internal to the migration formats: the shared header and one writer per tool family.
#pragma once

#include <string>
#include <vector>

#include "codegen/migration_formats.hpp"
#include "codegen/script_groups.hpp"

namespace pgmorph::codegen::formats {

/// Header lines (without a comment marker): the fingerprints first, then the migration's
/// name, its sources and the numbered statements of `script`.
std::vector<std::string> header_lines(const MigrationHeader& header, const GroupedScript& script,
                                      Direction direction);

/// `lines` each prefixed by `marker` (e.g. "-- ", "// ", "# "); empty lines keep no space.
std::string comment_block(const std::vector<std::string>& lines, std::string_view marker,
                          std::string_view indent = "");

/// The session settings every migration starts with, as `name = literal` pairs in order.
std::vector<std::pair<std::string, std::string>> session_settings(const MigrationHeader& header);

/// The Knex module (`exports.up` / `exports.down`).
std::string knex_module(const Plan& plan, const MigrationHeader& header);

/// The Alembic revision file.
std::string alembic_revision(const Plan& plan, const MigrationHeader& header);

}  // namespace pgmorph::codegen::formats
