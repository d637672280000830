#include "schema/normalize.hpp"

#include <algorithm>

namespace pgmorph::schema {

namespace {

void default_schema(QualifiedName& name) {
  if (name.schema.empty()) name.schema = std::string(k_default_schema);
}

void normalize_refs(std::vector<ObjectRef>& refs) {
  for (auto& ref : refs)
    if (ref.kind != RefKind::schema) default_schema(ref.name);
  std::sort(refs.begin(), refs.end());
  refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
}

template <typename Key, typename Value, typename Fix>
void rekey(std::map<Key, Value>& objects, Fix&& fix) {
  std::map<Key, Value> fixed;
  for (auto& [key, value] : objects) {
    fix(value);
    Key new_key = key;
    if constexpr (std::is_same_v<Key, QualifiedName>) default_schema(new_key);
    fixed.emplace(std::move(new_key), std::move(value));
  }
  objects = std::move(fixed);
}

}  // namespace

void normalize(Catalog& catalog) {
  rekey(catalog.tables, [](Table& table) {
    default_schema(table.name);
    for (auto& column : table.columns) normalize_refs(column.refs);
    for (auto& constraint : table.constraints) {
      normalize_refs(constraint.refs);
      if (constraint.referenced_table) default_schema(*constraint.referenced_table);
    }
    std::sort(table.constraints.begin(), table.constraints.end(),
              [](const Constraint& a, const Constraint& b) { return a.name < b.name; });
  });
  rekey(catalog.indexes, [](Index& index) {
    default_schema(index.name);
    default_schema(index.table);
    normalize_refs(index.refs);
  });
  rekey(catalog.sequences, [](Sequence& sequence) {
    default_schema(sequence.name);
    if (sequence.owned_by_table) default_schema(*sequence.owned_by_table);
  });
  rekey(catalog.enums, [](EnumType& type) { default_schema(type.name); });
  rekey(catalog.domains, [](Domain& domain) {
    default_schema(domain.name);
    normalize_refs(domain.refs);
    std::sort(domain.checks.begin(), domain.checks.end(),
              [](const DomainCheck& a, const DomainCheck& b) { return a.name < b.name; });
  });
  rekey(catalog.views, [](View& view) {
    default_schema(view.name);
    normalize_refs(view.refs);
  });
  std::map<FunctionKey, Function> functions;
  for (auto& [key, function] : catalog.functions) {
    default_schema(function.name);
    normalize_refs(function.refs);
    functions.emplace(FunctionKey{function.name, function.identity_args}, std::move(function));
  }
  catalog.functions = std::move(functions);
  std::map<TriggerKey, Trigger> triggers;
  for (auto& [key, trigger] : catalog.triggers) {
    default_schema(trigger.table);
    default_schema(trigger.function);
    triggers.emplace(TriggerKey{trigger.table, trigger.name}, std::move(trigger));
  }
  catalog.triggers = std::move(triggers);
}

}  // namespace pgmorph::schema
