// An Alembic revision file. Alembic runs upgrade() / downgrade() inside its transaction;
// `op.get_context().autocommit_block()` commits it, runs what it holds in autocommit mode
// and begins a new one, so each non-transactional step gets a block of its own (one string
// of several statements would run as one implicit transaction). A step pgmorph runs in a
// transaction of its own (VALIDATE after NOT VALID) shares Alembic's transaction here.
#include <cctype>

#include <fmt/format.h>

#include "codegen/migration_writers.hpp"

namespace pgmorph::codegen::formats {

namespace {

bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

/// `sql` as a Python triple-quoted string. op.execute() wraps it in SQLAlchemy's text(),
/// where `:name` is a bind parameter unless written `\:name`.
std::string py_literal(const std::string& sql) {
  std::string out = "\"\"\"";
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    const bool bind_colon = c == ':' && i + 1 < sql.size() && is_word(sql[i + 1]) &&
                            (i == 0 || (sql[i - 1] != ':' && sql[i - 1] != '\\' && !is_word(sql[i - 1])));
    if (bind_colon) out += "\\\\:";
    else if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else out += c;
  }
  return out + "\"\"\"";
}

std::string function_body(const GroupedScript& script, const MigrationHeader& header) {
  std::string out;
  for (const auto& [name, value] : session_settings(header))
    out += fmt::format("    op.execute({})\n", py_literal("SET " + name + " = " + value));
  for (const auto& group : script.groups) {
    if (group.transactional) {
      for (const auto& step : group.steps)
        out += comment_block(step.comments, "# ", "    ") + fmt::format("    op.execute({})\n", py_literal(step.sql));
      continue;
    }
    for (const auto& step : group.steps) {
      out += comment_block(step.comments, "# ", "    ");
      out += "    # runs outside any transaction block\n";
      out += "    with op.get_context().autocommit_block():\n";
      out += fmt::format("        op.execute({})\n", py_literal(step.sql));
    }
  }
  out += comment_block(script.trailing_comments, "# ", "    ");
  return out;
}

std::string py_string(const std::string& text) { return "\"" + text + "\""; }

}  // namespace

std::string alembic_revision(const Plan& plan, const MigrationHeader& header) {
  const GroupedScript up = group_steps(plan, Direction::up);
  const GroupedScript down = group_steps(plan, Direction::down);
  std::string out = fmt::format("\"\"\"{}\n\nRevision ID: {}\nRevises: {}\n\"\"\"\n", header.name, header.version,
                                header.down_revision);
  out += comment_block(header_lines(header, up, Direction::up), "# ");
  out += "\nfrom alembic import op\n\n";
  out += "revision = " + py_string(header.version) + "\n";
  out += "down_revision = " + (header.down_revision.empty() ? std::string("None") : py_string(header.down_revision)) + "\n";
  out += "branch_labels = None\ndepends_on = None\n\n\n";
  out += "def upgrade():\n" + function_body(up, header) + "\n\n";
  out += comment_block(header_lines(header, down, Direction::down), "# ");
  out += "def downgrade():\n" + function_body(down, header);
  return out;
}

}  // namespace pgmorph::codegen::formats
