#include "parser/refs.hpp"

#include <algorithm>

#include "parser/expr.hpp"
#include "parser/types.hpp"

namespace pgmorph::parser {

void add_ref(std::vector<schema::ObjectRef>& refs, schema::RefKind kind,
             const schema::QualifiedName& name) {
  schema::ObjectRef ref{kind, name};
  if (std::find(refs.begin(), refs.end(), ref) == refs.end()) refs.push_back(std::move(ref));
}

void collect_refs(const ProtobufCMessage* root, std::vector<schema::ObjectRef>& refs,
                  const std::set<std::string>& cte_names) {
  walk(root, [&](const ProtobufCMessage* message) {
    if (is_a(message, pg_query__range_var__descriptor)) {
      const auto* range_var = reinterpret_cast<const PgQuery__RangeVar*>(message);
      const bool qualified = range_var->schemaname != nullptr && range_var->schemaname[0] != '\0';
      if (!qualified && cte_names.count(range_var->relname) != 0) return true;
      const auto name = qualified_from_range_var(range_var);
      if (name.schema != "pg_catalog" && name.schema != "information_schema")
        add_ref(refs, schema::RefKind::relation, name);
    } else if (is_a(message, pg_query__func_call__descriptor)) {
      const auto* call = reinterpret_cast<const PgQuery__FuncCall*>(message);
      const auto name = qualified_from_parts(str_list(call->funcname, call->n_funcname));
      if (name.schema != "pg_catalog" && !name.name.empty())
        add_ref(refs, schema::RefKind::function, name);
    } else if (is_a(message, pg_query__type_name__descriptor)) {
      const auto* type = reinterpret_cast<const PgQuery__TypeName*>(message);
      if (type->n_names > 0) {
        const CanonicalType canonical = canonical_type(type);
        if (canonical.user_type) add_ref(refs, schema::RefKind::type, *canonical.user_type);
      }
    }
    return true;
  });
}

std::set<std::string> collect_cte_names(const ProtobufCMessage* root) {
  std::set<std::string> names;
  walk(root, [&](const ProtobufCMessage* message) {
    if (is_a(message, pg_query__common_table_expr__descriptor)) {
      const auto* cte = reinterpret_cast<const PgQuery__CommonTableExpr*>(message);
      if (cte->ctename != nullptr) names.insert(cte->ctename);
    }
    return true;
  });
  return names;
}

std::vector<std::string> referenced_columns(const ProtobufCMessage* root) {
  std::vector<std::string> columns;
  walk(root, [&](const ProtobufCMessage* message) {
    if (is_a(message, pg_query__column_ref__descriptor)) {
      const auto* ref = reinterpret_cast<const PgQuery__ColumnRef*>(message);
      if (ref->n_fields == 0) return true;
      const std::string name(str_val(ref->fields[ref->n_fields - 1]));
      if (!name.empty() && std::find(columns.begin(), columns.end(), name) == columns.end())
        columns.push_back(name);
    }
    return true;
  });
  return columns;
}

}  // namespace pgmorph::parser
