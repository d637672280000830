#include "parser/canonical.hpp"

#include "parser/expr.hpp"
#include "parser/proto.hpp"
#include "parser/types.hpp"

namespace pgmorph::parser {

namespace {

// The single target expression of `SELECT <sql>`, unpacked into `arena`; null when the
// text is not exactly one expression.
PgQuery__Node* parse_target(ProtoArena& arena, const std::string& sql) {
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(sql.c_str());
  if (parsed.error != nullptr) {
    pg_query_free_protobuf_parse_result(parsed);
    return nullptr;
  }
  PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
      arena.allocator(), parsed.parse_tree.len, reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
  pg_query_free_protobuf_parse_result(parsed);
  if (tree == nullptr || tree->n_stmts != 1) return nullptr;
  const PgQuery__Node* stmt = tree->stmts[0]->stmt;
  if (stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return nullptr;
  const PgQuery__SelectStmt* select = stmt->select_stmt;
  if (select->n_target_list != 1 || select->n_from_clause != 0 || select->where_clause != nullptr)
    return nullptr;
  return select->target_list[0]->res_target->val;
}

}  // namespace

std::optional<std::string> canonical_expression(std::string_view sql) {
  ProtoArena arena;
  PgQuery__Node* expr = parse_target(arena, "SELECT " + std::string(sql));
  if (expr == nullptr) return std::nullopt;
  canonicalize_expr(arena, expr);
  try {
    return deparse_expr(expr);
  } catch (const DeparseError&) {
    return std::nullopt;
  }
}

std::optional<std::string> canonical_type_text(std::string_view sql) {
  ProtoArena arena;
  const PgQuery__Node* expr = parse_target(arena, "SELECT NULL::" + std::string(sql));
  if (expr == nullptr || expr->node_case != PG_QUERY__NODE__NODE_TYPE_CAST) return std::nullopt;
  return canonical_type(expr->type_cast->type_name).text;
}

}  // namespace pgmorph::parser
