// Names of catalog objects: folded, unquoted identifiers plus the schema they live in.
#pragma once

#include <compare>
#include <string>
#include <string_view>

namespace pgmorph::schema {

/// A schema-qualified object name. Both parts hold the identifier as PostgreSQL stores it
/// (unquoted identifiers already folded to lower case, quoted ones verbatim). An empty
/// schema never survives normalization: it becomes `public`.
struct QualifiedName {
  std::string schema;
  std::string name;

  auto operator<=>(const QualifiedName&) const = default;
  bool operator==(const QualifiedName&) const = default;
};

/// The schema an unqualified name resolves to (we do not model search_path beyond this).
inline constexpr std::string_view k_default_schema = "public";

/// Quotes an identifier only when PostgreSQL requires it (upper case, special characters,
/// leading digit, reserved keyword), doubling embedded quotes, like quote_ident().
std::string quote_ident(std::string_view ident);

/// `schema.name`, each part quoted as needed.
std::string quote_qualified(const QualifiedName& name);

/// `schema.name` unquoted, for messages and sort keys.
std::string display_name(const QualifiedName& name);

/// Quotes a string literal with single quotes, doubling embedded quotes (E'' is never
/// needed because standard_conforming_strings is on in every supported version).
std::string quote_literal(std::string_view text);

/// PostgreSQL truncates identifiers to NAMEDATALEN-1 bytes without splitting a UTF-8
/// character; implicit names are built the same way.
std::string truncate_identifier(std::string_view ident);

}  // namespace pgmorph::schema
