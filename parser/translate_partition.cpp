// Declarative partitioning: PARTITION BY, PARTITION OF ... FOR VALUES, ATTACH / DETACH
// PARTITION. The key and the bound are kept as the text pg_get_partkeydef and
// pg_get_expr(relpartbound) print, built from the parse tree:
//
//   RANGE (a, (a + b), lower(c) COLLATE "C" text_pattern_ops)
//   FOR VALUES FROM ('2024-01-01', MINVALUE) TO ('2024-02-01', MAXVALUE)
//   FOR VALUES IN ('a', NULL)     FOR VALUES WITH (modulus 4, remainder 0)     DEFAULT
//
// The server prints bound literals in the key column's output format ('2024-01-01
// 00:00:00' for a timestamp written '2024-01-01'); the parser cannot, so a live comparison
// renders differing bounds on the server (introspect/server_partition_probes.cpp).
#include "parser/expr.hpp"
#include "parser/translate.hpp"
#include "schema/names.hpp"

#include <algorithm>

namespace pgmorph::parser {

namespace {

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return text;
}

/// A name list (`pg_catalog.text_pattern_ops`) as ruleutils prints it: quoted as needed,
/// pg_catalog dropped (the introspection reads with an empty search_path, which still
/// finds pg_catalog first).
std::string name_list_text(PgQuery__Node** names, std::size_t count) {
  std::vector<std::string> parts = str_list(names, count);
  if (parts.size() == 2 && parts[0] == "pg_catalog") parts.erase(parts.begin());
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ".") + schema::quote_ident(part);
  return text;
}

/// One bound datum: a constant as deparsed, or MINVALUE / MAXVALUE (a bare column
/// reference in the raw tree).
std::string datum_text(PgQuery__Node* datum) {
  if (datum->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && datum->column_ref->n_fields == 1) {
    const std::string word(str_val(datum->column_ref->fields[0]));
    if (word == "minvalue" || word == "maxvalue") return upper(word);
  }
  return deparse_expr(datum);
}

std::string datum_list(Context& context, PgQuery__Node** datums, std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    // The server coerces each datum to its key column's type and prints the constant
    // without a cast: `'2024-01-01'::date` is `'2024-01-01'`.
    while (datums[i]->node_case == PG_QUERY__NODE__NODE_TYPE_CAST &&
           datums[i]->type_cast->arg != nullptr &&
           (datums[i]->type_cast->arg->node_case == PG_QUERY__NODE__NODE_A_CONST ||
            datums[i]->type_cast->arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST))
      datums[i] = datums[i]->type_cast->arg;
    canonicalize_expr(context.arena(), datums[i]);
    text += (i == 0 ? "" : ", ") + datum_text(datums[i]);
  }
  return "(" + text + ")";
}

const schema::Column* find_named_column(const schema::Table& table, const std::string& name) {
  for (const auto& column : table.columns)
    if (column.name == name) return &column;
  return nullptr;
}

}  // namespace

std::string partition_key_text(Context& context, const PgQuery__PartitionSpec* spec) {
  std::string text = upper(spec->strategy) + " (";
  for (std::size_t i = 0; i < spec->n_part_params; ++i) {
    const PgQuery__PartitionElem* elem = spec->part_params[i]->partition_elem;
    if (i > 0) text += ", ";
    if (elem->name != nullptr && elem->name[0] != '\0') {
      text += schema::quote_ident(elem->name);
    } else {
      canonicalize_expr(context.arena(), elem->expr);
      const std::string expr = deparse_expr(elem->expr);
      // ruleutils wraps every key expression in parentheses except a bare function call.
      const bool call = elem->expr->node_case == PG_QUERY__NODE__NODE_FUNC_CALL;
      text += call ? expr : "(" + expr + ")";
    }
    if (elem->n_collation > 0)
      text += " COLLATE " + name_list_text(elem->collation, elem->n_collation);
    if (elem->n_opclass > 0) text += " " + name_list_text(elem->opclass, elem->n_opclass);
  }
  return text + ")";
}

std::string partition_bound_text(Context& context, PgQuery__PartitionBoundSpec* bound) {
  if (bound->is_default) return "DEFAULT";
  const std::string_view strategy = bound->strategy;
  if (strategy == "h")
    return "FOR VALUES WITH (modulus " + std::to_string(bound->modulus) + ", remainder " +
           std::to_string(bound->remainder) + ")";
  if (strategy == "l")
    return "FOR VALUES IN " + datum_list(context, bound->listdatums, bound->n_listdatums);
  return "FOR VALUES FROM " + datum_list(context, bound->lowerdatums, bound->n_lowerdatums) +
         " TO " + datum_list(context, bound->upperdatums, bound->n_upperdatums);
}

