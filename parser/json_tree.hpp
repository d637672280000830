// Parse trees built from libpg_query's JSON output instead of its protobuf output.
//
// Why: libpg_query converts its parse tree to protobuf-c messages and packs them, and we
// unpack them again. protobuf-c packs a `Node` (a oneof over ~250 node types) by visiting
// every member, so a CREATE TABLE costs about six times more as protobuf than as JSON;
// packing and unpacking were two thirds of parsing a 10,000-table schema. The JSON carries
// the same fields (named as in PostgreSQL's node structs), so the same protobuf-c structs
// can be filled from it directly, through the message descriptors.
#pragma once

#include <string_view>

#include "parser/proto.hpp"

namespace pgmorph::parser {

/// The parse result that `pg_query__parse_result__unpack` would give for the protobuf
/// form of `json` (the `parse_tree` of a successful `pg_query_parse` of `source`),
/// allocated in `arena`; nullptr when the JSON holds a field or value the builder does not map, in
/// which case callers parse with protobuf output instead. Under PGMORPH_CHECK_DEPARSE the
/// caller compares both trees (packed bytes must be equal).
PgQuery__ParseResult* tree_from_json(const char* json, std::string_view source, ProtoArena& arena);

}  // namespace pgmorph::parser
