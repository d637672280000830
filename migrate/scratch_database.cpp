#include "migrate/scratch_database.hpp"

#include "introspect/connection.hpp"
#include "migrate/sql_session.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <random>

namespace pgmorph::migrate {

namespace {

std::string unique_name() {
  std::random_device entropy;
  std::mt19937_64 generator((static_cast<std::uint64_t>(entropy()) << 32U) ^ entropy());
  return fmt::format("pgmorph_scratch_{}_{:012x}", static_cast<long>(getpid()),
                     generator() & 0xffffffffffffULL);
}

schema::Diagnostic dev_server_error(const std::string& message, const std::string& server) {
  return {schema::Severity::error, "dev-server",
          fmt::format("scratch server {}: {}", introspect::mask_password(server), message), std::nullopt};
}

}  // namespace

ScratchDatabase::ScratchDatabase(std::string server_conninfo, std::string name, std::string conninfo)
    : m_server_conninfo(std::move(server_conninfo)), m_name(std::move(name)), m_conninfo(std::move(conninfo)) {}

std::unique_ptr<ScratchDatabase> ScratchDatabase::create(const std::string& server_conninfo,
                                                        schema::Diagnostics& diagnostics) {
  const std::string name = unique_name();
  const auto conninfo = with_database(server_conninfo, name);
  if (!conninfo) {
    diagnostics.push_back(dev_server_error("not a valid connection string", server_conninfo));
    return nullptr;
  }
  SqlSession admin(server_conninfo, diagnostics);
  if (!admin.ok()) return nullptr;
  // template0: whatever the server's template1 holds (extensions, tables) must not leak
  // into the states being compared.
  if (auto error = admin.execute(fmt::format("CREATE DATABASE \"{}\" TEMPLATE template0", name))) {
    diagnostics.push_back(dev_server_error(
        fmt::format("cannot create a scratch database: {} ({})", error->message, error->sqlstate),
        server_conninfo));
    return nullptr;
  }
  return std::unique_ptr<ScratchDatabase>(new ScratchDatabase(server_conninfo, name, *conninfo));
}

ScratchDatabase::~ScratchDatabase() {
  schema::Diagnostics ignored;
  SqlSession admin(m_server_conninfo, ignored);
  std::optional<ServerError> error;
  if (admin.ok()) error = admin.execute(fmt::format("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", m_name));
  if (!admin.ok() || error)
    fmt::print(stderr, "pgmorph: warning: could not drop scratch database {}{}\n", m_name,
               error ? ": " + error->message : std::string());
}

std::optional<std::string> dev_server_url(const std::optional<std::string>& option) {
  if (option && !option->empty()) return option;
  const char* environment = std::getenv("PGMORPH_DEV_URL");
  if (environment != nullptr && *environment != '\0') return std::string(environment);
  return std::nullopt;
}

}  // namespace pgmorph::migrate
