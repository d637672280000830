// Canonical text for SQL fragments that do not come from a parsed file, e.g. what a live
// database reports (pg_get_expr, format_type). They run through the same rewrites and
// deparser as parsed files, so equal meaning spelled the same way compares equal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pgmorph::parser {

/// The canonical text of an expression (`nextval('t_id_seq'::regclass)` ->
/// `nextval('public.t_id_seq'::regclass)`); empty when `sql` is not one expression.
std::optional<std::string> canonical_expression(std::string_view sql);

/// The canonical spelling of a type name (`int4` -> `integer`, `mood` -> `public.mood`);
/// empty when `sql` is not a type name.
std::optional<std::string> canonical_type_text(std::string_view sql);

}  // namespace pgmorph::parser
