// Renames: ALTER ... RENAME, undone by renaming back.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

Step rename_relation(std::string_view kind, const schema::QualifiedName& from, const std::string& to) {
  return step(SqlBuilder().keyword(kind).qualified(from).keyword("RENAME TO").ident(to));
}

Step rename_member(std::string_view member, const schema::QualifiedName& table, const std::string& from,
                   const std::string& to) {
  return step(SqlBuilder().keyword("ALTER TABLE").qualified(table).keyword(member).ident(from).keyword("TO").ident(to));
}

}  // namespace

Statements render_change(const diff::RenameTable& change) {
  Statement statement = simple("rename table " + schema::display_name(change.from) + " to " + change.to.name,
                               rename_relation("ALTER TABLE", change.from, change.to.name),
                               rename_relation("ALTER TABLE", change.to, change.from.name));
  statement.hazards.push_back({HazardCode::rename_table, schema::display_name(change.from) + " -> " + change.to.name});
  statement.reverse_hazards.push_back({HazardCode::rename_table, schema::display_name(change.to) + " -> " + change.from.name});
  return {statement};
}

Statements render_change(const diff::RenameColumn& change) {
  const std::string table = schema::display_name(change.table);
  Statement statement = simple("rename column " + table + "." + change.from + " to " + change.to,
                               rename_member("RENAME COLUMN", change.table, change.from, change.to),
                               rename_member("RENAME COLUMN", change.table, change.to, change.from));
  statement.hazards.push_back({HazardCode::rename_column, table + "." + change.from + " -> " + change.to});
  statement.reverse_hazards.push_back({HazardCode::rename_column, table + "." + change.to + " -> " + change.from});
  return {statement};
}

// PostgreSQL renames the index of a key or exclusion constraint with it.
Statements render_change(const diff::RenameConstraint& change) {
  return {simple("rename constraint " + change.from + " on " + schema::display_name(change.table) + " to " + change.to,
                 rename_member("RENAME CONSTRAINT", change.table, change.from, change.to),
                 rename_member("RENAME CONSTRAINT", change.table, change.to, change.from))};
}

Statements render_change(const diff::RenameIndex& change) {
  return {simple("rename index " + schema::display_name(change.from) + " to " + change.to.name,
                 rename_relation("ALTER INDEX", change.from, change.to.name),
                 rename_relation("ALTER INDEX", change.to, change.from.name))};
}

Statements render_change(const diff::RenameSequence& change) {
  return {simple("rename sequence " + schema::display_name(change.from) + " to " + change.to.name,
                 rename_relation("ALTER SEQUENCE", change.from, change.to.name),
                 rename_relation("ALTER SEQUENCE", change.to, change.from.name))};
}

}  // namespace pgmorph::codegen
