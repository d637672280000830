#include "migrate/plan_header.hpp"

#include <sstream>

namespace pgmorph::migrate {

namespace {

bool is_fingerprint(const std::string& text) {
  constexpr std::string_view prefix = "sha256:";
  if (!text.starts_with(prefix) || text.size() != prefix.size() + 64) return false;
  for (std::size_t i = prefix.size(); i < text.size(); ++i) {
    const char c = text[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

}  // namespace

std::optional<FromHeader> read_from_header(const std::string& path, const std::string& content,
                                           schema::Diagnostics& diagnostics) {
  std::istringstream in(content.starts_with("\xEF\xBB\xBF") ? content.substr(3) : content);
  std::string line;
  int number = 0;
  constexpr std::string_view marker = "pgmorph:from";
  while (std::getline(in, line)) {
    ++number;
    const std::string text = trim(line);
    if (text.empty()) continue;
    if (!text.starts_with("--")) break;  // the header block ends at the first statement
    const std::string body = trim(text.substr(2));
    if (!body.starts_with(marker)) continue;
    const std::string value = trim(body.substr(marker.size()));
    if (!is_fingerprint(value)) {
      const int column = static_cast<int>(line.find(marker) + marker.size()) + 2;
      diagnostics.push_back({schema::Severity::error, "plan-header",
                             "`pgmorph:from` takes sha256:<64 lower-case hex digits>, not '" + value +
                                 "'",
                             schema::SourceLocation{path, number, column, line}});
      return std::nullopt;
    }
    return FromHeader{value, number};
  }
  return std::nullopt;
}

}  // namespace pgmorph::migrate
