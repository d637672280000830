#include "schema/identity.hpp"

#include <sstream>
#include <vector>

namespace pgmorph::schema {

std::int64_t IdentityOptions::effective_start() const {
  if (start) return *start;
  return step() > 0 ? min_value.value_or(1) : max_value.value_or(-1);
}

std::string identity_options_text(const IdentityOptions& options) {
  std::string text;
  auto add = [&](std::string_view words, const std::optional<std::int64_t>& value) {
    if (!value) return;
    if (!text.empty()) text += ' ';
    text += std::string(words) + " " + std::to_string(*value);
  };
  add("INCREMENT BY", options.increment);
  add("MINVALUE", options.min_value);
  add("MAXVALUE", options.max_value);
  add("START WITH", options.start);
  add("CACHE", options.cache);
  if (options.cycle) text += text.empty() ? "CYCLE" : " CYCLE";
  return text;
}

IdentityOptions parse_identity_options(std::string_view text) {
  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  IdentityOptions options;
  auto number = [&](std::size_t at) -> std::optional<std::int64_t> {
    if (at >= words.size()) return std::nullopt;
    try {
      return std::stoll(words[at]);
    } catch (const std::exception&) {
      return std::nullopt;
    }
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word == "INCREMENT" && i + 1 < words.size() && words[i + 1] == "BY") options.increment = number(i += 2);
    else if (word == "MINVALUE") options.min_value = number(++i);
    else if (word == "MAXVALUE") options.max_value = number(++i);
    else if (word == "START" && i + 1 < words.size() && words[i + 1] == "WITH") options.start = number(i += 2);
    else if (word == "CACHE") options.cache = number(++i);
    else if (word == "CYCLE") options.cycle = true;
  }
  return options;
}

}  // namespace pgmorph::schema
