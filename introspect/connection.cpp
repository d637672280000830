#include "introspect/connection.hpp"

#include <libpq-fe.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <vector>

namespace pgmorph::introspect {

namespace {

constexpr std::string_view k_mask = "***";

bool is_url(std::string_view text) {
  return text.starts_with("postgres://") || text.starts_with("postgresql://");
}

/// The scheme of `scheme://…` (RFC 3986 scheme characters), or empty.
std::string_view url_scheme(std::string_view text) {
  const std::size_t end = text.find("://");
  if (end == std::string_view::npos || end == 0 || std::isalpha(static_cast<unsigned char>(text[0])) == 0) return {};
  for (char c : text.substr(0, end))
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '+' && c != '-' && c != '.') return {};
  return text.substr(0, end);
}

bool contains(std::string_view text, std::string_view needle) {
  return text.find(needle) != std::string_view::npos;
}

/// Span [begin, end) of each password value in `conninfo`.
std::vector<std::pair<std::size_t, std::size_t>> password_spans(std::string_view conninfo) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  // Any scheme://user:password@host URL is masked the same way, PostgreSQL's or not: a
  // mistyped mysql:// URL must not print its password either.
  if (!url_scheme(conninfo).empty()) {
    const std::size_t start = conninfo.find("://") + 3;
    // The userinfo ends at the last '@' (a password may contain '/' or '?', a host never
    // contains '@'); over-masking is harmless, leaking is not.
    const std::size_t at = conninfo.rfind('@');
    if (at != std::string_view::npos && at > start) {
      const std::size_t colon = conninfo.find(':', start);
      if (colon != std::string_view::npos && colon < at) spans.emplace_back(colon + 1, at);
    }
    for (std::size_t pos = conninfo.find("password=", start); pos != std::string_view::npos;
         pos = conninfo.find("password=", pos + 1)) {
      const char before = conninfo[pos - 1];
      if (before != '?' && before != '&') continue;
      const std::size_t value = pos + 9;
      const std::size_t end = std::min(conninfo.find('&', value), conninfo.size());
      spans.emplace_back(value, end);
    }
    return spans;
  }
  // Keyword form: `password = value`, value either 'single quoted' with \-escapes or a run
  // of non-blank characters.
  for (std::size_t pos = conninfo.find("password"); pos != std::string_view::npos;
       pos = conninfo.find("password", pos + 1)) {
    if (pos > 0 && std::isspace(static_cast<unsigned char>(conninfo[pos - 1])) == 0) continue;
    std::size_t i = pos + 8;
    while (i < conninfo.size() && conninfo[i] == ' ') ++i;
    if (i >= conninfo.size() || conninfo[i] != '=') continue;
    ++i;
    while (i < conninfo.size() && conninfo[i] == ' ') ++i;
    std::size_t end = i;
    if (end < conninfo.size() && conninfo[end] == '\'') {
      ++end;
      while (end < conninfo.size() && conninfo[end] != '\'') end += conninfo[end] == '\\' ? 2 : 1;
      end = std::min(end + 1, conninfo.size());
    } else {
      while (end < conninfo.size() && std::isspace(static_cast<unsigned char>(conninfo[end])) == 0)
        ++end;
    }
    spans.emplace_back(i, end);
  }
  return spans;
}

void replace_all(std::string& text, std::string_view secret) {
  // Short secrets would mangle ordinary words; libpq never echoes passwords anyway, this
  // is a second line of defence.
  if (secret.size() < 3) return;
  for (std::size_t pos = text.find(secret); pos != std::string::npos;
       pos = text.find(secret, pos + k_mask.size()))
    text.replace(pos, secret.size(), k_mask);
}

std::string percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

/// libpq's reason without the `connection to server at ... failed: ` and `FATAL:  `
/// prefixes, first line only.
std::string reason_line(std::string_view message) {
  std::string_view line = message.substr(0, message.find('\n'));
  if (line.starts_with("connection to server")) {
    const std::size_t failed = line.find("failed: ");
    if (failed != std::string_view::npos) line.remove_prefix(failed + 8);
  }
  for (std::string_view prefix : {"FATAL:  ", "ERROR:  "})
    if (line.starts_with(prefix)) line.remove_prefix(prefix.size());
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())) != 0)
    line.remove_suffix(1);
  return std::string(line.empty() ? std::string_view("unknown error") : line);
}

}  // namespace

bool is_connection_string(std::string_view source) {
  if (is_url(source)) return true;
  const std::size_t eq = source.find('=');
  if (eq == std::string_view::npos) return false;
  std::string_view keyword = source.substr(0, eq);
  while (!keyword.empty() && std::isspace(static_cast<unsigned char>(keyword.front())) != 0)
    keyword.remove_prefix(1);
  while (!keyword.empty() && std::isspace(static_cast<unsigned char>(keyword.back())) != 0)
    keyword.remove_suffix(1);
  if (keyword.empty()) return false;
  PQconninfoOption* options = PQconndefaults();
  bool known = false;
  for (PQconninfoOption* option = options; option != nullptr && option->keyword != nullptr;
       ++option)
    if (keyword == option->keyword) known = true;
  PQconninfoFree(options);
  return known;
}

