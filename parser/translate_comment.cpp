// COMMENT ON <object> IS '...' | NULL. PostgreSQL treats an empty comment like NULL
// (removal), which is also all protobuf can tell us: both arrive as "".
#include <algorithm>

#include "parser/expr.hpp"
#include "parser/translate.hpp"
#include "parser/types.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

using Comment = std::optional<std::string>;

std::vector<std::string> name_list(const PgQuery__Node* object) {
  if (object == nullptr) return {};
  if (object->node_case == PG_QUERY__NODE__NODE_LIST) return str_list(object->list->items, object->list->n_items);
  if (object->node_case == PG_QUERY__NODE__NODE_STRING) return {std::string(str_val(object))};
  return {};
}

std::optional<schema::QualifiedName> type_name_of(const PgQuery__Node* object) {
  if (object == nullptr || object->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) return std::nullopt;
  const CanonicalType type = canonical_type(object->type_name);
  return type.user_type;
}

template <class Map, class Key>
bool set_in(Map& map, const Key& key, const Comment& comment) {
  auto found = map.find(key);
  if (found == map.end()) return false;
  found->second.comment = comment;
  return true;
}

// `table.member` objects: the last name is the member, the rest the table.
bool comment_member(Context& context, const std::vector<std::string>& names, PgQuery__ObjectType type,
                    const Comment& comment) {
  if (names.size() < 2) return false;
  const schema::QualifiedName table = qualified_from_parts({names.begin(), names.end() - 1});
  const std::string& member = names.back();
  if (type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER)
    return set_in(context.catalog().triggers, schema::TriggerKey{table, member}, comment);
  if (type == PG_QUERY__OBJECT_TYPE__OBJECT_POLICY)
    return set_in(context.catalog().policies, schema::PolicyKey{table, member}, comment);
  if (type == PG_QUERY__OBJECT_TYPE__OBJECT_RULE)
    return set_in(context.catalog().rules, schema::RuleKey{table, member}, comment);
  auto found = context.catalog().tables.find(table);
  if (found == context.catalog().tables.end()) return false;
  if (type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN) {
    auto& columns = found->second.columns;
    auto column = std::find_if(columns.begin(), columns.end(), [&](const schema::Column& c) { return c.name == member; });
    if (column == columns.end()) return false;
    column->comment = comment;
    return true;
  }
  auto& constraints = found->second.constraints;
  auto constraint = std::find_if(constraints.begin(), constraints.end(),
                                 [&](const schema::Constraint& c) { return c.name == member; });
  if (constraint == constraints.end()) return false;
  constraint->comment = comment;
  return true;
}

bool comment_function(Context& context, const PgQuery__Node* object, bool procedure, const Comment& comment) {
  schema::Function* function = find_function(context, object);
  if (function == nullptr || function->is_procedure != procedure) return false;
  function->comment = comment;
  return true;
}

}  // namespace

void translate_comment(Context& context, PgQuery__CommentStmt* stmt) {
  Comment comment;
  if (stmt->comment != nullptr && stmt->comment[0] != '\0') comment = stmt->comment;
  schema::Catalog& catalog = context.catalog();
  const std::vector<std::string> names = name_list(stmt->object);
  const schema::QualifiedName qualified = qualified_from_parts(names);
  bool found = false;
  switch (stmt->objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: found = set_in(catalog.tables, qualified, comment); break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: found = set_in(catalog.sequences, qualified, comment); break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: found = set_in(catalog.indexes, qualified, comment); break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
      auto view = catalog.views.find(qualified);
      const bool materialized = stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW;
      found = view != catalog.views.end() && view->second.materialized == materialized;
      if (found) view->second.comment = comment;
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT:
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
    case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
      found = comment_member(context, names, stmt->objtype, comment);
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
      found = comment_function(context, stmt->object, stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE,
                               comment);
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE: {
      // COMMENT ON FUNCTION also takes an aggregate (PostgreSQL's LookupFuncWithArgs);
      // ON AGGREGATE takes nothing else.
      schema::Function* aggregate = find_function(context, stmt->object);
      found = aggregate != nullptr && aggregate->aggregate.has_value();
      if (found) aggregate->comment = comment;
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
      const auto type = type_name_of(stmt->object);
      if (type) {
        found = stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN
                    ? set_in(catalog.domains, *type, comment)
                    : set_in(catalog.enums, *type, comment) || set_in(catalog.domains, *type, comment) ||
                          set_in(catalog.composite_types, *type, comment) ||
                          set_in(catalog.range_types, *type, comment);
      }
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION: found = set_in(catalog.collations, qualified, comment); break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
      if (!names.empty() && names[0] == schema::k_default_schema)
        return translate_not_managed(context, "COMMENT ON SCHEMA public", "the public schema is not managed");
      found = set_in(catalog.schemas, names.empty() ? std::string() : names[0], comment);
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
      found = set_in(catalog.extensions, names.empty() ? std::string() : names[0], comment);
      break;
    default:
      return context.error("unsupported-statement",
                           "COMMENT ON " + object_type_name(stmt->objtype) + " is not supported");
  }
  if (found) return;
  // Comments on a relation (or its members) whose CREATE failed were already explained.
  if (!names.empty() && stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA &&
      stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION) {
    const bool member = stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN ||
                        stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT ||
                        stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER ||
                        stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_POLICY ||
                        stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_RULE;
    const auto relation = member ? qualified_from_parts({names.begin(), names.end() - 1}) : qualified;
    if (context.failed(relation)) return;
  }
  std::string what;
  for (const auto& name : names) what += (what.empty() ? "" : ".") + name;
  context.error("undefined-object", what.empty() ? "the object of this COMMENT does not exist"
                                                 : "\"" + what + "\" does not exist (COMMENT ON)");
}

}  // namespace pgmorph::parser
