// Connection strings: recognizing them, hiding their password, and turning libpq's
// connection errors into one clear line. Nothing here opens a connection.
#pragma once

#include "schema/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pgmorph::introspect {

/// True for a `postgres://` / `postgresql://` URL, or a libpq keyword/value string whose
/// first keyword libpq knows (`host=db dbname=app`). Anything else is a path.
bool is_connection_string(std::string_view source);

/// The connection string with every password replaced by `***`: the `user:password@` part
/// and a `password=` query parameter of a URL, the `password=` keyword of the keyword form
/// (quoted or not). Safe to print.
std::string mask_password(std::string_view conninfo);

/// `text` with every password found in `conninfo` (and PGPASSWORD) replaced by `***`, for
/// messages that came from libpq or the server.
std::string scrub_secrets(std::string text, std::string_view conninfo);

/// True for any `scheme://…` text (a URL, PostgreSQL's or another database's).
bool looks_like_url(std::string_view source);

/// Why `conninfo` cannot be used, before anything connects: a URL of another scheme
/// (`mysql://…`), an unencoded '@' in a URL's user or password (libpq would send part of the
/// password to DNS and into its error), or what libpq's PQconninfoParse rejects. The
/// message holds the masked string only.
std::optional<schema::Diagnostic> connection_string_problem(std::string_view conninfo);

/// What went wrong while connecting, as far as libpq's message tells.
enum class ConnectionProblem { unreachable, authentication, missing_database, privilege, other };

/// Classifies libpq's connection error message (or a server error raised at login).
ConnectionProblem classify_connection_error(std::string_view message);

/// One `error` diagnostic, one line, password masked: code `server-unreachable`,
/// `authentication-failed`, `database-missing`, `insufficient-privilege` or
/// `connection-failed`, naming the masked connection string and libpq's reason.
schema::Diagnostic connection_diagnostic(std::string_view libpq_message, std::string_view conninfo);

}  // namespace pgmorph::introspect
