#include "migrate/sql_session.hpp"

#include "introspect/connection.hpp"

#include <libpq-fe.h>

#include <cstdlib>

namespace pgmorph::migrate {

namespace {

std::string field(const PGresult* result, int code) {
  const char* value = PQresultErrorField(result, code);
  return value != nullptr ? value : "";
}

void ignore_notice(void* /*arg*/, const PGresult* /*result*/) {}

}  // namespace

SqlSession::SqlSession(const std::string& conninfo, schema::Diagnostics& diagnostics) {
  if (auto problem = introspect::connection_string_problem(conninfo)) {
    diagnostics.push_back(*problem);
    return;
  }
  PGconn* connection = PQconnectdb(conninfo.c_str());
  if (connection == nullptr || PQstatus(connection) != CONNECTION_OK) {
    const std::string message = connection != nullptr ? PQerrorMessage(connection) : "out of memory";
    if (connection != nullptr) PQfinish(connection);
    diagnostics.push_back(introspect::connection_diagnostic(message, conninfo));
    return;
  }
  PQsetNoticeReceiver(connection, ignore_notice, nullptr);
  m_connection = connection;
}

SqlSession::~SqlSession() {
  if (m_connection != nullptr) PQfinish(m_connection);
}

namespace {

/// The error a failed result carries, or nothing when `result` succeeded.
std::optional<ServerError> error_of(pg_conn* connection, PGresult* result) {
  const ExecStatusType status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status != PGRES_FATAL_ERROR && status != PGRES_NONFATAL_ERROR && status != PGRES_BAD_RESPONSE)
    return std::nullopt;
  if (result != nullptr && PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) != nullptr)
    return ServerError{field(result, PG_DIAG_SQLSTATE), field(result, PG_DIAG_MESSAGE_PRIMARY),
                       field(result, PG_DIAG_MESSAGE_DETAIL), field(result, PG_DIAG_MESSAGE_HINT),
                       std::atoi(field(result, PG_DIAG_STATEMENT_POSITION).c_str())};
  // No result fields: the connection itself failed (server gone, out of memory).
  std::string message = PQerrorMessage(connection);
  while (!message.empty() && message.back() == '\n') message.pop_back();
  return ServerError{"08006", message, "", "", 0};
}

}  // namespace

std::optional<ServerError> SqlSession::execute(const std::string& sql) {
  if (m_connection == nullptr) return ServerError{"08003", "no connection", "", "", 0};
  PGresult* result = PQexec(m_connection, sql.c_str());
  const ExecStatusType status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  std::optional<ServerError> error = error_of(m_connection, result);
  if (!error && (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH)) {
    // COPY needs a data stream a script run cannot give; end it and report.
    PQclear(result);
    while ((result = PQgetResult(m_connection)) != nullptr) PQclear(result);
    return ServerError{"0A000", "COPY to or from the client is not supported here", "", "", 0};
  }
  if (result != nullptr) PQclear(result);
  return error;
}

std::optional<ServerError> SqlSession::query_value(const std::string& sql, std::string& value) {
  value.clear();
  if (m_connection == nullptr) return ServerError{"08003", "no connection", "", "", 0};
  PGresult* result = PQexec(m_connection, sql.c_str());
  if (result != nullptr && PQresultStatus(result) == PGRES_TUPLES_OK) {
    if (PQntuples(result) > 0 && PQnfields(result) > 0) value = PQgetvalue(result, 0, 0);
    PQclear(result);
    return std::nullopt;
  }
  auto error = error_of(m_connection, result);
  if (result != nullptr) PQclear(result);
  return error ? error : ServerError{"XX000", "the query returned no result rows", "", "", 0};
}

std::optional<ServerError> SqlSession::query_rows(const std::string& sql,
                                                  std::vector<std::vector<std::string>>& rows) {
  rows.clear();
  if (m_connection == nullptr) return ServerError{"08003", "no connection", "", "", 0};
  PGresult* result = PQexec(m_connection, sql.c_str());
  if (result != nullptr && PQresultStatus(result) == PGRES_TUPLES_OK) {
    for (int row = 0; row < PQntuples(result); ++row) {
      std::vector<std::string> values;
      for (int column = 0; column < PQnfields(result); ++column) values.emplace_back(PQgetvalue(result, row, column));
      rows.push_back(std::move(values));
    }
    PQclear(result);
    return std::nullopt;
  }
  auto error = error_of(m_connection, result);
  if (result != nullptr) PQclear(result);
  return error ? error : ServerError{"XX000", "the query returned no result rows", "", "", 0};
}

int SqlSession::backend_pid() const { return m_connection != nullptr ? PQbackendPID(m_connection) : 0; }

bool SqlSession::cancel() {
  if (m_connection == nullptr) return false;
  PGcancel* handle = PQgetCancel(m_connection);
  if (handle == nullptr) return false;
  char message[256];
  const bool sent = PQcancel(handle, message, sizeof message) == 1;
  PQfreeCancel(handle);
  return sent;
}

bool SqlSession::in_transaction() const {
  if (m_connection == nullptr) return false;
  const PGTransactionStatusType status = PQtransactionStatus(m_connection);
  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

std::string quote_conninfo_value(const std::string& value) {
  std::string quoted = "'";
  for (const char c : value) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

std::optional<std::string> with_database(const std::string& conninfo, const std::string& dbname) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
  if (options == nullptr) {
    if (error != nullptr) PQfreemem(error);
    return std::nullopt;
  }
  std::string result;
  for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
    const std::string keyword = option->keyword;
    if (keyword == "dbname" || option->val == nullptr) continue;
    result += keyword + "=" + quote_conninfo_value(option->val) + " ";
  }
  PQconninfoFree(options);
  return result + "dbname=" + quote_conninfo_value(dbname);
}

}  // namespace pgmorph::migrate
