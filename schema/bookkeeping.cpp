#include "schema/bookkeeping.hpp"

namespace pgmorph::schema {

namespace {

// An empty schema is `public` after normalization; the pgmorph schema is only ever named.
bool in_pgmorph_schema(const QualifiedName& name) { return name.schema == k_pgmorph_schema; }

template <typename Map, typename Pred>
void erase_where(Map& objects, Pred&& pred) {
  std::erase_if(objects, [&](const auto& entry) { return pred(entry.second); });
}

}  // namespace

bool is_bookkeeping_table(const QualifiedName& name) {
  if (in_pgmorph_schema(name)) return true;
  for (const auto& entry : k_bookkeeping_tables)
    if (name.name == entry.name) return true;
  return false;
}

void remove_bookkeeping(Catalog& catalog) {
  catalog.schemas.erase(std::string(k_pgmorph_schema));
  erase_where(catalog.tables, [](const Table& t) { return is_bookkeeping_table(t.name); });
  erase_where(catalog.indexes, [](const Index& i) { return is_bookkeeping_table(i.table); });
  erase_where(catalog.triggers, [](const Trigger& t) { return is_bookkeeping_table(t.table); });
  erase_where(catalog.policies, [](const Policy& p) { return is_bookkeeping_table(p.table); });
  erase_where(catalog.rules, [](const Rule& r) { return is_bookkeeping_table(r.table); });
  erase_where(catalog.sequences, [](const Sequence& s) {
    return in_pgmorph_schema(s.name) || (s.owned_by_table && is_bookkeeping_table(*s.owned_by_table));
  });
  auto in_schema = [](const auto& object) { return in_pgmorph_schema(object.name); };
  erase_where(catalog.enums, in_schema);
  erase_where(catalog.composite_types, in_schema);
  erase_where(catalog.domains, in_schema);
  erase_where(catalog.views, in_schema);
  erase_where(catalog.functions, in_schema);
}

}  // namespace pgmorph::schema
