// User-facing problems (bad SQL, unsupported constructs, unreadable inputs), collected so one
// run reports all of them. Broken invariants are not diagnostics: they throw InternalError.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace pgmorph::schema {

enum class Severity { error, warning, note };

/// A position in an input file; line and column are 1-based, column counts characters.
struct SourceLocation {
  std::string path;
  int line = 0;
  int column = 0;
  std::string line_text;  ///< the whole source line, for the caret display
};

/// One problem. `code` is a stable kebab-case id such as `syntax-error` or
/// `unsupported-statement`.
struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;
  std::string message;
  std::optional<SourceLocation> location;
};

using Diagnostics = std::vector<Diagnostic>;

/// True when any diagnostic is an error.
bool has_errors(const Diagnostics& diagnostics);

/// Renders `path:line:col: error[code]: message`, then the source line and a caret, like
/// compilers do. Without a location only the first line is printed.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// Thrown where a function cannot return its result because the input is bad (e.g. a
/// malformed migration directory); carries every problem found, for the caller to print.
class DiagnosticError : public std::runtime_error {
 public:
  explicit DiagnosticError(Diagnostics diagnostics);
  const Diagnostics& diagnostics() const { return m_diagnostics; }

 private:
  Diagnostics m_diagnostics;
};

/// Thrown when an invariant is broken (a bug in pgmorph, not in the user's input).
/// main() maps it to exit code 70 with a "please report" line.
class InternalError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

}  // namespace pgmorph::schema
