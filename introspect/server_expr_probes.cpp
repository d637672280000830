// Table expressions rendered by the server, once per distinct text.
//
// How PostgreSQL prints a default, a CHECK, an EXCLUDE or an index depends only on the text
// and on the types of the columns it names, not on the table: `CHECK (char_length(code) > 0)`
// on a varchar column comes back as `CHECK (char_length(code::text) > 0)` on every table
// that has it. So every differing item is keyed by (kind, text, the columns it mentions), and
// each distinct key is probed once, as a temporary table holding just those columns, at most
// k_probes_per_transaction per transaction (every temp object holds a lock until the
// transaction ends, and the lock table is shared by the whole server). The server's text is
// then parsed back, per key, by the same parser that reads the files.
#include "introspect/server_probes.hpp"

#include "parser/parse.hpp"
#include "schema/names.hpp"
#include "schema/normalize.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace pgmorph::introspect {

namespace {

using schema::QualifiedName;
using schema::quote_ident;
using schema::quote_qualified;

enum class ExprKind { default_expr, generated, constraint, index };

/// One distinct item to render, and what the server and the parser made of it.
struct ExprProbe {
  ExprKind kind = ExprKind::default_expr;
  std::string text;    ///< expression, constraint definition, or index text after `table `
  bool unique = false;  ///< index only
  std::string column;  ///< generated only: the generated column's name
  schema::Column typed;  ///< default / generated: the column (type, collation)
  std::vector<schema::Column> columns;  ///< the columns the text mentions
  std::optional<std::string> server;    ///< what the server printed
  bool parsed = false;
  schema::Column parsed_column;          ///< default / generated result
  schema::Constraint parsed_constraint;  ///< constraint result
  schema::Index parsed_index;            ///< index result; definition after the table name
};

/// Where a probe's result goes back to.
struct ExprUse {
  std::size_t probe = 0;
  QualifiedName table;
  std::string member;  ///< column or constraint name
  QualifiedName index;
};

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' || c == '"' ||
         static_cast<unsigned char>(c) >= 0x80;
}

/// True when `ident` (as quote_ident prints it) stands in `text` as a whole word.
bool mentions(const std::string& text, const std::string& ident) {
  for (std::size_t at = text.find(ident); at != std::string::npos; at = text.find(ident, at + 1)) {
    const bool starts = at == 0 || !is_word_char(text[at - 1]);
    const std::size_t end = at + ident.size();
    if (starts && (end >= text.size() || !is_word_char(text[end]))) return true;
  }
  return false;
}

std::vector<schema::Column> mentioned_columns(const schema::Table& table, const std::string& text,
                                              const std::string& except = "") {
  std::vector<schema::Column> columns;
  for (const auto& column : table.columns)
    if (column.name != except && mentions(text, quote_ident(column.name))) {
      schema::Column bare;
      bare.name = column.name;
      bare.type = column.type;
      bare.collation = column.collation;
      columns.push_back(std::move(bare));
    }
  return columns;
}

std::string key_of(const ExprProbe& probe) {
  std::string key = std::to_string(static_cast<int>(probe.kind)) + "\x1f" + probe.text + "\x1f" +
                    (probe.unique ? "u" : "") + "\x1f" + probe.column + "\x1f" +
                    column_text(probe.typed);
  for (const auto& column : probe.columns) key += "\x1f" + column_text(column);
  return key;
}

class Collector {
 public:
  void add(ExprProbe probe, ExprUse use) {
    auto [it, fresh] = m_index.try_emplace(key_of(probe), probes.size());
    if (fresh) probes.push_back(std::move(probe));
    use.probe = it->second;
    uses.push_back(std::move(use));
  }
  std::vector<ExprProbe> probes;
  std::vector<ExprUse> uses;

 private:
  std::map<std::string, std::size_t> m_index;
};

bool is_expression_constraint(const schema::Constraint& constraint) {
  return constraint.kind == schema::ConstraintKind::check ||
         constraint.kind == schema::ConstraintKind::exclude;
}

