#include "schema/change_costs.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

namespace pgmorph::schema {

namespace {

/// A type name split into its base and its modifiers: "numeric(10,2)" -> numeric, 10, 2.
struct TypeParts {
  std::string base;  ///< without the modifier list, "timestamp without time zone" kept whole
  std::optional<long> first;
  std::optional<long> second;
};

TypeParts split_type(std::string_view type) {
  TypeParts parts;
  const auto open = type.find('(');
  if (open == std::string_view::npos) {
    parts.base = std::string(type);
    return parts;
  }
  const auto close = type.find(')', open);
  if (close == std::string_view::npos) {
    parts.base = std::string(type);
    return parts;
  }
  // "timestamp(3) without time zone": the modifier sits inside the name.
  parts.base = std::string(type.substr(0, open)) + std::string(type.substr(close + 1));
  const std::string mods(type.substr(open + 1, close - open - 1));
  try {
    std::size_t used = 0;
    parts.first = std::stol(mods, &used);
    if (used < mods.size() && mods[used] == ',') parts.second = std::stol(mods.substr(used + 1));
  } catch (...) {
    parts.first.reset();
  }
  return parts;
}

bool is_text_like(std::string_view base) { return base == "text" || base == "character varying"; }

/// No modifier means no limit, which is the widest.
bool widens(const std::optional<long>& from, const std::optional<long>& to) {
  return !to || (from && *to >= *from);
}

bool has_precision_only(std::string_view base) {
  return base == "character varying" || base == "bit varying" || base.starts_with("timestamp") ||
         base.starts_with("time ") || base == "interval";
}

}  // namespace

bool type_change_rewrites(std::string_view from, std::string_view to) {
  if (from == to) return false;
  if (from.ends_with("[]") || to.ends_with("[]")) return true;
  const TypeParts a = split_type(from);
  const TypeParts b = split_type(to);
  if (a.base == "cidr" && b.base == "inet") return false;
  // text and varchar share a representation; only a new, shorter limit needs a check.
  if (is_text_like(a.base) && b.base == "text") return false;
  if (a.base == "text" && b.base == "character varying") return b.first.has_value();
  if (a.base != b.base) return true;
  if (a.base == "numeric")
    return !(!b.first || (a.first && widens(a.first, b.first) && a.second.value_or(0) == b.second.value_or(0)));
  if (has_precision_only(a.base)) return !widens(a.first, b.first);
  return true;
}

DefaultFill classify_default(std::string_view expression) {
  // Functions PostgreSQL marks stable or immutable that defaults commonly call.
  static constexpr std::array<std::string_view, 24> k_stored_once = {
      "now", "timezone", "statement_timestamp", "transaction_timestamp", "current_setting", "lower",
      "upper", "btrim", "concat", "coalesce", "nullif", "greatest", "least", "jsonb_build_object",
      "json_build_object", "jsonb_build_array", "json_build_array", "make_interval", "date_trunc",
      "length", "replace", "to_jsonb", "array_fill", "md5"};
  // Words followed by "(" that are syntax, not calls.
  static constexpr std::array<std::string_view, 15> k_syntax = {
      "and", "or", "not", "in", "case", "when", "then", "else", "is", "any", "all", "array", "cast", "row",
      "extract"};
  DefaultFill fill = DefaultFill::stored_once;
  std::size_t i = 0;
  while (i < expression.size()) {
    const char c = expression[i];
    if (c == '\'' || c == '"') {  // skip a literal or quoted name
      const auto end = expression.find(c, i + 1);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '_')) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < expression.size() && (std::isalnum(static_cast<unsigned char>(expression[i])) || expression[i] == '_' ||
                                     expression[i] == '.'))
      ++i;
    std::string word(expression.substr(start, i - start));
    for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // A type after a cast ("::character varying(10)", "::timestamp(3) without time zone")
    // is not a call: skip its words and its modifier list.
    if (start >= 2 && expression.substr(start - 2, 2) == "::") {
      while (i < expression.size() && (std::isalnum(static_cast<unsigned char>(expression[i])) ||
                                       expression[i] == '_' || expression[i] == ' '))
        ++i;
      if (i < expression.size() && expression[i] == '(') i = std::min(expression.find(')', i), expression.size());
      continue;
    }
    std::size_t next = i;
    while (next < expression.size() && expression[next] == ' ') ++next;
    if (next >= expression.size() || expression[next] != '(') continue;
    const std::string_view name = std::string_view(word).substr(word.rfind('.') == std::string::npos ? 0 : word.rfind('.') + 1);
    if (std::find(k_syntax.begin(), k_syntax.end(), name) != k_syntax.end()) continue;
    if (name == "nextval") {
      fill = DefaultFill::sequence;
      continue;
    }
    if (std::find(k_stored_once.begin(), k_stored_once.end(), name) == k_stored_once.end()) return DefaultFill::per_row;
  }
  return fill;
}

}  // namespace pgmorph::schema
