// Script text. Format:
//   -- header: direction, sources, numbered statement summaries, hazards
//   SET statements for the session
//   blocks of `BEGIN; ... COMMIT;` and non-transactional statements between them
// Every step ends with `;` and a blank line; a `-- WARNING:` line precedes a statement for
// each of its hazards (code, slug, severity, lock, cost) and when it cannot be undone.
#include <fmt/format.h>

#include "codegen/plan.hpp"
#include "codegen/script_groups.hpp"
#include "schema/names.hpp"

namespace pgmorph::codegen {

namespace {

/// One statement as it appears in one direction.
struct Section {
  std::string summary;
  std::vector<std::string> warnings;
  const std::vector<Step>* steps;
};

class ScriptWriter {
 public:
  void step(const Step& s) {
    switch (s.mode) {
      case TxMode::transaction:
        open();
        write(s.sql);
        break;
      case TxMode::own_transaction:
        close();
        open();
        write(s.sql);
        close();
        break;
      case TxMode::none:
        close();
        write(s.sql);
        break;
    }
  }
  /// Warnings are held until the next step so they land directly above its SQL, after any
  /// BEGIN or COMMIT the step needs.
  void warning(const std::string& text) { m_pending += "-- WARNING: " + text + "\n"; }
  std::string finish() {
    close();
    return std::move(m_out);
  }
  std::string& out() { return m_out; }
  /// Writes held warnings where the script stands (for a section without steps).
  void flush_warnings() {
    m_out += m_pending;
    m_pending.clear();
  }

 private:
  void open() {
    if (!m_in_block) m_out += "BEGIN;\n\n";
    m_in_block = true;
  }
  void close() {
    if (m_in_block) m_out += "COMMIT;\n\n";
    m_in_block = false;
  }
  void write(const std::string& sql) {
    m_out += m_pending + sql + ";\n\n";
    m_pending.clear();
  }

  std::string m_out;
  std::string m_pending;
  bool m_in_block = false;
};

std::string emit(const std::vector<Section>& sections, std::string_view direction,
                 const EmitOptions& options) {
  ScriptWriter writer;
  std::string& out = writer.out();
  out += fmt::format("-- pgmorph {} migration\n-- from: {}\n-- to:   {}\n", direction,
                     options.from_label, options.to_label);
  if (sections.empty()) {
    out += "-- no changes: the schemas are equal\n";
    return writer.finish();
  }
  std::size_t warned = 0;
  for (const auto& section : sections) warned += section.warnings.empty() ? 0 : 1;
  out += fmt::format("-- plan: {} statement(s), {} with warnings\n", sections.size(), warned);
  for (std::size_t i = 0; i < sections.size(); ++i)
    out += fmt::format("--   {:>3}. {}{}\n", i + 1, sections[i].summary,
                       sections[i].warnings.empty() ? "" : "  [WARNING]");
  // pg_dump sets the same: function bodies may refer to objects created later in the file.
  // A lock wait is bounded so a queued ACCESS EXCLUSIVE never stalls every reader behind
  // it for long; a statement is bounded so a runaway one stops (safety.md L123, L124).
  out += fmt::format("\nSET check_function_bodies = false;\nSET lock_timeout = {};\nSET statement_timeout = {};\n\n",
                     schema::quote_literal(options.lock_timeout), schema::quote_literal(options.statement_timeout));
  for (const auto& section : sections) {
    for (const auto& warning : section.warnings) writer.warning(warning);
    for (const auto& s : *section.steps) writer.step(s);
    if (section.steps->empty()) writer.flush_warnings();
  }
  return writer.finish();
}

}  // namespace

std::string emit_up(const Plan& plan, const EmitOptions& options) {
  std::vector<Section> sections;
  for (const auto& statement : plan.statements)
    sections.push_back(Section{statement.summary, statement_warnings(statement, Direction::up), &statement.up});
  return emit(sections, "up", options);
}

std::string emit_down(const Plan& plan, const EmitOptions& options) {
  std::vector<Section> sections;
  for (auto it = plan.statements.rbegin(); it != plan.statements.rend(); ++it)
    sections.push_back(Section{"undo: " + it->summary, statement_warnings(*it, Direction::down), &it->reverse});
  for (const auto& statement : plan.down_epilogue)
    sections.push_back(Section{statement.summary, statement_warnings(statement, Direction::down), &statement.reverse});
  return emit(sections, "down", options);
}

}  // namespace pgmorph::codegen
