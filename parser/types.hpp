// Canonical spelling of type names, the way PostgreSQL's format_type() prints them, so a
// type written `int4`, `int` or `integer` compares equal to what a database reports.
#pragma once

#include <optional>
#include <string>

#include "parser/proto.hpp"
#include "schema/model.hpp"

namespace pgmorph::parser {

/// A type name resolved to canonical text.
struct CanonicalType {
  std::string text;  ///< e.g. `integer`, `character varying(10)`, `public.mood[]`
  std::optional<schema::QualifiedName> user_type;  ///< set for non-built-in types
};

/// format_type-like text of `type`: built-in types unqualified with SQL-standard names,
/// user types schema-qualified (default `public`) and quoted as needed, one `[]` for any
/// array (PostgreSQL does not track dimensions), `SETOF ` prefix kept.
/// `%TYPE` references cannot be resolved offline: `pct_type` must be rejected by callers.
CanonicalType canonical_type(const PgQuery__TypeName* type);

/// `serial`, `bigserial`, `smallserial` (and serial4/8/2): the integer type they stand for,
/// or empty when `type` is not a serial pseudo-type.
std::optional<std::string> serial_base_type(const PgQuery__TypeName* type);

/// True for the pg_catalog type names a user may write without a schema (`int4`, `text`).
bool is_builtin_type_name(std::string_view name);

/// Rewrites a type name in place so that equivalent spellings deparse identically:
/// SQL-standard built-ins get `pg_catalog.` (the deparser then prints `int`, `varchar(n)`,
/// `double precision`...), other built-ins lose it, unqualified user types get `public.`.
void canonicalize_type_name(ProtoArena& arena, PgQuery__TypeName* type);

}  // namespace pgmorph::parser
