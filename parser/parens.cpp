#include "parser/parens.hpp"

#include <atomic>
#include <set>

#include "parser/expr.hpp"

namespace pgmorph::parser {

namespace {

// SQL-syntax calls that print as operators (`x AT TIME ZONE z`, `x IS NORMALIZED`,
// `(a, b) OVERLAPS (c, d)`), unlike EXTRACT(...) or SUBSTRING(...), which read like calls.
bool is_operator_syntax(const PgQuery__Node* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return false;
  const PgQuery__FuncCall* call = node->func_call;
  if (call->funcformat != PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX || call->n_funcname == 0)
    return false;
  const std::string_view name = str_val(call->funcname[call->n_funcname - 1]);
  return name == "timezone" || name == "is_normalized" || name == "overlaps";
}

// Nodes printed in a form that binds more loosely than a cast, an operator, a subscript or
// a postfix test, so they need parentheses as an operand of one.
bool is_loose(const PgQuery__Node* node) {
  if (node == nullptr) return false;
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_NULL_TEST:
    case PG_QUERY__NODE__NODE_BOOLEAN_TEST:
    case PG_QUERY__NODE__NODE_BOOL_EXPR:
      return true;
    default:
      return is_operator_syntax(node);
  }
}

std::atomic<unsigned> g_next_token{0};

}  // namespace

ParenGuard::ParenGuard(PgQuery__Node* root) {
  struct Found {
    PgQuery__Node** where;
    Fill fill;
  };
  std::vector<Found> found;
  std::set<const ProtobufCMessage*> skipped;
  auto protect = [&](PgQuery__Node** where, Fill fill = Fill::add_parens) {
    found.push_back({where, fill});
    // The child is printed by its own deparse, which protects its own children.
    skipped.insert(&(*where)->base);
  };
  auto protect_loose = [&](PgQuery__Node** where) {
    if (is_loose(*where)) protect(where);
  };
  walk(&root->base, [&](const ProtobufCMessage* message) {
    if (skipped.count(message) != 0) return false;
    if (!is_a(message, pg_query__node__descriptor)) return true;
    auto* node = reinterpret_cast<PgQuery__Node*>(const_cast<ProtobufCMessage*>(message));
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_TYPE_CAST: protect_loose(&node->type_cast->arg); break;
      case PG_QUERY__NODE__NODE_NULL_TEST: protect_loose(&node->null_test->arg); break;
      case PG_QUERY__NODE__NODE_BOOLEAN_TEST: protect_loose(&node->boolean_test->arg); break;
      case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: protect_loose(&node->collate_clause->arg); break;
      case PG_QUERY__NODE__NODE_A_EXPR:
        protect_loose(&node->a_expr->lexpr);
        protect_loose(&node->a_expr->rexpr);
        break;
      case PG_QUERY__NODE__NODE_A_INDIRECTION: {
        PgQuery__Node** arg = &node->a_indirection->arg;
        // `ARRAY[1][1]` would read as a two-dimensional array constructor.
        if (is_loose(*arg) || ((*arg) != nullptr && (*arg)->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR))
          protect(arg);
        break;
      }
      case PG_QUERY__NODE__NODE_FUNC_CALL:
        if (!is_operator_syntax(node)) break;
        for (std::size_t i = 0; i < node->func_call->n_args; ++i) {
          PgQuery__Node** arg = &node->func_call->args[i];
          if (is_loose(*arg) || (*arg)->node_case == PG_QUERY__NODE__NODE_A_EXPR) protect(arg);
        }
        break;
      case PG_QUERY__NODE__NODE_INDEX_ELEM: {
        // The deparser prints an index expression bare when it looks like a function call
        // (casts and AT TIME ZONE only look like one: `a::text` is a syntax error there),
        // and then glues COLLATE, the opclass, DESC or NULLS to it without a space. A
        // placeholder is a column reference, which it wraps in parentheses and follows
        // with a space; a real call goes back in bare, as the grammar allows.
        PgQuery__Node** expr = &node->index_elem->expr;
        if (*expr == nullptr) break;
        const bool bare_call = (*expr)->node_case == PG_QUERY__NODE__NODE_FUNC_CALL && !is_operator_syntax(*expr);
        protect(expr, bare_call ? Fill::unwrap_parens : Fill::as_is);
        break;
      }
      default:
        break;
    }
    return true;
  });
  for (const auto& [where, fill] : found) {
    std::string token = "__pgmorph_paren_" + std::to_string(++g_next_token) + "__";
    m_slots.push_back({where, *where, token, fill});
    *where = placeholder(token);
  }
}

PgQuery__Node* ParenGuard::placeholder(const std::string& token) {
  m_names.push_back(token);
  PgQuery__String string = PG_QUERY__STRING__INIT;
  string.sval = m_names.back().data();
  m_strings.push_back(string);
  PgQuery__Node field = PG_QUERY__NODE__INIT;
  field.node_case = PG_QUERY__NODE__NODE_STRING;
  field.string = &m_strings.back();
  m_nodes.push_back(field);
  m_fields.push_back(&m_nodes.back());
  PgQuery__ColumnRef ref = PG_QUERY__COLUMN_REF__INIT;
  ref.n_fields = 1;
  ref.fields = &m_fields.back();
  ref.location = -1;
  m_refs.push_back(ref);
  PgQuery__Node node = PG_QUERY__NODE__INIT;
  node.node_case = PG_QUERY__NODE__NODE_COLUMN_REF;
  node.column_ref = &m_refs.back();
  m_nodes.push_back(node);
  return &m_nodes.back();
}

void ParenGuard::restore() {
  if (m_restored) return;
  for (const auto& slot : m_slots) *slot.where = slot.original;
  m_restored = true;
}

std::string ParenGuard::fill(std::string deparsed) const {
  for (const auto& slot : m_slots) {
    const std::string token = slot.fill == Fill::unwrap_parens ? "(" + slot.token + ")" : slot.token;
    const auto at = deparsed.find(token);
    if (at == std::string::npos) throw DeparseError("placeholder lost by the deparser: " + deparsed);
    std::string text = deparse_expr(slot.original);
    if (slot.fill == Fill::add_parens) text = "(" + text + ")";
    deparsed.replace(at, token.size(), text);
  }
  return deparsed;
}

bool is_b_expr_safe(const PgQuery__Node* expr) {
  switch (expr->node_case) {
    case PG_QUERY__NODE__NODE_A_CONST:
    case PG_QUERY__NODE__NODE_COLUMN_REF:
    case PG_QUERY__NODE__NODE_PARAM_REF:
    case PG_QUERY__NODE__NODE_TYPE_CAST:
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION:
    case PG_QUERY__NODE__NODE_COALESCE_EXPR:
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
    case PG_QUERY__NODE__NODE_CASE_EXPR:
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR:
    case PG_QUERY__NODE__NODE_ROW_EXPR:
    case PG_QUERY__NODE__NODE_A_INDIRECTION:
      return true;
    case PG_QUERY__NODE__NODE_FUNC_CALL:
      return !is_operator_syntax(expr);
    case PG_QUERY__NODE__NODE_A_EXPR:
      // b_expr has the generic operators and IS [NOT] DISTINCT FROM, not IN, LIKE, ANY...
      return expr->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP ||
             expr->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_DISTINCT ||
             expr->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_DISTINCT;
    default:
      return false;
  }
}

}  // namespace pgmorph::parser
