#include "cli/plan_markdown.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "lint/rule_catalog.hpp"

namespace pgmorph::cli {

namespace {

template <typename Map>
void count_map(const char* kind, const Map& from, const Map& to, std::vector<KindChangeCount>& out) {
  KindChangeCount count{kind};
  for (const auto& [key, value] : to) {
    auto found = from.find(key);
    if (found == from.end()) ++count.added;
    else if (!(found->second == value)) ++count.changed;
  }
  for (const auto& [key, value] : from)
    if (!to.contains(key)) ++count.dropped;
  if (count.added + count.changed + count.dropped > 0) out.push_back(count);
}

/// A table cell: no line breaks, `|` escaped.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

/// A fence longer than any run of backticks in `text`, so SQL with backticks stays inside.
std::string fence_for(std::string_view text) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

std::string collapsible(const std::string& title, const std::string& sql) {
  const std::string fence = fence_for(sql);
  return fmt::format("<details><summary>{}</summary>\n\n{}sql\n{}{}{}\n\n</details>\n", title, fence, sql,
                     sql.ends_with('\n') ? "" : "\n", fence);
}

std::string summary_section(const MarkdownReport& report) {
  const auto counts = count_changes(report.from, report.to);
  std::string out = "### Objects\n\n";
  if (counts.empty()) return out + "No object is added, changed or dropped.\n\n";
  out += "| Kind | Added | Changed | Dropped |\n|---|---:|---:|---:|\n";
  for (const auto& count : counts)
    out += fmt::format("| {} | {} | {} | {} |\n", count.kind, count.added, count.changed, count.dropped);
  return out + "\n";
}

std::string hazards_section(const codegen::Plan& plan) {
  std::string rows;
  for (std::size_t i = 0; i < plan.statements.size(); ++i) {
    for (const auto& hazard : plan.statements[i].hazards) {
      const auto& info = codegen::hazard_info(hazard.code);
      const auto* rule = lint::find_rule(info.id);
      const std::string_view alternative = rule != nullptr ? rule->alternative : std::string_view{};
      rows += fmt::format("| {} | `{}` {} | {} | {} | {} | {} | {} | {} |\n", i + 1, info.id, info.slug,
                          codegen::severity_name(codegen::effective_severity(hazard)),
                          cell(hazard.size_note.empty() ? hazard.detail : hazard.detail + " (" + hazard.size_note + ")"),
                          info.lock.empty() ? "none" : info.lock, info.cost.empty() ? "metadata only" : info.cost,
                          info.loses_data ? "**yes**" : "no", cell(alternative.empty() ? info.summary : alternative));
    }
  }
  std::string out = "### Hazards\n\n";
  if (rows.empty()) out += "None in up.sql: no statement takes a strong lock, rewrites, scans or loses data.\n\n";
  else
    out += "| # | Hazard | Severity | Object | Lock | Cost | Data loss | Safe alternative |\n"
           "|---:|---|---|---|---|---|---|---|\n" + rows + "\n";
  // A rollback that loses data is what reviewers most often miss: name it.
  std::vector<std::string> rollback_losses;
  for (const auto& statement : plan.statements)
    for (const auto& hazard : statement.reverse_hazards)
      if (codegen::hazard_info(hazard.code).loses_data)
        rollback_losses.push_back(fmt::format("`{}` {}", codegen::hazard_info(hazard.code).id, cell(hazard.detail)));
  if (!rollback_losses.empty())
    out += fmt::format("Rolling back with down.sql loses data: {}.\n\n", fmt::join(rollback_losses, ", "));
  return out;
}

std::string probes_section(const std::vector<ProbeResult>& results) {
  std::string out = "### Pre-flight probes (run read-only on the source database)\n\n";
  if (results.empty()) return out + "No step depends on the data.\n\n";
  out += "| # | Statement | Question | Count | Verdict |\n|---:|---|---|---:|---|\n";
  for (const auto& result : results) {
    std::string verdict = "ok";
    if (result.verdict == ProbeResult::Verdict::fails)
      verdict = "**will fail**" + (result.note.empty() ? "" : ": " + result.note);
    else if (result.verdict == ProbeResult::Verdict::not_run)
      verdict = "not run: " + result.note;
    out += fmt::format("| {} | {} | {} | {} | {} |\n", result.statement, cell(result.summary), cell(result.question),
                       result.count.empty() ? "-" : result.count, cell(verdict));
  }
  return out + "\n";
}

/// The table `table` was in `from`: the same name, or the one its rename hint names.
const schema::Table* previous_table(const schema::Catalog& from, const schema::Table& table) {
  auto found = from.tables.find(table.name);
  if (found == from.tables.end() && table.renamed_from.from) found = from.tables.find(*table.renamed_from.from);
  return found == from.tables.end() ? nullptr : &found->second;
}

/// Mermaid entity ids allow letters, digits, `_` and `-` only.
std::string entity_id(const schema::QualifiedName& name) {
  std::string text = name.schema == "public" ? name.name : name.schema + "__" + name.name;
  for (char& c : text)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') c = '_';
  return text;
}

/// A Mermaid attribute type: one word (`character varying(20)` becomes `character_varying(20)`).
std::string attribute_type(std::string type) {
  for (char& c : type)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '(' && c != ')' && c != '[' && c != ']')
      c = '_';
  return type;
}

std::string entity_block(const schema::Table& table, const schema::Table* before) {
  std::set<std::string> primary, foreign, unique;
  for (const auto& constraint : table.constraints) {
    std::set<std::string>* into = nullptr;
    switch (constraint.kind) {
      case schema::ConstraintKind::primary_key: into = &primary; break;
      case schema::ConstraintKind::foreign_key: into = &foreign; break;
      case schema::ConstraintKind::unique: into = &unique; break;
      case schema::ConstraintKind::check:
      case schema::ConstraintKind::exclude: break;
    }
    if (into != nullptr) into->insert(constraint.columns.begin(), constraint.columns.end());
  }
  std::string out = fmt::format("  {} {{\n", entity_id(table.name));
  for (const auto& column : table.columns) {
    std::vector<std::string> keys;
    if (primary.contains(column.name)) keys.push_back("PK");
    if (foreign.contains(column.name)) keys.push_back("FK");
    if (unique.contains(column.name)) keys.push_back("UK");
    std::string note;
    if (before != nullptr) {
      const std::string old_name = column.renamed_from.text.value_or(column.name);
      auto old = std::find_if(before->columns.begin(), before->columns.end(),
                              [&](const schema::Column& c) { return c.name == old_name; });
      if (old == before->columns.end()) note = " \"added\"";
      else if (old_name != column.name) note = " \"renamed from " + old_name + "\"";
      else if (!(*old == column)) note = " \"changed\"";
    }
    std::string name = column.name;
    for (char& c : name)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') c = '_';
    out += fmt::format("    {} {}{}{}\n", attribute_type(column.type), name,
                       keys.empty() ? "" : " " + fmt::format("{}", fmt::join(keys, ", ")), note);
  }
  return out + "  }\n";
}

/// The added or changed tables, the tables their foreign keys connect them to, and those keys.
std::string diagram_section(const schema::Catalog& from, const schema::Catalog& to) {
  std::set<schema::QualifiedName> changed;
  for (const auto& [name, table] : to.tables) {
    const auto* old = previous_table(from, table);
    if (old == nullptr || !(*old == table) || old->name != name) changed.insert(name);
  }
  if (changed.empty()) return "";
  std::set<schema::QualifiedName> shown = changed;
  std::string relations;
  for (const auto& [name, table] : to.tables) {
    for (const auto& constraint : table.constraints) {
      if (constraint.kind != schema::ConstraintKind::foreign_key || !constraint.referenced_table) continue;
      const auto& parent = *constraint.referenced_table;
      if (!changed.contains(name) && !changed.contains(parent)) continue;
      if (!to.tables.contains(parent)) continue;
      shown.insert(name);
      shown.insert(parent);
      relations += fmt::format("  {} ||--o{{ {} : \"{}\"\n", entity_id(parent), entity_id(name), constraint.name);
    }
  }
  std::string out = "### Tables added or changed, with their foreign keys\n\n```mermaid\nerDiagram\n";
  for (const auto& name : shown) {
    const auto& table = to.tables.at(name);
    out += entity_block(table, changed.contains(name) ? previous_table(from, table) : nullptr);
  }
  return out + relations + "```\n\n";
}

}  // namespace

