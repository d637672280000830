// The catalog queries (queries/*.sql, embedded at build time by cmake/EmbedSql.cmake) and
// the one-line preprocessor that adapts them to the server version.
#pragma once

#include <string>
#include <string_view>

namespace pgmorph::introspect {

/// Keeps the lines a server of `server_version` (server_version_num, e.g. 150004) needs.
/// Directives are SQL comments on lines of their own, not nested:
///   --#if server_version >= 130000
///   --#else
///   --#endif
/// Catalog columns differ between versions (pg_trigger.tgparentid from 13,
/// pg_attribute.attcompression from 14, attstattarget nullable from 17), and a query that
/// names a missing column fails as a whole. Throws schema::InternalError on a malformed
/// directive (a bug in a query file).
std::string prepare_query(std::string_view text, int server_version);

}  // namespace pgmorph::introspect
