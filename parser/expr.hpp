// Canonical text of expressions, constraints and statements, produced by libpg_query's
// deparser from (possibly rewritten) parse trees, never by slicing the user's input. Both
// sides of a diff go through these functions, so equal trees give equal text.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "parser/proto.hpp"
#include "schema/model.hpp"

namespace pgmorph::parser {

/// libpg_query could not deparse a tree (a construct its deparser does not know). The
/// statement loop reports it as `unsupported-feature` at the statement.
class DeparseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The deparsed text of one statement node (no trailing semicolon).
std::string deparse_statement(PgQuery__Node* stmt);

/// The deparsed text of an expression, obtained through a synthetic `SELECT <expr>`.
std::string deparse_expr(PgQuery__Node* expr);

/// The deparsed text of a CREATE INDEX statement (fast_deparse_index when it applies).
std::string deparse_index_statement(PgQuery__IndexStmt* stmt);

/// The text after `ALTER TABLE x ADD ` for `constraint` as it is (callers clear the name
/// and NOT VALID first).
std::string deparse_table_constraint(PgQuery__Constraint* constraint);

/// deparse_expr() always through libpg_query, never the fast printer (fast_deparse.hpp);
/// the reference the fast printer is checked against.
std::string libpg_query_deparse_expr(PgQuery__Node* expr);

/// deparse_table_constraint() through libpg_query only (no NULLS NOT DISTINCT repair).
std::string libpg_query_deparse_constraint(PgQuery__Constraint* constraint);

/// Applies the parser's canonical rewrites inside an expression tree, in place:
/// `nextval('x')` and `nextval('x'::regclass)` become `nextval('public.x'::regclass)`, the
/// form pg_dump writes; type names get one spelling (canonicalize_type_name); IN, BETWEEN,
/// LIKE and row constructors take the form PostgreSQL prints back. Sequences found in
/// nextval() are appended to `sequences`.
void canonicalize_expr(ProtoArena& arena, PgQuery__Node* expr,
                       std::vector<schema::QualifiedName>* sequences = nullptr);

/// Storage parameter values (`WITH (fillfactor=80)`) become strings, the form pg_dump and
/// pg_get_indexdef print (`fillfactor='80'`); a bare name means `true`.
void canonicalize_options(ProtoArena& arena, PgQuery__Node** options, std::size_t count);

/// Index element ordering spelled the way pg_get_indexdef prints it: `ASC` and default
/// NULLS placement (LAST for ascending, FIRST for descending) are dropped.
void canonicalize_index_element(PgQuery__IndexElem* element);

/// Splits a name written inside a string literal (`'"My".seq'`) as PostgreSQL's
/// stringToQualifiedNameList does: unquoted parts folded to lower case. Empty on bad input.
std::vector<std::string> split_qualified_literal(std::string_view text);

/// The qualified name a list of name parts denotes, `public` when unqualified.
schema::QualifiedName qualified_from_parts(const std::vector<std::string>& parts);

/// The qualified name of a RangeVar, `public` when unqualified.
schema::QualifiedName qualified_from_range_var(const PgQuery__RangeVar* range_var);

/// Sets the RangeVar's schema to `public` when absent, so deparsed text is qualified.
void qualify_range_var(ProtoArena& arena, PgQuery__RangeVar* range_var);

}  // namespace pgmorph::parser
