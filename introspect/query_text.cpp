#include "introspect/query_text.hpp"

#include "schema/diagnostic.hpp"

#include <charconv>

namespace pgmorph::introspect {

std::string prepare_query(std::string_view text, int server_version) {
  constexpr std::string_view k_if = "--#if server_version >= ";
  std::string out;
  bool in_if = false;
  bool keep = true;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    const std::string_view line =
        text.substr(0, eol == std::string_view::npos ? text.size() : eol + 1);
    text.remove_prefix(line.size());
    if (line.starts_with("--#")) {
      if (line.starts_with(k_if) && !in_if) {
        int version = 0;
        const std::string_view number = line.substr(k_if.size());
        const auto [end, error] =
            std::from_chars(number.data(), number.data() + number.size(), version);
        if (error != std::errc())
          throw schema::InternalError("bad query directive: " + std::string(line));
        in_if = true;
        keep = server_version >= version;
      } else if (line.starts_with("--#else") && in_if) {
        keep = !keep;
      } else if (line.starts_with("--#endif") && in_if) {
        in_if = false;
        keep = true;
      } else {
        throw schema::InternalError("bad query directive: " + std::string(line));
      }
      continue;
    }
    if (keep) out += line;
  }
  if (in_if) throw schema::InternalError("query directive --#if without --#endif");
  return out;
}

}  // namespace pgmorph::introspect