std::string mask_password(std::string_view conninfo) {
  std::string out(conninfo);
  auto spans = password_spans(conninfo);
  // Replace from the back so earlier offsets stay valid.
  std::sort(spans.begin(), spans.end());
  for (auto it = spans.rbegin(); it != spans.rend(); ++it)
    if (it->second > it->first) out.replace(it->first, it->second - it->first, k_mask);
  return out;
}

std::string scrub_secrets(std::string text, std::string_view conninfo) {
  for (const auto& [begin, end] : password_spans(conninfo)) {
    std::string_view secret = conninfo.substr(begin, end - begin);
    if (secret.size() >= 2 && secret.front() == '\'' && secret.back() == '\'')
      secret = secret.substr(1, secret.size() - 2);
    replace_all(text, secret);
    replace_all(text, percent_decode(secret));
  }
  if (const char* env = std::getenv("PGPASSWORD"); env != nullptr) replace_all(text, env);
  return text;
}

bool looks_like_url(std::string_view source) { return !url_scheme(source).empty(); }

std::optional<schema::Diagnostic> connection_string_problem(std::string_view conninfo) {
  const std::string where = mask_password(conninfo);
  const std::string_view scheme = url_scheme(conninfo);
  if (!scheme.empty() && !is_url(conninfo))
    return schema::Diagnostic{schema::Severity::error, "unsupported-source",
                              fmt::format("{} is a {}:// URL: pgmorph reads PostgreSQL databases (postgres:// or "
                                          "postgresql://), .sql files, directories and .json snapshots",
                                          where, scheme),
                              std::nullopt};
  if (is_url(conninfo)) {
    // libpq splits user:password@host at the first '@', so an unencoded '@' in a password
    // sends the rest of the password to DNS as a host name, and into error messages.
    const std::size_t start = conninfo.find("://") + 3;
    const std::size_t authority_end = std::min(conninfo.find('/', start), conninfo.find('?', start));
    const std::string_view authority = conninfo.substr(start, authority_end - start);
    if (std::count(authority.begin(), authority.end(), '@') > 1)
      return schema::Diagnostic{schema::Severity::error, "bad-connection-string",
                                "the user name or password of " + where +
                                    " holds an unencoded '@': percent-encode it as %40",
                                std::nullopt};
  }
  // libpq's own parser decides what the string means; its complaint is scrubbed of secrets.
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(std::string(conninfo).c_str(), &error);
  if (options == nullptr) {
    std::string reason = error != nullptr ? reason_line(error) : "out of memory";
    if (error != nullptr) PQfreemem(error);
    return schema::Diagnostic{schema::Severity::error, "bad-connection-string",
                              "cannot use the connection string " + where + ": " + scrub_secrets(reason, conninfo),
                              std::nullopt};
  }
  PQconninfoFree(options);
  return std::nullopt;
}

ConnectionProblem classify_connection_error(std::string_view message) {
  static constexpr std::array k_auth = {"password authentication failed", "no password supplied",
                                        "authentication failed",          "fe_sendauth",
                                        "no pg_hba.conf entry",           "SCRAM authentication"};
  static constexpr std::array k_unreachable = {"could not connect",
                                               "Connection refused",
                                               "could not translate host name",
                                               "No such file or directory",
                                               "timeout expired",
                                               "Network is unreachable",
                                               "No route to host",
                                               "server closed the connection unexpectedly",
                                               "Connection timed out",
                                               "Name or service not known",
                                               "could not receive data from server"};
  if (contains(message, "database \"") && contains(message, "\" does not exist"))
    return ConnectionProblem::missing_database;
  if (contains(message, "role \"") && contains(message, "\" does not exist"))
    return ConnectionProblem::authentication;
  for (std::string_view needle : k_auth)
    if (contains(message, needle)) return ConnectionProblem::authentication;
  if (contains(message, "permission denied") || contains(message, "not permitted to log in") ||
      contains(message, "must be superuser") || contains(message, "insufficient privilege"))
    return ConnectionProblem::privilege;
  for (std::string_view needle : k_unreachable)
    if (contains(message, needle)) return ConnectionProblem::unreachable;
  return ConnectionProblem::other;
}

schema::Diagnostic connection_diagnostic(std::string_view libpq_message,
                                         std::string_view conninfo) {
  const std::string where = mask_password(conninfo);
  const std::string reason = scrub_secrets(reason_line(libpq_message), conninfo);
  switch (classify_connection_error(libpq_message)) {
  case ConnectionProblem::unreachable:
    return {schema::Severity::error, "server-unreachable",
            "cannot reach the PostgreSQL server (" + where + "): " + reason, std::nullopt};
  case ConnectionProblem::authentication:
    return {schema::Severity::error, "authentication-failed",
            "authentication failed (" + where + "): " + reason, std::nullopt};
  case ConnectionProblem::missing_database:
    return {schema::Severity::error, "database-missing", reason + " (" + where + ")", std::nullopt};
  case ConnectionProblem::privilege:
    return {schema::Severity::error, "insufficient-privilege",
            "insufficient privilege (" + where + "): " + reason, std::nullopt};
  case ConnectionProblem::other:
    break;
  }
  return {schema::Severity::error, "connection-failed", "cannot connect (" + where + "): " + reason,
          std::nullopt};
}

}  // namespace pgmorph::introspect
