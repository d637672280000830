#include "diff/column_reads.hpp"

#include <cctype>

#include "schema/names.hpp"

namespace pgmorph::diff {

namespace {

bool starts_identifier(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_' || (static_cast<unsigned char>(c) & 0x80U) != 0;
}

bool continues_identifier(char c) {
  return starts_identifier(c) || std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '$';
}

}  // namespace

std::set<std::string> identifiers_in(std::string_view expression) {
  std::set<std::string> names;
  std::size_t i = 0;
  while (i < expression.size()) {
    const char c = expression[i];
    if (c == '\'') {  // a string literal; '' inside is an escaped quote
      for (++i; i < expression.size(); ++i) {
        if (expression[i] != '\'') continue;
        if (i + 1 < expression.size() && expression[i + 1] == '\'') {
          ++i;
          continue;
        }
        break;
      }
      ++i;
    } else if (c == '"') {
      std::string name;
      for (++i; i < expression.size(); ++i) {
        if (expression[i] != '"') {
          name += expression[i];
        } else if (i + 1 < expression.size() && expression[i + 1] == '"') {
          name += '"';
          ++i;
        } else {
          break;
        }
      }
      ++i;
      names.insert(name);
    } else if (starts_identifier(c)) {
      std::string name;
      while (i < expression.size() && continues_identifier(expression[i]))
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(expression[i++])));
      names.insert(name);
    } else {
      ++i;
    }
  }
  return names;
}

bool mentions_any(std::string_view expression, const std::set<std::string>& columns) {
  if (columns.empty()) return false;
  for (const auto& name : identifiers_in(expression))
    if (columns.contains(name)) return true;
  return false;
}

std::string rename_identifier(std::string_view text, const std::string& from, const std::string& to) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char c = text[i];
    std::string name;
    bool identifier = false;
    if (c == '\'') {
      for (++i; i < text.size(); ++i) {
        if (text[i] != '\'') continue;
        if (i + 1 < text.size() && text[i + 1] == '\'') {
          ++i;
          continue;
        }
        break;
      }
      i = std::min(i + 1, text.size());
    } else if (c == '"') {
      for (++i; i < text.size(); ++i) {
        if (text[i] != '"') {
          name += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == '"') {
          name += '"';
          ++i;
        } else {
          break;
        }
      }
      i = std::min(i + 1, text.size());
      identifier = true;
    } else if (starts_identifier(c)) {
      while (i < text.size() && continues_identifier(text[i]))
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
      identifier = true;
    } else {
      ++i;
    }
    if (identifier && name == from)
      out += schema::quote_ident(to);
    else
      out += text.substr(start, i - start);
  }
  return out;
}

}  // namespace pgmorph::diff
