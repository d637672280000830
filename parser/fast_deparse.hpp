// A local printer for the expressions and table constraints that make up almost all of a
// schema (column defaults such as `now()` or `'{}'::jsonb`, `CHECK (price >= 0)`, key and
// foreign-key constraints). libpg_query's deparser needs the tree packed to protobuf, and
// unpacks it again, for every call: at 10,000 tables that round trip was a third of the
// parse time. The printer covers a deliberately small set of node shapes and answers
// nothing for anything else, so callers fall back to libpg_query.
//
// Contract: whenever a function here returns text, it is byte-identical to what
// libpg_query's deparser prints for the same tree. PGMORPH_CHECK_DEPARSE=1 makes every
// call compare the two and fail on a difference (the `deparse_check` test runs the golden
// cases and the shared suites that way).
#pragma once

#include <optional>
#include <string>

#include "parser/proto.hpp"

namespace pgmorph::parser {

/// The deparsed text of `expr` (as after `SELECT `), or nullopt when `expr` uses a node
/// shape this printer does not cover.
std::optional<std::string> fast_deparse_expr(const PgQuery__Node* expr);

/// The deparsed text after `ALTER TABLE x ADD ` of an unnamed CHECK, PRIMARY KEY, UNIQUE or
/// FOREIGN KEY constraint, or nullopt for any other constraint or option.
std::optional<std::string> fast_deparse_constraint(const PgQuery__Constraint* constraint);

/// The deparsed text of an unnamed CREATE [UNIQUE] INDEX ON schema.table USING method
/// (...) with plain column or function-call keys, optional INCLUDE and WHERE; nullopt for
/// other forms (options, collations, expressions that are not calls, NULLS NOT DISTINCT).
std::optional<std::string> fast_deparse_index(const PgQuery__IndexStmt* stmt);

/// True when PGMORPH_CHECK_DEPARSE is set: callers then also run libpg_query and compare.
bool check_fast_deparse();

}  // namespace pgmorph::parser
