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

namespace {

/// `text` safe for a terminal: control characters (escape sequences, bells, NULs from a
/// binary input) become '?', one byte for one byte so a caret still lines up. Tabs and
/// line breaks stay.
std::string printable(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t' && c != '\n') || byte == 0x7f) c = '?';
  }
  return out;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& raw) {
  Diagnostic diagnostic = raw;
  diagnostic.message = printable(raw.message);
  if (diagnostic.location) diagnostic.location->line_text = printable(raw.location->line_text);
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

SourceLocation location_in(const std::string& path, const std::string& text, int line, int column) {
  SourceLocation location{path, line, column, ""};
  std::size_t start = 0;
  for (int at = 1; at < line && start != std::string::npos; ++at) {
    start = text.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start != std::string::npos) location.line_text = text.substr(start, text.find('\n', start) - start);
  return location;
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
