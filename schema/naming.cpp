#include "schema/naming.hpp"

#include <string>

#include "schema/names.hpp"

namespace pgmorph::schema {

namespace {

constexpr std::size_t k_max_identifier_bytes = 63;

// Byte length of the longest prefix of `text` of at most `limit` bytes that does not split
// a UTF-8 sequence (pg_mbcliplen for UTF-8).
std::size_t utf8_clip(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text.size();
  std::size_t len = limit;
  while (len > 0 && (static_cast<unsigned char>(text[len]) & 0xC0) == 0x80) --len;
  return len;
}

}  // namespace

std::string make_object_name(std::string_view name1, std::string_view name2,
                             std::string_view label) {
  std::size_t overhead = 0;
  if (!name2.empty()) overhead += 1;
  if (!label.empty()) overhead += label.size() + 1;
  std::size_t available = k_max_identifier_bytes - overhead;
  std::size_t name1_chars = name1.size();
  std::size_t name2_chars = name2.size();
  while (name1_chars + name2_chars > available) {
    if (name1_chars > name2_chars)
      --name1_chars;
    else
      --name2_chars;
  }
  name1_chars = utf8_clip(name1, name1_chars);
  name2_chars = utf8_clip(name2, name2_chars);
  std::string result(name1.substr(0, name1_chars));
  if (!name2.empty()) {
    result += '_';
    result += name2.substr(0, name2_chars);
  }
  if (!label.empty()) {
    result += '_';
    result += label;
  }
  return result;
}

std::string choose_name(std::string_view name1, std::string_view name2, std::string_view label,
                        const std::function<bool(const std::string&)>& is_taken) {
  std::string candidate = make_object_name(name1, name2, label);
  for (int pass = 1; is_taken(candidate); ++pass)
    candidate = make_object_name(name1, name2, std::string(label) + std::to_string(pass));
  return candidate;
}

std::string join_column_names(const std::vector<std::string>& names) {
  // ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition.
  std::string result;
  for (const auto& name : names) {
    if (!result.empty()) result += '_';
    result += name;
    if (result.size() >= k_max_identifier_bytes) break;
  }
  return result.substr(0, utf8_clip(result, k_max_identifier_bytes));
}

std::string default_multirange_name(std::string_view range_name) {
  std::string result;
  if (const std::size_t at = range_name.find("range"); at != std::string_view::npos)
    result = std::string(range_name.substr(0, at)) + "multi" + std::string(range_name.substr(at));
  else
    result = std::string(range_name.substr(0, 52)) + "_multirange";  // NAMEDATALEN - 12 bytes
  return result.substr(0, utf8_clip(result, k_max_identifier_bytes));
}

}  // namespace pgmorph::schema
