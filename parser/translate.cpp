// translate_stmt(): the single switch from statement kind to statement family. It does
// nothing else; every family lives in its own translate_*.cpp.
#include "parser/translate.hpp"

namespace pgmorph::parser {

namespace {

// `DROP TABLE IF EXISTS t` (or a view, sequence, index, schema or extension) of something no
// file has declared yet, as scripts that start from scratch write: no change at all.
bool drops_nothing(Context& context, const PgQuery__DropStmt* stmt) {
  if (!stmt->missing_ok) return false;
  for (std::size_t i = 0; i < stmt->n_objects; ++i) {
    const PgQuery__Node* object = stmt->objects[i];
    switch (stmt->remove_type) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
        if (object->node_case != PG_QUERY__NODE__NODE_LIST) return false;
        const auto parts = str_list(object->list->items, object->list->n_items);
        if (parts.empty() || parts.size() > 2) return false;
        // Unqualified: any schema would do for the search path, so look in all of them.
        for (const auto& [name, table] : context.catalog().tables)
          if (name.name == parts.back() && (parts.size() == 1 || name.schema == parts[0])) return false;
        const schema::QualifiedName name{parts.size() == 2 ? parts[0] : "public", parts.back()};
        if (context.relation_exists(name) || context.type_name_taken(name)) return false;
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
        if (object->node_case != PG_QUERY__NODE__NODE_STRING ||
            context.catalog().schemas.contains(std::string(str_val(object))))
          return false;
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
        if (object->node_case != PG_QUERY__NODE__NODE_STRING ||
            context.catalog().extensions.contains(std::string(str_val(object))))
          return false;
        break;
      default: return false;
    }
  }
  return true;
}

// pg_dump's `SELECT pg_catalog.set_config('search_path', '', false);` is session setup.
bool is_set_config(const PgQuery__SelectStmt* select) {
  if (select->n_target_list != 1 || select->n_from_clause != 0) return false;
  const PgQuery__Node* target = select->target_list[0];
  if (target->node_case != PG_QUERY__NODE__NODE_RES_TARGET) return false;
  const PgQuery__Node* value = target->res_target->val;
  if (value == nullptr || value->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return false;
  const PgQuery__FuncCall* call = value->func_call;
  const auto name = str_list(call->funcname, call->n_funcname);
  return !name.empty() && name.back() == "set_config" &&
         (name.size() == 1 || name.front() == "pg_catalog");
}

bool is_transaction_boundary(const PgQuery__TransactionStmt* stmt) {
  return stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN ||
         stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START ||
         stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT;
}

}  // namespace

void translate_stmt(Context& context, PgQuery__Node* stmt) {
  switch (stmt->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
      return translate_create_schema(context, stmt->create_schema_stmt);
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
      return translate_create_extension(context, stmt->create_extension_stmt);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
      return translate_create_sequence(context, stmt->create_seq_stmt);
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
      return translate_alter_sequence(context, stmt->alter_seq_stmt);
    case PG_QUERY__NODE__NODE_CREATE_STMT:
      return translate_create_table(context, stmt->create_stmt);
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
      return translate_alter_table(context, stmt->alter_table_stmt);
    case PG_QUERY__NODE__NODE_INDEX_STMT:
      return translate_create_index(context, stmt->index_stmt);
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
      return translate_create_enum(context, stmt->create_enum_stmt);
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
      return translate_create_domain(context, stmt->create_domain_stmt);
    case PG_QUERY__NODE__NODE_DEFINE_STMT:
      return translate_define(context, stmt->define_stmt);
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
      return translate_create_composite(context, stmt->composite_type_stmt);
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
      return translate_create_range(context, stmt->create_range_stmt);
    case PG_QUERY__NODE__NODE_VIEW_STMT:
      return translate_create_view(context, stmt->view_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      return translate_create_table_as(context, stmt->create_table_as_stmt);
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
      return translate_create_function(context, stmt->create_function_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
      return translate_create_trigger(context, stmt->create_trig_stmt);
    case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
      return translate_create_statistics(context, stmt->create_stats_stmt);
    case PG_QUERY__NODE__NODE_ALTER_STATS_STMT:
      return translate_alter_statistics(context, stmt->alter_stats_stmt);
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
      return translate_create_policy(context, stmt->create_policy_stmt);
    case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
      return translate_alter_policy(context, stmt->alter_policy_stmt);
    case PG_QUERY__NODE__NODE_RULE_STMT:
      return translate_create_rule(context, stmt->rule_stmt);
    case PG_QUERY__NODE__NODE_RENAME_STMT:
      if (stmt->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_POLICY)
        return translate_rename_policy(context, stmt->rename_stmt);
      if (stmt->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_RULE)
        return translate_rename_rule(context, stmt->rename_stmt);
      // A rename or a drop in a schema file is history, not state: a scratch server replays it.
      return translate_needs_server(context);
    case PG_QUERY__NODE__NODE_DROP_STMT:
      if (drops_nothing(context, stmt->drop_stmt)) return;  // PostgreSQL: a notice, no change
      return translate_needs_server(context);
    case PG_QUERY__NODE__NODE_COMMENT_STMT:
      return translate_comment(context, stmt->comment_stmt);
    case PG_QUERY__NODE__NODE_GRANT_STMT:
      return translate_grant(context, stmt->grant_stmt);
    case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
      return translate_not_managed(context, stmt->grant_role_stmt->is_grant ? "GRANT role" : "REVOKE role",
                                   "role memberships are cluster-wide and not managed");
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
      return translate_not_managed(context, "ALTER DEFAULT PRIVILEGES", "default privileges are not managed");
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
      return translate_alter_owner(context, stmt->alter_owner_stmt);
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
      return;  // session settings (pg_dump's SET lines) do not change the schema
    case PG_QUERY__NODE__NODE_SELECT_STMT:
      if (is_set_config(stmt->select_stmt)) return;
      return translate_needs_server(context);
    case PG_QUERY__NODE__NODE_DO_STMT:
    case PG_QUERY__NODE__NODE_INSERT_STMT:
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT:
      return translate_needs_server(context);
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
      if (is_transaction_boundary(stmt->transaction_stmt)) return;
      return translate_unsupported(context, stmt);
    default:
      return translate_unsupported(context, stmt);
  }
}

}  // namespace pgmorph::parser