std::vector<KindChangeCount> count_changes(const schema::Catalog& from, const schema::Catalog& to) {
  std::vector<KindChangeCount> out;
  count_map("schemas", from.schemas, to.schemas, out);
  count_map("extensions", from.extensions, to.extensions, out);
  count_map("tables", from.tables, to.tables, out);
  // A table renamed by a hint is one changed table, not one dropped and one added.
  for (const auto& [name, table] : to.tables) {
    if (from.tables.contains(name) || !table.renamed_from.from || !from.tables.contains(*table.renamed_from.from) ||
        to.tables.contains(*table.renamed_from.from))
      continue;
    for (auto& count : out)
      if (count.kind == "tables") --count.added, --count.dropped, ++count.changed;
  }
  count_map("indexes", from.indexes, to.indexes, out);
  count_map("sequences", from.sequences, to.sequences, out);
  count_map("enum types", from.enums, to.enums, out);
  count_map("composite types", from.composite_types, to.composite_types, out);
  count_map("range types", from.range_types, to.range_types, out);
  count_map("collations", from.collations, to.collations, out);
  count_map("domains", from.domains, to.domains, out);
  count_map("views", from.views, to.views, out);
  count_map("functions", from.functions, to.functions, out);
  count_map("triggers", from.triggers, to.triggers, out);
  count_map("policies", from.policies, to.policies, out);
  count_map("rules", from.rules, to.rules, out);
  count_map("statistics", from.statistics, to.statistics, out);
  return out;
}

std::string plan_markdown(const MarkdownReport& report) {
  const auto& plan = report.plan;
  std::size_t hazards = 0;
  bool loses_data = false;
  for (const auto& statement : plan.statements) {
    hazards += statement.hazards.size();
    for (const auto& hazard : statement.hazards) loses_data |= codegen::hazard_info(hazard.code).loses_data;
  }
  std::string out = fmt::format("## pgmorph plan: `{}` → `{}`\n\n", cell(report.labels.from_label),
                                cell(report.labels.to_label));
  if (plan.empty()) return out + "No changes: the two schemas are the same.\n";
  out += fmt::format("**{} statement(s)**, **{} hazard(s)**{}.\n\n", plan.statements.size(), hazards,
                     loses_data ? ", **data loss**" : "");
  if (!report.verification_failure.empty())
    out += "> [!CAUTION]\n> The plan **failed verification** on the scratch server:\n>\n> " +
           cell(report.verification_failure) + "\n\n";
  out += summary_section(report);
  out += hazards_section(plan);
  if (report.probe_results != nullptr) out += probes_section(*report.probe_results);
  out += diagram_section(report.from, report.to);
  out += "### Scripts\n\n";
  out += collapsible(fmt::format("up.sql ({} statements)", plan.statements.size()), report.up_sql) + "\n";
  out += collapsible("down.sql", report.down_sql);
  return out;
}

}  // namespace pgmorph::cli
