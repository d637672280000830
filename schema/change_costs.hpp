// What a column change costs PostgreSQL, decided from canonical type names and default
// expressions (format_type / pg_get_expr spelling, which both sides share). Used by the plan
// generator for its hazards; the rules are safety.md's L113 and L114, measured on PostgreSQL 15.
#pragma once

#include <string_view>

namespace pgmorph::schema {

/// True unless changing a column from type `from` to `to` is known to keep the stored
/// bytes (binary coercible, limit only widened): varchar(n) -> varchar(m >= n) or text,
/// text <-> varchar, numeric(p,s) -> numeric(q >= p,s) or numeric, a time precision raised
/// or removed, bit varying widened, cidr -> inet. Unknown changes count as rewrites.
bool type_change_rewrites(std::string_view from, std::string_view to);

/// How PostgreSQL fills existing rows when a column with this DEFAULT is added.
enum class DefaultFill {
  stored_once,  ///< constants, casts, stable functions like now(): kept in the catalog (PG 11+)
  sequence,     ///< nextval(...): every row gets its own value, so the table is rewritten
  per_row,      ///< a volatile or unknown function: evaluated per row, the table is rewritten
};

/// Classifies a default expression by the functions it calls; a function not known to be
/// stable or immutable counts as volatile, since PostgreSQL would evaluate it per row.
DefaultFill classify_default(std::string_view expression);

}  // namespace pgmorph::schema