void collect_table(Collector& out, const QualifiedName& key, const schema::Table& want,
                   const schema::Table& have) {
  for (const auto& column : want.columns) {
    const schema::Column* old = find_named(have.columns, column.name);
    if (old == nullptr) continue;
    ExprProbe probe;
    probe.typed.name = "c";
    probe.typed.type = column.type;
    probe.typed.collation = column.collation;
    if (column.generated_expr && column.generated_expr != old->generated_expr) {
      probe.kind = ExprKind::generated;
      probe.text = *column.generated_expr;
      probe.column = column.name;
      probe.columns = mentioned_columns(want, probe.text, column.name);
      out.add(std::move(probe), {0, key, column.name, {}});
    } else if (!column.generated_expr && column.default_expr &&
               column.default_expr != old->default_expr) {
      probe.text = *column.default_expr;
      out.add(std::move(probe), {0, key, column.name, {}});
    }
  }
  for (const auto& constraint : want.constraints) {
    const schema::Constraint* old = find_named(have.constraints, constraint.name);
    if (old == nullptr || !is_expression_constraint(constraint) ||
        old->definition == constraint.definition)
      continue;
    ExprProbe probe;
    probe.kind = ExprKind::constraint;
    probe.text = constraint.definition;
    probe.columns = mentioned_columns(want, probe.text);
    out.add(std::move(probe), {0, key, constraint.name, {}});
  }
}

void collect(Collector& out, const schema::Catalog& current, const schema::Catalog& desired) {
  for (const auto& [key, table] : desired.tables)
    if (auto old = current.tables.find(key); old != current.tables.end())
      collect_table(out, key, table, old->second);
  for (const auto& [key, index] : desired.indexes) {
    auto old = current.indexes.find(key);
    auto table = desired.tables.find(index.table);
    const std::string prefix = quote_qualified(index.table) + " ";
    if (old == current.indexes.end() || old->second.definition == index.definition ||
        table == desired.tables.end() || !index.definition.starts_with(prefix))
      continue;
    ExprProbe probe;
    probe.kind = ExprKind::index;
    probe.text = index.definition.substr(prefix.size());
    probe.unique = index.unique;
    probe.columns = mentioned_columns(table->second, probe.text);
    out.add(std::move(probe), {0, {}, {}, key});
  }
}

std::string probe_name(std::size_t i) { return "pgmorph_probe_e" + std::to_string(i); }

/// Names inside the probes carry the probe's index: default column `d<i>`, constraint `k<i>`,
/// index `pgmorph_probe_e<i>_i`, so that any probe can share a temp table with others.
std::string member_name(char kind, std::size_t i) { return kind + std::to_string(i); }

std::string columns_text(const std::vector<schema::Column>& columns) {
  std::string out;
  for (const auto& column : columns) out += (out.empty() ? "" : ", ") + column_text(column);
  return out;
}

/// The statement(s) that probe `probes[i]` in a temp table of its own.
std::string probe_sql(const ExprProbe& probe, std::size_t i) {
  const std::string name = probe_name(i);
  const std::string columns = columns_text(probe.columns);
  const std::string sep = columns.empty() ? "" : ", ";
  const std::string table = "CREATE TEMP TABLE " + quote_ident(name) + " (";
  switch (probe.kind) {
    case ExprKind::default_expr: {
      schema::Column own = probe.typed;
      own.name = member_name('d', i);
      return table + column_text(own) + " DEFAULT " + probe.text + ")";
    }
    case ExprKind::generated:
      return table + columns + sep + quote_ident(probe.column) + " " + probe.typed.type +
             " GENERATED ALWAYS AS (" + probe.text + ") STORED)";
    case ExprKind::constraint:
      return table + columns + sep + "CONSTRAINT " + member_name('k', i) + " " + probe.text + ")";
    case ExprKind::index:
      return table + columns + "); CREATE " + (probe.unique ? "UNIQUE " : "") + "INDEX " +
             quote_ident(name + "_i") + " ON pg_temp." + quote_ident(name) + " " + probe.text;
  }
  return {};
}

/// A temp table shared by several default and constraint probes whose columns agree.
struct Bucket {
  std::map<std::string, std::string> columns;  ///< name -> column text
  std::vector<std::size_t> members;

  bool accepts(const ExprProbe& probe) const {
    if (probe.kind != ExprKind::default_expr && probe.kind != ExprKind::constraint) return false;
    for (const auto& column : probe.columns)
      if (auto it = columns.find(column.name); it != columns.end() && it->second != column_text(column))
        return false;
    return true;
  }
  void add(const ExprProbe& probe, std::size_t i) {
    for (const auto& column : probe.columns) columns.emplace(column.name, column_text(column));
    members.push_back(i);
  }
  std::string sql(const std::vector<ExprProbe>& probes, std::size_t index) const {
    std::string body;
    for (const auto& [name, text] : columns) body += (body.empty() ? "" : ", ") + text;
    for (std::size_t i : members) {
      const ExprProbe& probe = probes[i];
      body += body.empty() ? "" : ", ";
      if (probe.kind == ExprKind::default_expr) {
        schema::Column own = probe.typed;
        own.name = member_name('d', i);
        body += column_text(own) + " DEFAULT " + probe.text;
      } else {
        body += "CONSTRAINT " + member_name('k', i) + " " + probe.text;
      }
    }
    return "CREATE TEMP TABLE pgmorph_probe_b" + std::to_string(index) + " (" + body + ")";
  }
};

