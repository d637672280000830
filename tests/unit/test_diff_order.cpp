#include <doctest/doctest.h>

#include <string>

#include "diff/diff.hpp"
#include "diff/order.hpp"
#include "schema/normalize.hpp"

using namespace pgmorph;
using schema::QualifiedName;

namespace {

schema::EnumType enum_type(const schema::QualifiedName& name, std::vector<std::string> labels) {
  schema::EnumType type;
  type.name = name;
  type.labels = std::move(labels);
  return type;
}

schema::Table table(const std::string& name, std::vector<schema::Column> columns) {
  schema::Table t;
  t.name = {"public", name};
  t.columns = std::move(columns);
  return t;
}

schema::Column column(const std::string& name, const std::string& type) {
  schema::Column c;
  c.name = name;
  c.type = type;
  return c;
}

schema::Constraint foreign_key(const std::string& name, const std::string& col,
                               const std::string& target) {
  schema::Constraint c;
  c.name = name;
  c.kind = schema::ConstraintKind::foreign_key;
  c.definition = "FOREIGN KEY (" + col + ") REFERENCES public." + target + "(id)";
  c.columns = {col};
  c.referenced_table = QualifiedName{"public", target};
  return c;
}

schema::Constraint primary_key(const std::string& name) {
  schema::Constraint c;
  c.name = name;
  c.kind = schema::ConstraintKind::primary_key;
  c.definition = "PRIMARY KEY (id)";
  c.columns = {"id"};
  return c;
}

template <typename T>
std::size_t position_of(const diff::ChangeSet& changes, auto&& predicate) {
  for (std::size_t i = 0; i < changes.size(); ++i)
    if (auto* change = std::get_if<T>(&changes[i]); change && predicate(*change)) return i;
  FAIL("change not found");
  return 0;
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("identical catalogs give no changes") {
    schema::Catalog catalog;
    auto t = table("a", {column("id", "integer")});
    catalog.tables[t.name] = t;
    schema::Diagnostics diagnostics;
    CHECK(diff::diff(catalog, catalog, diagnostics).empty());
    CHECK(diagnostics.empty());
  }

  TEST_CASE("a foreign-key cycle is created as tables first, then both foreign keys") {
    schema::Catalog to;
    auto a = table("a", {column("id", "integer"), column("b_id", "integer")});
    a.constraints = {primary_key("a_pkey"), foreign_key("a_b_id_fkey", "b_id", "b")};
    auto b = table("b", {column("id", "integer"), column("a_id", "integer")});
    b.constraints = {primary_key("b_pkey"), foreign_key("b_a_id_fkey", "a_id", "a")};
    to.tables[a.name] = a;
    to.tables[b.name] = b;
    schema::Diagnostics diagnostics;
    const auto changes = diff::diff({}, to, diagnostics);
    REQUIRE(changes.size() == 4);
    CHECK(std::holds_alternative<diff::CreateTable>(changes[0]));
    CHECK(std::holds_alternative<diff::CreateTable>(changes[1]));
    CHECK(std::holds_alternative<diff::AddConstraint>(changes[2]));
    CHECK(std::holds_alternative<diff::AddConstraint>(changes[3]));
    // The inline constraints of CREATE TABLE exclude foreign keys.
    const auto& created = std::get<diff::CreateTable>(changes[0]).table;
    CHECK(created.constraints.size() == 1);
  }

  TEST_CASE("a view over a column whose type changes is dropped before and created after") {
    schema::Catalog from, to;
    auto t = table("t", {column("id", "integer")});
    from.tables[t.name] = t;
    t.columns[0].type = "bigint";
    to.tables[t.name] = t;
    schema::View v;
    v.name = {"public", "v"};
    v.query = "SELECT id FROM public.t";
    v.refs = {{schema::RefKind::relation, {"public", "t"}}};
    from.views[v.name] = v;
    to.views[v.name] = v;
    schema::Diagnostics diagnostics;
    const auto changes = diff::diff(from, to, diagnostics);
    auto any = [](const auto&) { return true; };
    const auto drop = position_of<diff::DropView>(changes, any);
    const auto alter = position_of<diff::AlterColumn>(changes, any);
    const auto create = position_of<diff::CreateView>(changes, any);
    CHECK(drop < alter);
    CHECK(alter < create);
  }

  TEST_CASE("a new enum is created before the column that uses it; an old one dropped after") {
    schema::Catalog from, to;
    const schema::EnumType old_type = enum_type({"public", "old_mood"}, {"a"});
    const schema::EnumType new_type = enum_type({"public", "mood"}, {"x", "y"});
    from.enums[old_type.name] = old_type;
    to.enums[new_type.name] = new_type;
    auto t = table("t", {column("m", "public.old_mood")});
    t.columns[0].refs = {{schema::RefKind::type, old_type.name}};
    from.tables[t.name] = t;
    t.columns[0].type = "public.mood";
    t.columns[0].refs = {{schema::RefKind::type, new_type.name}};
    to.tables[t.name] = t;
    schema::Diagnostics diagnostics;
    const auto changes = diff::diff(from, to, diagnostics);
    auto any = [](const auto&) { return true; };
    CHECK(position_of<diff::CreateEnum>(changes, any) < position_of<diff::AlterColumn>(changes, any));
    CHECK(position_of<diff::AlterColumn>(changes, any) < position_of<diff::DropEnum>(changes, any));
  }

  TEST_CASE("adding an enum label in the middle adds it in place") {
    schema::Catalog from, to;
    from.enums[{"public", "e"}] = enum_type({"public", "e"}, {"a", "c"});
    to.enums[{"public", "e"}] = enum_type({"public", "e"}, {"a", "b", "c"});
    schema::Diagnostics diagnostics;
    const auto changes = diff::diff(from, to, diagnostics);
    REQUIRE(changes.size() == 1);
    const auto& add = std::get<diff::AddEnumValues>(changes[0]);
    CHECK(add.from.labels == std::vector<std::string>{"a", "c"});
    CHECK(add.to.labels == std::vector<std::string>{"a", "b", "c"});
  }

  TEST_CASE("removing an enum label recreates the type") {
    schema::Catalog from, to;
    from.enums[{"public", "e"}] = enum_type({"public", "e"}, {"a", "b"});
    to.enums[{"public", "e"}] = enum_type({"public", "e"}, {"a"});
    schema::Diagnostics diagnostics;
    const auto changes = diff::diff(from, to, diagnostics);
    REQUIRE(changes.size() == 1);
    CHECK(std::holds_alternative<diff::RecreateEnum>(changes[0]));
  }

  TEST_CASE("an owned sequence is detached before its table is dropped") {
    schema::Catalog from;
    auto t = table("t", {column("id", "integer")});
    t.columns[0].default_expr = "nextval('public.t_id_seq'::regclass)";
    t.columns[0].refs = {{schema::RefKind::relation, {"public", "t_id_seq"}}};
    from.tables[t.name] = t;
    schema::Sequence s;
    s.name = {"public", "t_id_seq"};
    s.owned_by_table = t.name;
    s.owned_by_column = "id";
    from.sequences[s.name] = s;
    schema::Diagnostics diagnostics;
    const auto changes = diff::diff(from, {}, diagnostics);
    auto any = [](const auto&) { return true; };
    const auto detach = position_of<diff::SetSequenceOwner>(changes, any);
    const auto drop_table = position_of<diff::DropTable>(changes, any);
    const auto drop_sequence = position_of<diff::DropSequence>(changes, any);
    CHECK(detach < drop_table);
    CHECK(drop_table < drop_sequence);
  }

  TEST_CASE("privileges change before the owner, column grants around their columns") {
    schema::Catalog from, to;
    auto t = table("t", {column("id", "integer"), column("old", "text")});
    t.grants = {{"r", "SELECT", {"old"}, false}};
    from.tables[t.name] = t;
    t.columns = {column("id", "integer"), column("fresh", "text")};
    t.grants = {{"r", "SELECT", {"fresh"}, false}};
    t.owner = "app";
    to.tables[t.name] = t;
    schema::Diagnostics diagnostics;
    const auto changes = diff::diff(from, to, diagnostics);
    auto any = [](const auto&) { return true; };
    const auto add = position_of<diff::AddColumn>(changes, any);
    const auto privileges = position_of<diff::ChangePrivileges>(changes, any);
    const auto owner = position_of<diff::SetOwner>(changes, any);
    const auto drop = position_of<diff::DropColumn>(changes, any);
    CHECK(add < privileges);
    CHECK(privileges < drop);
    CHECK(privileges < owner);
    const auto& change = std::get<diff::ChangePrivileges>(changes[privileges]);
    CHECK_FALSE(change.owner.has_value());  // runs while the old owner still owns t
    CHECK(std::get<diff::SetOwner>(changes[owner]).to == "app");
  }

  TEST_CASE("a new object carries its privileges; a recreated view gets no separate change") {
    schema::Catalog from, to;
    auto t = table("t", {column("id", "integer")});
    t.grants = {{"r", "SELECT", {}, false}};
    to.tables[t.name] = t;
    schema::View v;
    v.name = {"public", "v"};
    v.query = "SELECT 1";
    from.views[v.name] = v;
    v.query = "SELECT 2";
    v.grants = {{"r", "SELECT", {}, false}};
    to.views[v.name] = v;
    schema::Diagnostics diagnostics;
    const auto changes = diff::diff(from, to, diagnostics);
    for (const auto& change : changes) {
      CHECK_FALSE(std::holds_alternative<diff::ChangePrivileges>(change));
      CHECK_FALSE(std::holds_alternative<diff::SetOwner>(change));
    }
    CHECK(changes.size() == 3);  // create table, drop view, create view
  }

  TEST_CASE("a grant alone does not recreate a view or alter a domain") {
    schema::Catalog from, to;
    schema::View v;
    v.name = {"public", "v"};
    v.query = "SELECT 1";
    from.views[v.name] = v;
    v.grants = {{"r", "SELECT", {}, false}};
    to.views[v.name] = v;
    schema::Domain d;
    d.name = {"public", "d"};
    d.base_type = "integer";
    from.domains[d.name] = d;
    d.owner = "o";
    to.domains[d.name] = d;
    schema::Diagnostics diagnostics;
    const auto changes = diff::diff(from, to, diagnostics);
    REQUIRE(changes.size() == 2);
    CHECK(std::holds_alternative<diff::SetOwner>(changes[0]) != std::holds_alternative<diff::SetOwner>(changes[1]));
    CHECK(std::holds_alternative<diff::ChangePrivileges>(changes[0]) !=
          std::holds_alternative<diff::ChangePrivileges>(changes[1]));
  }
}

TEST_SUITE("diff") {
  TEST_CASE("a dependency cycle is an error naming the changes in it, never broken silently") {
    schema::View a, b;
    a.name = {"public", "a"};
    a.query = "SELECT * FROM public.b";
    a.refs = {{schema::RefKind::relation, {"public", "b"}}};
    b.name = {"public", "b"};
    b.query = "SELECT * FROM public.a";
    b.refs = {{schema::RefKind::relation, {"public", "a"}}};
    schema::Diagnostics diagnostics;
    const auto ordered = diff::order({diff::CreateView{a}, diff::CreateView{b}}, diagnostics);
    CHECK(ordered.empty());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "dependency-cycle");
    CHECK(diagnostics[0].message.find("public.a") != std::string::npos);
    CHECK(diagnostics[0].message.find("public.b") != std::string::npos);
  }

  TEST_CASE("a column dropped and another added order freely around column grants") {
    schema::Catalog from, to;
    auto t = table("t", {column("id", "integer"), column("old", "text")});
    t.grants = {{"r", "SELECT", {"old"}, false}};
    from.tables[t.name] = t;
    t.columns = {column("id", "integer"), column("fresh", "text")};
    t.grants = {{"r", "SELECT", {"fresh"}, false}};
    to.tables[t.name] = t;
    schema::Diagnostics diagnostics;
    CHECK(diff::diff(from, to, diagnostics).size() == 3);
    // No cycle; only the suggestion that old -> fresh may be a rename.
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "rename-suggestion");
  }
}
