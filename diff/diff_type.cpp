// Enum types and domains.
#include <algorithm>

#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

namespace pgmorph::diff {

namespace {

/// True when `from` keeps its relative order inside `to`, so only ADD VALUE is needed.
bool is_ordered_subset(const std::vector<std::string>& from, const std::vector<std::string>& to) {
  std::size_t next = 0;
  for (const auto& label : to)
    if (next < from.size() && from[next] == label) ++next;
  if (next != from.size()) return false;
  return std::all_of(from.begin(), from.end(), [&](const std::string& label) {
    return std::find(to.begin(), to.end(), label) != to.end();
  });
}

bool uses_type(const schema::Column& column, const std::string& spelled) {
  return column.type == spelled || column.type == spelled + "[]";
}

/// Columns that use the enum on both sides: they must be converted while it is recreated.
/// (Columns only in `to` are added after the new type exists; columns only in `from` are
/// dropped before.)
std::vector<EnumColumnUse> columns_using(const DiffContext& context, const QualifiedName& type) {
  const std::string spelled = schema::quote_qualified(type);
  std::vector<EnumColumnUse> uses;
  for (const auto& [name, table] : context.to.tables) {
    auto old_table = context.from.tables.find(name);
    if (old_table == context.from.tables.end()) continue;
    for (const auto& column : table.columns) {
      if (!uses_type(column, spelled)) continue;
      for (const auto& old_column : old_table->second.columns)
        if (old_column.name == column.name && uses_type(old_column, spelled))
          uses.push_back({name, column});
    }
  }
  return uses;
}

void diff_domain_pair(DiffContext& context, const schema::Domain& old, const schema::Domain& now) {
  if (old.base_type != now.base_type || old.collation != now.collation) {
    context.unsupported("domain " + schema::display_name(now.name) +
                        ": changing the base type or collation of a domain in place is not "
                        "supported; create a new domain and migrate the columns");
    return;
  }
  // Comment, owner and privileges change on their own.
  schema::Domain old_sans_comment = old;
  old_sans_comment.comment = now.comment;
  old_sans_comment.owner = now.owner;
  old_sans_comment.grants = now.grants;
  if (!(old_sans_comment == now)) context.add(AlterDomain{old, now});
  diff_acl(context, old, now);
  diff_comment(context, {CommentKind::domain, now.name, ""}, old.comment, now.comment);
}

}  // namespace

void diff_enums(DiffContext& context) {
  diff_by_key(
      context.from.enums, context.to.enums,
      [&](const schema::EnumType& old) { context.add(DropEnum{old}); },
      [&](const schema::EnumType& created) { context.add(CreateEnum{created}); },
      [&](const schema::EnumType& old, const schema::EnumType& now) {
        if (old.labels != now.labels) {
          // The columns are converted (by the plan, or by the reverse of ADD VALUE): the
          // views that read those tables or name the type are rebuilt around it.
          std::vector<EnumColumnUse> uses = columns_using(context, now.name);
          context.recreated_types.insert(now.name);
          for (const auto& use : uses) {
            context.reshaped_relations.insert(use.table);
            context.enum_converted_columns[use.table].insert(use.column.name);
          }
          if (!is_ordered_subset(old.labels, now.labels)) {
            // The new type is created with its owner and privileges.
            context.add(RecreateEnum{old, now, std::move(uses)});
            diff_comment(context, {CommentKind::type, now.name, ""}, old.comment, now.comment);
            return;
          }
          context.add(AddEnumValues{old, now, std::move(uses)});
        }
        diff_acl(context, old, now);
        diff_comment(context, {CommentKind::type, now.name, ""}, old.comment, now.comment);
      });
}

namespace {

/// True when ALTER TYPE can reach `to` from `from`: the kept attributes stay in their order
/// and new ones come after them (ADD ATTRIBUTE appends).
bool attributes_reachable(const schema::CompositeType& from, const schema::CompositeType& to) {
  std::vector<std::string> reachable, desired;
  auto has = [](const schema::CompositeType& type, const std::string& name) {
    return std::any_of(type.attributes.begin(), type.attributes.end(),
                       [&](const schema::CompositeAttribute& a) { return a.name == name; });
  };
  for (const auto& attribute : from.attributes)
    if (has(to, attribute.name)) reachable.push_back(attribute.name);
  for (const auto& attribute : to.attributes) {
    desired.push_back(attribute.name);
    if (!has(from, attribute.name)) reachable.push_back(attribute.name);
  }
  return reachable == desired;
}

/// A kept attribute whose type or collation changes, if any.
const schema::CompositeAttribute* retyped_attribute(const schema::CompositeType& from, const schema::CompositeType& to) {
  for (const auto& now : to.attributes)
    for (const auto& old : from.attributes)
      if (old.name == now.name && (old.type != now.type || old.collation != now.collation)) return &now;
  return nullptr;
}

/// A table column (of a table kept by the plan) that stores values of `type`, as
/// "schema.table.column"; empty when none.
std::string stored_use(const DiffContext& context, const QualifiedName& type) {
  const std::string spelled = schema::quote_qualified(type);
  for (const auto& [name, table] : context.from.tables) {
    if (!context.to.tables.contains(name)) continue;
    for (const auto& column : table.columns)
      if (uses_type(column, spelled)) return schema::display_name(name) + "." + schema::quote_ident(column.name);
  }
  return "";
}

}  // namespace

void diff_composite_types(DiffContext& context) {
  diff_by_key(
      context.from.composite_types, context.to.composite_types,
      [&](const schema::CompositeType& old) { context.add(DropCompositeType{old}); },
      [&](const schema::CompositeType& created) { context.add(CreateCompositeType{created}); },
      [&](const schema::CompositeType& old, const schema::CompositeType& now) {
        if (old.attributes != now.attributes) {
          if (!attributes_reachable(old, now)) {
            context.unsupported("type " + schema::display_name(now.name) +
                                ": the attribute order cannot be reached with ALTER TYPE (it only "
                                "appends); keep the existing attributes in their order");
            return;
          }
          // PostgreSQL rewrites no stored values of a composite type: it refuses ALTER
          // ATTRIBUTE ... TYPE while a table column holds the type (ADD / DROP are allowed).
          if (const auto* attribute = retyped_attribute(old, now)) {
            if (const std::string use = stored_use(context, now.name); !use.empty()) {
              context.unsupported("type " + schema::display_name(now.name) + ": attribute " +
                                  schema::quote_ident(attribute->name) + " changes type, but column " + use +
                                  " stores values of this type and PostgreSQL cannot convert them; add a new "
                                  "type and migrate the column");
              return;
            }
          }
          context.add(AlterCompositeType{old, now});
        }
        diff_acl(context, old, now);
        diff_comment(context, {CommentKind::type, now.name, ""}, old.comment, now.comment);
      });
}

void diff_domains(DiffContext& context) {
  diff_by_key(
      context.from.domains, context.to.domains,
      [&](const schema::Domain& old) { context.add(DropDomain{old}); },
      [&](const schema::Domain& created) { context.add(CreateDomain{created}); },
      [&](const schema::Domain& old, const schema::Domain& now) {
        diff_domain_pair(context, old, now);
      });
}

}  // namespace pgmorph::diff
