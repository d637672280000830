#include "lint/model.hpp"

namespace pgmorph::lint {

namespace {

// The last String under a DROP object (a List of names, a bare String, ObjectWithArgs).
std::string object_name(const Json& object) {
  if (node_kind(object) == "ObjectWithArgs") {
    const auto parts = names(items(node_body(object), "objname"));
    return parts.empty() ? "" : parts.back();
  }
  std::string last;
  visit_nodes(object, [&](const std::string& kind, const Json& body) {
    if (kind == "String") last = str(body, "sval");
  });
  return last;
}

bool is_serial(const TypeRef& type) {
  return type.name == "serial" || type.name == "bigserial" || type.name == "smallserial";
}

// The column of `CHECK (col IS NOT NULL)`, "" for any other expression.
std::string not_null_check_column(const Json& constraint) {
  const Json& expr = field(constraint, "raw_expr");
  if (node_kind(expr) != "NullTest") return "";
  const Json& test = node_body(expr);
  if (str(test, "nulltesttype") != "IS_NOT_NULL") return "";
  const Json& arg = field(test, "arg");
  if (node_kind(arg) != "ColumnRef") return "";
  const auto fields = names(items(node_body(arg), "fields"));
  return fields.empty() ? "" : fields.back();
}

void add_constraint(Model& model, TableModel& table, const std::string& table_name,
                    const Json& constraint, const std::string& column) {
  const std::string type = str(constraint, "contype");
  const std::string name = str(constraint, "conname");
  if (!name.empty()) table.constraints.insert(name);
  const bool not_valid = flag(constraint, "skip_validation");
  if (not_valid && model.txn.open && !name.empty()) model.txn.not_valid_added.insert({table_name, name});
  if (type == "CONSTR_NOTNULL" && !column.empty()) table.columns[column].not_null = true;
  if (type == "CONSTR_CHECK") {
    const std::string checked = not_null_check_column(constraint);
    if (!checked.empty() && not_valid) table.pending_not_null[name] = checked;
    if (!checked.empty() && !not_valid) table.validated_not_null_checks.insert(checked);
  }
  if (type == "CONSTR_PRIMARY" || type == "CONSTR_UNIQUE") {
    IndexModel index{name, names(items(constraint, "keys")), false};
    if (index.columns.empty() && !column.empty()) index.columns = {column};
    if (!str(constraint, "indexname").empty()) {
      // USING INDEX: the constraint takes over an existing index.
      index.columns.clear();
      for (const auto& other : table.indexes)
        if (other.name == str(constraint, "indexname")) index.columns = other.columns;
    }
    if (type == "CONSTR_PRIMARY")
      for (const auto& key : index.columns) table.columns[key].not_null = true;
    table.indexes.push_back(index);
  }
}

void add_column(Model& model, TableModel& table, const std::string& table_name, const Json& def,
                bool in_setup) {
  const std::string name = str(def, "colname");
  ColumnModel& column = table.columns[name];
  column.type = type_of(field(def, "typeName"));
  column.added_here = !in_setup;
  if (is_serial(column.type)) column.not_null = true;
  for (const auto& item : items(def, "constraints")) {
    const Json& constraint = node_body(item);
    if (str(constraint, "contype") == "CONSTR_IDENTITY") column.not_null = true;
    add_constraint(model, table, table_name, constraint, name);
  }
}

void apply_create_table(Model& model, const Json& body, bool in_setup) {
  const std::string name = table_key(field(body, "relation"));
  // CREATE TABLE IF NOT EXISTS of a table that exists does nothing: it stays existing.
  if (flag(body, "if_not_exists") && model.tables.contains(name)) return;
  TableModel& table = model.tables[name];
  table = TableModel{};
  table.is_new = !in_setup;
  table.shape_known = true;
  for (const auto& element : items(body, "tableElts")) {
    if (node_kind(element) == "ColumnDef") add_column(model, table, name, node_body(element), in_setup);
    if (node_kind(element) == "Constraint") add_constraint(model, table, name, node_body(element), "");
  }
}

void apply_alter_table(Model& model, const Json& body, bool in_setup) {
  const std::string name = table_key(field(body, "relation"));
  TableModel& table = model.tables[name];
  for (const auto& item : items(body, "cmds")) {
    const Json& cmd = node_body(item);
    const std::string subtype = str(cmd, "subtype");
    const std::string column = str(cmd, "name");
    const Json& def = field(cmd, "def");
    if (subtype == "AT_AddColumn") add_column(model, table, name, node_body(def), in_setup);
    if (subtype == "AT_DropColumn") table.columns.erase(column);
    if (subtype == "AT_AlterColumnType" && table.shape_known)
      table.columns[column].type = type_of(field(node_body(def), "typeName"));
    if (subtype == "AT_SetNotNull" && table.shape_known) table.columns[column].not_null = true;
    if (subtype == "AT_DropNotNull" && table.shape_known) table.columns[column].not_null = false;
    if (subtype == "AT_AddConstraint") add_constraint(model, table, name, node_body(def), "");
    if (subtype == "AT_ValidateConstraint") {
      auto pending = table.pending_not_null.find(column);
      if (pending != table.pending_not_null.end()) {
        table.validated_not_null_checks.insert(pending->second);
        table.pending_not_null.erase(pending);
      }
    }
    if (subtype == "AT_DropConstraint") {
      table.constraints.erase(column);
      table.pending_not_null.erase(column);
    }
  }
}

void apply_index(Model& model, const Json& body, bool in_setup) {
  const std::string table_name = table_key(field(body, "relation"));
  IndexModel index{str(body, "idxname"), {}, !field(body, "whereClause").is_null()};
  for (const auto& param : items(body, "indexParams")) index.columns.push_back(str(node_body(param), "name"));
  model.tables[table_name].indexes.push_back(index);
  if (!index.name.empty()) {
    model.index_table[index.name] = table_name;
    if (!in_setup) model.new_indexes.insert(index.name);
  }
}

void apply_drop(Model& model, const Json& body) {
  const std::string type = str(body, "removeType");
  for (const auto& object : items(body, "objects")) {
    const std::string name = object_name(object);
    if (type == "OBJECT_TABLE") model.tables.erase(name);
    if (type == "OBJECT_INDEX") model.index_table.erase(name);
  }
}

void apply_rename(Model& model, const Json& body) {
  const std::string type = str(body, "renameType");
  const std::string table_name = table_key(field(body, "relation"));
  if (type == "OBJECT_TABLE" && model.tables.contains(table_name)) {
    auto node = model.tables.extract(table_name);
    node.key() = str(body, "newname");
    model.tables.insert(std::move(node));
  }
  if (type == "OBJECT_COLUMN" && model.tables.contains(table_name)) {
    auto& columns = model.tables[table_name].columns;
    if (auto node = columns.extract(str(body, "subname"))) {
      node.key() = str(body, "newname");
      columns.insert(std::move(node));
    }
  }
}

std::string last_name(const Json& list) {
  const auto parts = names(list);
  return parts.empty() ? "" : parts.back();
}

}  // namespace

const ColumnModel* Model::column(const std::string& table_name, const std::string& column_name) const {
  auto found = tables.find(table_name);
  if (found == tables.end()) return nullptr;
  auto column = found->second.columns.find(column_name);
  return column == found->second.columns.end() ? nullptr : &column->second;
}

std::string table_key(const Json& range_var) { return str(range_var, "relname"); }

void apply_statement(Model& model, const Statement& statement, bool in_setup) {
  const Json& body = statement.body;
  const std::string& kind = statement.kind;
  if (kind == "CreateStmt") apply_create_table(model, body, in_setup);
  if (kind == "CreateTableAsStmt") {
    TableModel& table = model.tables[table_key(field(field(body, "into"), "rel"))];
    table = TableModel{};
    table.is_new = !in_setup;
  }
  if (kind == "AlterTableStmt") apply_alter_table(model, body, in_setup);
  if (kind == "IndexStmt") apply_index(model, body, in_setup);
  if (kind == "DropStmt") apply_drop(model, body);
  if (kind == "RenameStmt") apply_rename(model, body);
  if (in_setup) return;
  if (kind == "CreateSchemaStmt") model.new_schemas.insert(str(body, "schemaname"));
  if (kind == "CreateSeqStmt") model.new_sequences.insert(table_key(field(body, "sequence")));
  if (kind == "CreateEnumStmt") model.new_types.insert(last_name(field(body, "typeName")));
  if (kind == "CompositeTypeStmt") model.new_types.insert(table_key(field(body, "typevar")));
  if (kind == "CreateRangeStmt") model.new_types.insert(last_name(field(body, "typeName")));
  if (kind == "CreateDomainStmt") model.new_types.insert(last_name(field(body, "domainname")));
  if (kind == "CreateFunctionStmt") model.new_functions.insert(last_name(field(body, "funcname")));
  if (kind == "AlterEnumStmt" && model.txn.open && str(body, "oldVal").empty())
    model.txn.enum_values_added.insert(str(body, "newVal"));
}

}  // namespace pgmorph::lint
