#include "diff/casts.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <utility>

namespace pgmorph::diff {

namespace {

using TypePair = std::pair<std::string_view, std::string_view>;

constexpr TypePair k_builtin_casts[] = {
#include "diff/builtin_casts.inc"
};

/// The type without modifiers: `timestamp(3) without time zone` -> `timestamp without time
/// zone`, `numeric(10,2)` -> `numeric`. Quoted names keep their text.
std::string without_typmod(std::string_view type) {
  std::string out;
  bool quoted = false;
  int depth = 0;
  for (char c : type) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == '(') ++depth;
    if (depth == 0) out += c;
    if (!quoted && c == ')' && depth > 0) --depth;
  }
  // `timestamp(3) without time zone` leaves a double space.
  for (auto at = out.find("  "); at != std::string::npos; at = out.find("  ")) out.erase(at, 1);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// A schema-qualified (user or extension) type: `public.mood`, `"My Schema".t`.
std::optional<schema::QualifiedName> qualified_type(std::string_view type) {
  bool quoted = false;
  for (std::size_t i = 0; i < type.size(); ++i) {
    if (type[i] == '"') quoted = !quoted;
    if (!quoted && type[i] == '.') {
      auto unquote = [](std::string_view part) {
        if (part.size() < 2 || part.front() != '"') return std::string(part);
        std::string text;
        for (std::size_t j = 1; j + 1 < part.size(); ++j) {
          text += part[j];
          if (part[j] == '"') ++j;  // "" inside quotes is one "
        }
        return text;
      };
      return schema::QualifiedName{unquote(type.substr(0, i)), unquote(type.substr(i + 1))};
    }
  }
  return std::nullopt;
}

bool is_string_type(std::string_view type) {
  return type == "text" || type == "character varying" || type == "character" || type == "name";
}

struct Resolver {
  const schema::Catalog& from_catalog;
  const schema::Catalog& to_catalog;

  /// The base type of a domain (followed through domains over domains), else `type`.
  std::string base(std::string type) const {
    for (int depth = 0; depth < 16; ++depth) {
      const auto name = qualified_type(type);
      if (!name) break;
      const schema::Domain* domain = nullptr;
      if (auto it = to_catalog.domains.find(*name); it != to_catalog.domains.end()) domain = &it->second;
      else if (auto old = from_catalog.domains.find(*name); old != from_catalog.domains.end()) domain = &old->second;
      if (domain == nullptr) break;
      type = without_typmod(domain->base_type);
    }
    return type;
  }

  bool is_enum(const std::string& type) const {
    const auto name = qualified_type(type);
    return name && (from_catalog.enums.contains(*name) || to_catalog.enums.contains(*name));
  }

  CastVerdict verdict(std::string from, std::string to) const {
    from = base(without_typmod(from));
    to = base(without_typmod(to));
    if (from == to) return CastVerdict::exists;
    const bool from_array = from.ends_with("[]"), to_array = to.ends_with("[]");
    if (from_array && to_array)
      return verdict(from.substr(0, from.size() - 2), to.substr(0, to.size() - 2));
    // Every type has a text form: I/O conversion to and from the string types.
    if (is_string_type(from) || is_string_type(to)) return CastVerdict::exists;
    if (is_enum(from) || is_enum(to)) return CastVerdict::exists;  // converted through text
    if (from_array != to_array) {
      const std::string& scalar = from_array ? to : from;
      return qualified_type(scalar) ? CastVerdict::unknown : CastVerdict::missing;
    }
    if (qualified_type(from) || qualified_type(to)) return CastVerdict::unknown;
    const TypePair pair{from, to};
    return std::find(std::begin(k_builtin_casts), std::end(k_builtin_casts), pair) != std::end(k_builtin_casts)
               ? CastVerdict::exists
               : CastVerdict::missing;
  }
};

}  // namespace

CastVerdict explicit_cast(std::string_view from, std::string_view to,
                          const schema::Catalog& from_catalog, const schema::Catalog& to_catalog) {
  return Resolver{from_catalog, to_catalog}.verdict(std::string(from), std::string(to));
}

}  // namespace pgmorph::diff
