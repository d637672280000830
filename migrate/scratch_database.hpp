// A throwaway database on a scratch ("dev") server: created empty from template0 with a
// unique name, dropped when the object goes away. Used to verify plans and to load schema
// files that hold statements pgmorph cannot read from text.
#pragma once

#include "schema/diagnostic.hpp"

#include <memory>
#include <optional>
#include <string>

namespace pgmorph::migrate {

class ScratchDatabase {
 public:
  /// Creates `pgmorph_scratch_<pid>_<random>` through `server_conninfo` (any database the
  /// role may connect to; the role needs CREATEDB). Empty after a connection or
  /// CREATE DATABASE error in `diagnostics` (code `dev-server`), naming the server masked.
  static std::unique_ptr<ScratchDatabase> create(const std::string& server_conninfo,
                                                 schema::Diagnostics& diagnostics);
  /// Drops the database (WITH (FORCE)); a failure to drop is printed as a warning.
  ~ScratchDatabase();
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  /// How to connect to the scratch database (a keyword/value string).
  const std::string& conninfo() const { return m_conninfo; }
  const std::string& name() const { return m_name; }

 private:
  ScratchDatabase(std::string server_conninfo, std::string name, std::string conninfo);
  std::string m_server_conninfo;
  std::string m_name;
  std::string m_conninfo;
};

/// The scratch server named by `--dev-url` or else the environment variable
/// PGMORPH_DEV_URL; empty when neither is set.
std::optional<std::string> dev_server_url(const std::optional<std::string>& option);

}  // namespace pgmorph::migrate
