// One libpq connection that runs SQL statement by statement and keeps the server's error
// fields (SQLSTATE, message, DETAIL, HINT), so a failing statement can be quoted exactly.
// libpq directly rather than libpqxx: libpqxx 6 folds DETAIL and HINT into one message.
#pragma once

#include "schema/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

struct pg_conn;

namespace pgmorph::migrate {

/// What the server said about a failed statement.
struct ServerError {
  std::string sqlstate;  ///< e.g. `42P07`
  std::string message;   ///< the primary message
  std::string detail;    ///< empty when the server sent none
  std::string hint;      ///< empty when the server sent none
  int position = 0;      ///< 1-based character offset into the statement; 0 when not sent
};

/// An open connection in autocommit mode: each statement runs as the server receives it,
/// so BEGIN / COMMIT in a script delimit transactions exactly as under psql.
class SqlSession {
 public:
  /// Connects to `conninfo` (URL or keyword/value string; libpq fills the rest from PG*
  /// variables). On failure ok() is false and `diagnostics` holds one connection error
  /// with the password masked.
  SqlSession(const std::string& conninfo, schema::Diagnostics& diagnostics);
  ~SqlSession();
  SqlSession(const SqlSession&) = delete;
  SqlSession& operator=(const SqlSession&) = delete;

  bool ok() const { return m_connection != nullptr; }

  /// Runs `sql` (one statement, or several with the simple query protocol); the server's
  /// error when it fails. Notices are discarded.
  std::optional<ServerError> execute(const std::string& sql);

  /// Runs a query and gives the first column of its first row in `value` ("" when there is
  /// no row); the server's error when it fails.
  std::optional<ServerError> query_value(const std::string& sql, std::string& value);

  /// Runs a query and gives every row (NULL as ""); the server's error when it fails.
  std::optional<ServerError> query_rows(const std::string& sql, std::vector<std::vector<std::string>>& rows);

  /// The server process id of this connection (0 when not connected).
  int backend_pid() const;

  /// Asks the server to cancel the statement running on this connection; callable from
  /// another thread or a signal-safe context of the caller's choosing. False when it failed.
  bool cancel();

  /// True while a transaction block is open (after a BEGIN without its COMMIT).
  bool in_transaction() const;

 private:
  pg_conn* m_connection = nullptr;
};

/// `conninfo` naming database `dbname` instead, every other setting kept. The result is a
/// keyword/value string. Empty when libpq cannot parse `conninfo`.
std::optional<std::string> with_database(const std::string& conninfo, const std::string& dbname);

/// `value` quoted for a libpq keyword/value string.
std::string quote_conninfo_value(const std::string& value);

}  // namespace pgmorph::migrate