bool apply_partition_of(Context& context, PgQuery__CreateStmt* stmt, schema::Table& table) {
  PgQuery__RangeVar* parent_var = stmt->inh_relations[0]->range_var;
  const schema::QualifiedName parent_name = qualified_from_range_var(parent_var);
  auto parent = context.catalog().tables.find(parent_name);
  if (parent == context.catalog().tables.end()) {
    context.error("undefined-object",
                  "relation \"" + display_name(parent_name) + "\" does not exist",
                  parent_var->location);
    return false;
  }
  if (parent->second.partition_key.empty()) {
    context.error("wrong-object-type",
                  "table \"" + display_name(parent_name) + "\" is not partitioned",
                  parent_var->location);
    return false;
  }
  // Column options (`a WITH OPTIONS DEFAULT 0`, `b NOT NULL`) would make the partition's
  // column differ from the parent's; the model keeps partition columns equal to the parent's.
  for (std::size_t i = 0; i < stmt->n_table_elts; ++i)
    if (stmt->table_elts[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
      context.error("unsupported-feature",
                    "column options in CREATE TABLE ... PARTITION OF are not supported",
                    stmt->table_elts[i]->column_def->location);
      return false;
    }
  table.partition_of =
      schema::PartitionOf{parent_name, partition_bound_text(context, stmt->partbound)};
  // PostgreSQL copies the parent's columns (type, collation, NOT NULL, default); normalize()
  // copies them again after the whole file is read, so later ALTERs of the parent count.
  for (auto column : parent->second.columns) {
    column.identity = schema::Identity::none;
    column.identity_options.clear();
    column.comment.reset();
    table.columns.push_back(std::move(column));
  }
  return true;
}

void attach_partition(Context& context, const schema::QualifiedName& parent_name,
                      PgQuery__PartitionCmd* cmd) {
  const schema::Table& parent = context.catalog().tables.at(parent_name);
  if (parent.partition_key.empty())
    return context.error("wrong-object-type",
                         "table \"" + display_name(parent_name) + "\" is not partitioned");
  const schema::QualifiedName name = qualified_from_range_var(cmd->name);
  auto found = context.catalog().tables.find(name);
  if (found == context.catalog().tables.end())
    return context.error("undefined-object",
                         "relation \"" + display_name(name) + "\" does not exist",
                         cmd->name->location);
  schema::Table& table = found->second;
  if (table.partition_of)
    return context.error("invalid-object-definition",
                         "\"" + display_name(name) + "\" is already a partition",
                         cmd->name->location);
  // ATTACH demands exactly the parent's columns, by name and type (the order may differ,
  // which the model does not keep: the partition's columns become the parent's).
  auto same = [](const schema::Column& a, const schema::Column& b) {
    return a.name == b.name && a.type == b.type && a.collation == b.collation;
  };
  const bool matches =
      table.columns.size() == parent.columns.size() &&
      std::all_of(table.columns.begin(), table.columns.end(), [&](const schema::Column& c) {
        return std::any_of(parent.columns.begin(), parent.columns.end(),
                           [&](const schema::Column& p) { return same(c, p); });
      });
  if (!matches)
    return context.error("unsupported-feature",
                         "ATTACH PARTITION of \"" + display_name(name) +
                             "\": its columns must be exactly the columns of \"" +
                             display_name(parent_name) + "\"",
                         cmd->name->location);
  for (const auto& column : parent.columns)
    if (const auto* own = find_named_column(table, column.name);
        own && column.not_null && !own->not_null)
      return context.error("invalid-object-definition",
                           "column \"" + column.name + "\" in child table must be marked NOT NULL",
                           cmd->name->location);
  // ATTACH keeps the table's own defaults and NOT NULL, which the model cannot hold apart
  // from the parent's (pg_dump writes a partition's copied defaults, equal to the parent's).
  for (const auto& column : parent.columns)
    if (const auto* own = find_named_column(table, column.name);
        own && (own->default_expr != column.default_expr || own->not_null != column.not_null))
      return context.error(
          "unsupported-feature",
          "ATTACH PARTITION of \"" + display_name(name) + "\": column \"" + column.name +
              "\" has a DEFAULT or NOT NULL other than the parent's; a partition's own "
              "column options are not supported",
          cmd->name->location);
  table.partition_of = schema::PartitionOf{parent_name, partition_bound_text(context, cmd->bound)};
}

void detach_partition(Context& context, const schema::QualifiedName& parent_name,
                      PgQuery__PartitionCmd* cmd) {
  const schema::QualifiedName name = qualified_from_range_var(cmd->name);
  auto found = context.catalog().tables.find(name);
  if (found == context.catalog().tables.end() || !found->second.partition_of ||
      found->second.partition_of->parent != parent_name)
    return context.error("undefined-object",
                         "relation \"" + display_name(name) + "\" is not a partition of \"" +
                             display_name(parent_name) + "\"",
                         cmd->name->location);
  // The detached table keeps the columns it has as a partition: the parent's, now.
  const schema::Table& parent = context.catalog().tables.at(parent_name);
  schema::Table& table = found->second;
  std::vector<schema::Column> columns;
  for (auto column : parent.columns) {
    column.identity = schema::Identity::none;
    column.identity_options.clear();
    column.comment.reset();
    if (const auto* own = find_named_column(table, column.name)) {
      column.comment = own->comment;
      column.not_null = column.not_null || own->not_null;
    }
    columns.push_back(std::move(column));
  }
  table.columns = std::move(columns);
  table.partition_of.reset();
}

void attach_index_partition(Context& context, PgQuery__PartitionCmd* cmd) {
  const schema::QualifiedName child = qualified_from_range_var(cmd->name);
  auto& catalog = context.catalog();
  if (catalog.indexes.erase(child) > 0) return;
  for (auto& [name, table] : catalog.tables) {
    if (name.schema != child.schema) continue;
    auto constraint = std::find_if(
        table.constraints.begin(), table.constraints.end(), [&](const schema::Constraint& c) {
          return c.name == child.name && c.kind != schema::ConstraintKind::check &&
                 c.kind != schema::ConstraintKind::foreign_key;
        });
    if (constraint == table.constraints.end()) continue;
    table.constraints.erase(constraint);
    return;
  }
  context.error("undefined-object", "index \"" + display_name(child) + "\" does not exist",
                cmd->name->location);
}

}  // namespace pgmorph::parser
