// CREATE TYPE ... AS ENUM, CREATE TYPE ... AS (composite) and CREATE DOMAIN. Other CREATE
// TYPE forms are rejected in translate.cpp (range) or here (base and shell types).
#include <algorithm>

#include "parser/column.hpp"
#include "parser/expr.hpp"
#include "parser/refs.hpp"
#include "parser/types.hpp"
#include "schema/names.hpp"
#include "schema/naming.hpp"

namespace pgmorph::parser {

namespace {

bool type_exists(Context& context, const schema::QualifiedName& name) {
  return context.type_name_taken(name);
}

}  // namespace

void translate_create_enum(Context& context, PgQuery__CreateEnumStmt* stmt) {
  const schema::QualifiedName name = qualified_from_parts(str_list(stmt->type_name, stmt->n_type_name));
  if (type_exists(context, name))
    return context.error("duplicate-object", "type \"" + display_name(name) + "\" already exists");
  schema::EnumType type;
  type.name = name;
  type.labels = str_list(stmt->vals, stmt->n_vals);
  for (std::size_t i = 0; i < type.labels.size(); ++i)
    if (std::find(type.labels.begin(), type.labels.begin() + static_cast<std::ptrdiff_t>(i), type.labels[i]) !=
        type.labels.begin() + static_cast<std::ptrdiff_t>(i))
      return context.error("duplicate-object", "enum label \"" + type.labels[i] + "\" used more than once");
  context.catalog().enums.emplace(name, std::move(type));
}

void translate_create_composite(Context& context, PgQuery__CompositeTypeStmt* stmt) {
  const PgQuery__RangeVar* relation = stmt->typevar;
  schema::QualifiedName name{relation->schemaname != nullptr ? relation->schemaname : "", relation->relname};
  if (name.schema.empty()) name.schema = std::string(schema::k_default_schema);
  // A composite type is also a relation (pg_class relkind 'c').
  if (type_exists(context, name) || context.relation_exists(name))
    return context.error("duplicate-object", "type \"" + display_name(name) + "\" already exists");
  schema::CompositeType type;
  type.name = name;
  for (std::size_t i = 0; i < stmt->n_coldeflist; ++i) {
    const PgQuery__ColumnDef* def = stmt->coldeflist[i]->column_def;
    if (def->type_name == nullptr || def->type_name->pct_type)
      return context.error("unsupported-feature", "a composite type attribute needs a plain type", def->location);
    schema::CompositeAttribute attribute;
    attribute.name = def->colname;
    const CanonicalType canonical = canonical_type(def->type_name);
    attribute.type = canonical.text;
    if (canonical.user_type) add_ref(type.refs, schema::RefKind::type, *canonical.user_type);
    if (def->coll_clause != nullptr) attribute.collation = collation_text(def->coll_clause);
    for (const auto& existing : type.attributes)
      if (existing.name == attribute.name)
        return context.error("duplicate-object", "attribute \"" + attribute.name + "\" specified more than once",
                             def->location);
    type.attributes.push_back(std::move(attribute));
  }
  context.catalog().composite_types.emplace(name, std::move(type));
}

void translate_create_domain(Context& context, PgQuery__CreateDomainStmt* stmt) {
  const schema::QualifiedName name = qualified_from_parts(str_list(stmt->domainname, stmt->n_domainname));
  if (type_exists(context, name))
    return context.error("duplicate-object", "type \"" + display_name(name) + "\" already exists");
  if (stmt->type_name->pct_type)
    return context.error("unsupported-feature", "%TYPE is not supported", stmt->type_name->location);

  schema::Domain domain;
  domain.name = name;
  const CanonicalType base = canonical_type(stmt->type_name);
  domain.base_type = base.text;
  if (base.user_type) add_ref(domain.refs, schema::RefKind::type, *base.user_type);
  if (stmt->coll_clause != nullptr) {
    domain.collation = collation_text(stmt->coll_clause);
    if (auto ref = collation_ref(stmt->coll_clause)) add_ref(domain.refs, schema::RefKind::collation, *ref);
  }

  for (std::size_t i = 0; i < stmt->n_constraints; ++i) {
    PgQuery__Constraint* constraint = stmt->constraints[i]->constraint;
    switch (constraint->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
        domain.not_null = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
        if (!is_null_default(constraint->raw_expr))
          domain.default_expr = canonical_default(context, constraint->raw_expr, domain.refs);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: {
        schema::DomainCheck check;
        check.definition = "CHECK (" + canonical_expression_text(context, constraint->raw_expr, domain.refs) + ")";
        check.not_valid = constraint->skip_validation;
        auto used_here = [&](const std::string& candidate) {
          return std::any_of(domain.checks.begin(), domain.checks.end(),
                             [&](const schema::DomainCheck& c) { return c.name == candidate; });
        };
        if (constraint->conname != nullptr && constraint->conname[0] != '\0') {
          check.name = constraint->conname;
          if (used_here(check.name))
            return context.error("duplicate-object", "constraint \"" + check.name + "\" for domain \"" +
                                                         display_name(name) + "\" already exists",
                                 constraint->location);
        } else {
          // domainAddConstraint(): ChooseConstraintName(domain, NULL, "check", namespace).
          check.name = schema::choose_name(name.name, "", "check", [&](const std::string& candidate) {
            return used_here(candidate) || context.constraint_name_used(name.schema, candidate);
          });
        }
        context.session().constraint_names.insert({name.schema, check.name});
        domain.checks.push_back(std::move(check));
        break;
      }
      default:
        return context.error("unsupported-feature", "this domain constraint is not supported",
                             constraint->location);
    }
  }
  std::sort(domain.checks.begin(), domain.checks.end(),
            [](const schema::DomainCheck& a, const schema::DomainCheck& b) { return a.name < b.name; });
  context.catalog().domains.emplace(name, std::move(domain));
}

void translate_define(Context& context, PgQuery__DefineStmt* stmt) {
  if (stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION) return translate_create_collation(context, stmt);
  if (stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE) return translate_create_aggregate(context, stmt);
  if (stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE)
    return context.error("unsupported-feature", "base and shell types are not supported");
  translate_unsupported(context, nullptr);
}

}  // namespace pgmorph::parser
