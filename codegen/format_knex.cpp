// A Knex migration module. Knex runs a migration inside one transaction unless the module
// says `exports.config = { transaction: false }`; it must say so when a step cannot run in
// a transaction (CREATE INDEX CONCURRENTLY). Then the module opens its own transactions
// with knex.transaction() (one pooled connection each: a BEGIN sent through knex.raw may
// land on another connection than the statements after it) and runs each non-transactional
// step as a knex.raw call of its own, since one string of several statements runs as one
// implicit transaction. Session settings are SET LOCAL inside each transaction; a
// non-transactional step runs on whatever pooled connection Knex picks, without them.
#include <fmt/format.h>

#include "codegen/migration_writers.hpp"

namespace pgmorph::codegen::formats {

namespace {

/// `sql` as a JavaScript template literal. knex.raw turns every `?` into a bind
/// placeholder even without bindings, unless escaped as `\?` (in the source: `\\?`).
std::string js_literal(const std::string& sql) {
  std::string out = "`";
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\\') out += "\\\\";
    else if (c == '`') out += "\\`";
    else if (c == '$' && i + 1 < sql.size() && sql[i + 1] == '{') out += "\\$";
    else if (c == '?') out += "\\\\?";
    else out += c;
  }
  return out + "`";
}

void write_steps(std::string& out, const std::vector<GroupedStep>& steps, std::string_view runner,
                 std::string_view indent) {
  for (const auto& step : steps) {
    out += comment_block(step.comments, "// ", indent);
    out += fmt::format("{}await {}.raw({});\n", indent, runner, js_literal(step.sql));
  }
}

void write_settings(std::string& out, const MigrationHeader& header, std::string_view runner, std::string_view indent) {
  for (const auto& [name, value] : session_settings(header))
    out += fmt::format("{}await {}.raw({});\n", indent, runner, js_literal("SET LOCAL " + name + " = " + value));
}

std::string function_body(const GroupedScript& script, const MigrationHeader& header, bool own_transactions) {
  std::string out;
  if (!own_transactions) {
    // Knex's transaction holds the whole migration.
    write_settings(out, header, "knex", "  ");
    for (const auto& group : script.groups) write_steps(out, group.steps, "knex", "  ");
  } else {
    for (const auto& group : script.groups) {
      if (!group.transactional) {
        out += "  // runs outside any transaction block: a call of its own\n";
        write_steps(out, group.steps, "knex", "  ");
        continue;
      }
      out += "  await knex.transaction(async (trx) => {\n";
      write_settings(out, header, "trx", "    ");
      write_steps(out, group.steps, "trx", "    ");
      out += "  });\n";
    }
  }
  out += comment_block(script.trailing_comments, "// ", "  ");
  return out;
}

}  // namespace

std::string knex_module(const Plan& plan, const MigrationHeader& header) {
  const GroupedScript up = group_steps(plan, Direction::up);
  const GroupedScript down = group_steps(plan, Direction::down);
  // The setting covers both directions of the module.
  const bool own = up.needs_no_transaction || down.needs_no_transaction;
  std::string out = comment_block(header_lines(header, up, Direction::up), "// ");
  out += "\n";
  if (own)
    out += "// Some steps cannot run inside a transaction: Knex must not wrap this migration in one;\n"
           "// the module runs its own transactions around the other steps.\n"
           "exports.config = { transaction: false };\n\n";
  out += "exports.up = async function (knex) {\n" + function_body(up, header, own) + "};\n\n";
  out += comment_block(header_lines(header, down, Direction::down), "// ");
  out += "exports.down = async function (knex) {\n" + function_body(down, header, own) + "};\n";
  return out;
}

}  // namespace pgmorph::codegen::formats
