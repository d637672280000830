// Internal to server_canonical: the probe objects created in pg_temp, how their server
// rendering is read back, and how it is copied into the desired catalog.
#pragma once

#include "introspect/rows.hpp"
#include "schema/model.hpp"

#include <pqxx/pqxx>

#include <map>
#include <string>
#include <vector>

namespace pgmorph::introspect {

/// The element of `items` whose `name` is `name`, or null.
template <typename Named>
const Named* find_named(const std::vector<Named>& items, const std::string& name) {
  for (const auto& item : items)
    if (item.name == name) return &item;
  return nullptr;
}

template <typename Named>
Named* find_named(std::vector<Named>& items, const std::string& name) {
  for (auto& item : items)
    if (item.name == name) return &item;
  return nullptr;
}

/// One desired table copied into pg_temp, and what was probed on it.
struct TableProbe {
  schema::QualifiedName table;
  std::string probe;                     ///< name of the temp table
  std::vector<std::string> defaults;     ///< columns whose default was set on the probe
  std::vector<std::string> generated;    ///< columns created with their expression
  std::vector<std::string> constraints;  ///< CHECK / EXCLUDE constraints added
};

/// Every probe created in one transaction, by the temp name it was given.
struct ProbeSet {
  std::vector<TableProbe> tables;
  std::map<std::string, schema::QualifiedName> indexes;  ///< probe name -> desired index
  std::map<std::string, schema::QualifiedName> views;    ///< probe name -> desired view
  std::map<std::string, schema::QualifiedName> domains;  ///< probe name -> desired domain
  std::map<std::string, schema::FunctionKey> functions;  ///< probe name -> desired routine
};

/// Reads the server's rendering of every probe (with the session's search_path empty) as
/// rows named like the desired objects they stand for.
CatalogRows read_probes(pqxx::nontransaction& tx, const schema::Catalog& desired,
                        const ProbeSet& probes);

/// Copies the server-rendered fields of `probed` (the rows, written, parsed and normalized)
/// into `desired`: expressions, definitions and the references they make.
void adopt_probed(const schema::Catalog& probed, const ProbeSet& probes, schema::Catalog& desired);

}  // namespace pgmorph::introspect
