#include "schema/diagnostic.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

namespace pgmorph::schema {

namespace {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

}  // namespace

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
  const auto severity = severity_name(diagnostic.severity);
  if (!diagnostic.location) {
    return fmt::format("pgmorph: {}[{}]: {}\n", severity, diagnostic.code, diagnostic.message);
  }
  const SourceLocation& at = *diagnostic.location;
  std::string out = fmt::format("{}:{}:{}: {}[{}]: {}\n", at.path, at.line, at.column, severity,
                                diagnostic.code, diagnostic.message);
  if (!at.line_text.empty()) {
    const std::string gutter = std::to_string(at.line);
    out += fmt::format(" {} | {}\n", gutter, at.line_text);
    // Keep tabs so the caret lines up under the same character in a terminal.
    std::string pad;
    int column = 1;
    for (const char c : at.line_text) {
      if (column >= at.column) break;
      if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
      pad += (c == '\t') ? '\t' : ' ';
      ++column;
    }
    out += fmt::format(" {} | {}^\n", std::string(gutter.size(), ' '), pad);
  }
  return out;
}

namespace {

std::string join_messages(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics) text += format_diagnostic(diagnostic);
  return text;
}

}  // namespace

DiagnosticError::DiagnosticError(Diagnostics diagnostics)
    : std::runtime_error(join_messages(diagnostics)), m_diagnostics(std::move(diagnostics)) {}

}  // namespace pgmorph::schema