/// Creates probes `first` .. `last` - 1: defaults and constraints packed into shared
/// tables (one statement each; a rejected one is retried probe by probe), the rest alone.
/// True when anything was created.
bool create_probes(Prober& prober, const std::vector<ExprProbe>& probes, std::size_t first,
                   std::size_t last) {
  constexpr std::size_t k_bucket_size = 50;
  std::vector<Bucket> buckets;
  std::vector<std::size_t> alone;
  for (std::size_t i = first; i < last; ++i) {
    if (probes[i].kind != ExprKind::default_expr && probes[i].kind != ExprKind::constraint) {
      alone.push_back(i);
      continue;
    }
    Bucket* home = nullptr;
    for (auto& bucket : buckets)
      if (bucket.members.size() < k_bucket_size && bucket.accepts(probes[i])) home = &bucket;
    if (home == nullptr) home = &buckets.emplace_back();
    home->add(probes[i], i);
  }
  bool any = false;
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    if (prober.attempt(buckets[b].sql(probes, first + b))) {
      any = true;
      continue;
    }
    for (std::size_t i : buckets[b].members) any |= prober.attempt(probe_sql(probes[i], i));
  }
  for (std::size_t i : alone) any |= prober.attempt(probe_sql(probes[i], i));
  return any;
}

/// The probe index in `name` after `prefix` (digits up to the end or to `suffix`).
std::optional<std::size_t> index_in(std::string_view name, std::string_view prefix,
                                    std::string_view suffix = "") {
  if (!name.starts_with(prefix) || !name.ends_with(suffix)) return std::nullopt;
  name = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
  if (name.empty()) return std::nullopt;
  std::size_t i = 0;
  for (char ch : name) {
    if (ch < '0' || ch > '9') return std::nullopt;
    i = i * 10 + static_cast<std::size_t>(ch - '0');
  }
  return i;
}

/// Reads what the server printed for the probes from `first` on.
void read_rendered(pqxx::nontransaction& tx, std::vector<ExprProbe>& probes, std::size_t first) {
  const std::string in_temp(k_probe_relations_in_temp_schema);
  auto probe_at = [&](std::optional<std::size_t> i) -> ExprProbe* {
    return i && *i >= first && *i < probes.size() ? &probes[*i] : nullptr;
  };
  for (const auto& r : tx.exec(
           "SELECT c.relname, a.attname, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) "
           "FROM pg_catalog.pg_attrdef AS ad JOIN pg_catalog.pg_attribute AS a ON a.attrelid = "
           "ad.adrelid AND a.attnum = ad.adnum JOIN pg_catalog.pg_class AS c ON c.oid = "
           "ad.adrelid WHERE c.relnamespace" + in_temp)) {
    if (ExprProbe* probe = probe_at(index_in(r[1].c_str(), "d"));
        probe != nullptr && probe->kind == ExprKind::default_expr)
      probe->server = r[2].c_str();
    else if (ExprProbe* generated = probe_at(index_in(r[0].c_str(), "pgmorph_probe_e"));
             generated != nullptr && generated->kind == ExprKind::generated &&
             generated->column == r[1].c_str())
      generated->server = r[2].c_str();
  }
  for (const auto& r : tx.exec(
           "SELECT con.conname, pg_catalog.pg_get_constraintdef(con.oid) FROM "
           "pg_catalog.pg_constraint AS con JOIN pg_catalog.pg_class AS c ON c.oid = "
           "con.conrelid WHERE c.relnamespace" + in_temp))
    if (ExprProbe* probe = probe_at(index_in(r[0].c_str(), "k"));
        probe != nullptr && probe->kind == ExprKind::constraint)
      probe->server = r[1].c_str();
  for (const auto& r : tx.exec(
           "SELECT c.relname, pg_catalog.pg_get_indexdef(c.oid) FROM pg_catalog.pg_class AS c "
           "WHERE c.relkind = 'i' AND c.relnamespace" + in_temp))
    if (ExprProbe* probe = probe_at(index_in(r[0].c_str(), "pgmorph_probe_e", "_i"));
        probe != nullptr && probe->kind == ExprKind::index) {
      const std::string definition = r[1].c_str();
      if (const std::size_t at = definition.find(" USING "); at != std::string::npos)
        probe->server = definition.substr(at + 1);
    }
}

