// Parentheses libpg_query's deparser leaves out. It prints some nodes bare where
// PostgreSQL's grammar needs them in parentheses: `(now() AT TIME ZONE 'utc')::text` comes
// out as `now() AT TIME ZONE 'utc'::text` (a cast of 'utc', another tree), `(NOT a)::int`
// as `NOT a::int`, and an index element `(a::text)` as the syntax error `a::text`.
// It also prints an index element's call without the space before what follows it:
// `lower(a)DESC`, `lower(a)COLLATE "C"`, `lower(a)text_pattern_ops`.
// Parentheses create no parse node, so adding them keeps parse(deparse(x)) == x.
#pragma once

#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "parser/proto.hpp"

namespace pgmorph::parser {

/// Replaces, for the lifetime of one deparse, every child the deparser would print without
/// the parentheses it needs with a placeholder column reference, and afterwards puts the
/// children back and the placeholders' text in: `(` + the child's own deparse + `)`.
/// Every index element expression is replaced, so that the deparser prints the element's
/// options after a parenthesized placeholder, with the spaces it puts there.
class ParenGuard {
 public:
  /// Protects the children inside `root` (the guard does not own the tree).
  explicit ParenGuard(PgQuery__Node* root);
  ~ParenGuard() { restore(); }
  ParenGuard(const ParenGuard&) = delete;
  ParenGuard& operator=(const ParenGuard&) = delete;

  /// Puts the original children back into the tree (idempotent).
  void restore();

  /// `deparsed` (the text of the protected tree) with each placeholder replaced by its
  /// child's text. Call after restore().
  std::string fill(std::string deparsed) const;

 private:
  /// How a placeholder's text is put back.
  enum class Fill {
    add_parens,     ///< `tok` -> `(child)`
    as_is,          ///< `tok` -> `child`: the deparser already wraps the placeholder
    unwrap_parens,  ///< `(tok)` -> `child`: a call, valid bare where the deparser wrapped it
  };

  struct Slot {
    PgQuery__Node** where;
    PgQuery__Node* original;
    std::string token;
    Fill fill;
  };

  PgQuery__Node* placeholder(const std::string& token);

  std::vector<Slot> m_slots;
  bool m_restored = false;
  // Storage of the placeholder nodes.
  std::deque<PgQuery__Node> m_nodes;
  std::deque<PgQuery__ColumnRef> m_refs;
  std::deque<PgQuery__String> m_strings;
  std::deque<PgQuery__Node*> m_fields;
  std::deque<std::string> m_names;
};

/// True when the deparsed text of `expr` is valid bare where the grammar wants a `b_expr`
/// (a DEFAULT clause): constants, column references, function calls, casts, arithmetic and
/// comparison operators. False for AND/OR/NOT, IS NULL, IN, ANY, AT TIME ZONE and the like.
bool is_b_expr_safe(const PgQuery__Node* expr);

}  // namespace pgmorph::parser
