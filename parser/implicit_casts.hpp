// The casts PostgreSQL writes into an expression when it stores it, for the cases that are
// decided by column types alone. A file says `DEFAULT ''` and `CHECK (price >= 0)`; the
// database reports `''::character varying` and `price >= 0::numeric`. Adding those casts
// while parsing makes the two compare equal offline (a pg_dump file against a hand-written
// one) and spares the server-side rendering for them. The rules only add casts PostgreSQL
// provably adds; anything less certain is left as written, for the server rendering
// (introspect/server_canonical.hpp) to settle when a database is at hand. Text that
// already carries the casts (what a database reports) is unchanged.
#pragma once

#include <string>

#include "parser/proto.hpp"
#include "schema/model.hpp"

namespace pgmorph::parser {

/// A default that is a bare string literal, on a `text` or `character varying` column:
/// `'x'` becomes `'x'::text` or `'x'::varchar` (in place).
void cast_default_literal(ProtoArena& arena, PgQuery__Node* expr, const std::string& column_type);

/// Inside an expression over the columns of `table` (a CHECK constraint, an index key or
/// predicate), in place:
/// - an integer literal compared (=, <>, <, <=, >, >=) with a numeric, double precision or
///   real column takes that type: `price >= 0` -> `price >= 0::numeric`;
/// - a string literal compared with a text column takes `::text`; compared with a
///   character varying column, both sides become text: `(code)::text = 'x'::text`;
/// - a character varying column passed to char_length, character_length, length, lower or
///   upper becomes `col::text`, the text variant PostgreSQL resolves the call to.
void add_column_casts(ProtoArena& arena, PgQuery__Node* expr, const schema::Table& table);

}  // namespace pgmorph::parser