/// The server's text as a small schema file, parsed like any other: the canonical form.
void parse_rendered(ExprProbe& probe) {
  if (!probe.server) return;
  const QualifiedName table{"public", "pgmorph_probe"};
  const std::string name = quote_qualified(table);
  std::vector<schema::Column> columns = probe.columns;
  schema::Column own = probe.typed;
  if (probe.kind == ExprKind::default_expr) own.default_expr = *probe.server;
  if (probe.kind == ExprKind::generated) {
    own.name = probe.column;
    own.generated_expr = *probe.server;
  }
  if (probe.kind == ExprKind::default_expr || probe.kind == ExprKind::generated)
    columns.push_back(own);
  std::string ddl = "CREATE TABLE " + name + " (";
  for (const auto& column : columns) {
    ddl += (&column == &columns.front() ? "" : ", ") + column_text(column);
    if (column.generated_expr) ddl += " GENERATED ALWAYS AS (" + *column.generated_expr + ") STORED";
    if (column.default_expr) ddl += " DEFAULT " + *column.default_expr;
  }
  ddl += ");\n";
  if (probe.kind == ExprKind::constraint)
    ddl += "ALTER TABLE " + name + " ADD CONSTRAINT k " + *probe.server + ";\n";
  if (probe.kind == ExprKind::index)
    ddl += std::string("CREATE ") + (probe.unique ? "UNIQUE " : "") + "INDEX pgmorph_probe_i ON " +
           name + " " + *probe.server + ";\n";
  schema::Diagnostics ignored;
  std::optional<schema::Catalog> catalog = parser::parse_sql(ddl, "server rendering", ignored);
  if (!catalog) return;
  schema::normalize(*catalog);
  const schema::Table& parsed = catalog->tables.at(table);
  switch (probe.kind) {
    case ExprKind::default_expr:
    case ExprKind::generated:
      probe.parsed_column = parsed.columns.back();
      break;
    case ExprKind::constraint:
      if (parsed.constraints.size() != 1) return;
      probe.parsed_constraint = parsed.constraints.front();
      break;
    case ExprKind::index: {
      auto index = catalog->indexes.find({"public", "pgmorph_probe_i"});
      if (index == catalog->indexes.end() || !index->second.definition.starts_with(name + " ")) return;
      probe.parsed_index = index->second;
      probe.parsed_index.definition = index->second.definition.substr(name.size() + 1);
      std::erase_if(probe.parsed_index.refs,
                    [&](const schema::ObjectRef& ref) { return ref.name == table; });
      break;
    }
  }
  probe.parsed = true;
}

void apply(const ExprProbe& probe, const ExprUse& use, schema::Catalog& desired) {
  if (probe.kind == ExprKind::index) {
    schema::Index& index = desired.indexes.at(use.index);
    index.definition = quote_qualified(index.table) + " " + probe.parsed_index.definition;
    index.key_names = probe.parsed_index.key_names;
    index.refs = probe.parsed_index.refs;
    return;
  }
  schema::Table& table = desired.tables.at(use.table);
  if (probe.kind == ExprKind::constraint) {
    schema::Constraint* constraint = find_named(table.constraints, use.member);
    constraint->definition = probe.parsed_constraint.definition;
    constraint->columns = probe.parsed_constraint.columns;
    constraint->refs = probe.parsed_constraint.refs;
    return;
  }
  schema::Column* column = find_named(table.columns, use.member);
  if (probe.kind == ExprKind::generated)
    column->generated_expr = probe.parsed_column.generated_expr;
  else
    column->default_expr = probe.parsed_column.default_expr;
  // The rendered expression's references plus the column's own type reference.
  for (const auto& ref : probe.parsed_column.refs)
    if (std::find(column->refs.begin(), column->refs.end(), ref) == column->refs.end())
      column->refs.push_back(ref);
}

}  // namespace

std::size_t canonicalize_table_expressions(Prober& prober, pqxx::nontransaction& tx,
                                           const schema::Catalog& current,
                                           schema::Catalog& desired) {
  Collector collected;
  collect(collected, current, desired);
  std::vector<ExprProbe>& probes = collected.probes;
  for (std::size_t first = 0; first < probes.size(); first += k_probes_per_transaction) {
    const std::size_t last = std::min(probes.size(), first + k_probes_per_transaction);
    begin_probe_transaction(tx);
    const bool any = create_probes(prober, probes, first, last);
    if (any) {
      tx.exec("SET LOCAL search_path = ''");
      read_rendered(tx, probes, first);
    }
    tx.exec("ROLLBACK");
  }
  for (auto& probe : probes) parse_rendered(probe);
  for (const auto& use : collected.uses)
    if (probes[use.probe].parsed) apply(probes[use.probe], use, desired);
  return probes.size();
}

}  // namespace pgmorph::introspect
