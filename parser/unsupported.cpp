// Statements pgmorph does not model. Every one produces a diagnostic: an error for schema
// objects we cannot represent (silently dropping them would make a diff lie), a warning for
// what deliberately stays out of scope (role memberships, default privileges, privileges on
// the database and other cluster-level objects).
#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "parser/translate.hpp"

namespace pgmorph::parser {

namespace {

// Reads the next keyword-like word at `offset`, upper-cased; empty when none.
std::string next_word(const SourceMap& source, std::size_t& offset) {
  offset = source.skip_blanks(offset);
  const std::string_view text = source.text();
  std::string word;
  while (offset < text.size() &&
         (std::isalpha(static_cast<unsigned char>(text[offset])) != 0 || text[offset] == '_')) {
    word += static_cast<char>(std::toupper(static_cast<unsigned char>(text[offset])));
    ++offset;
  }
  return word;
}

// The command name for messages, e.g. `CREATE RULE`, `CREATE FOREIGN TABLE`, `INSERT`,
// read from the statement's leading keywords (messages only; never used as schema text).
std::string command_name(const Context& context) {
  const SourceMap& source = context.source();
  std::size_t offset = context.statement_start();

  std::string verb = next_word(source, offset);
  if (verb.empty()) return "this statement";
  if (verb != "CREATE" && verb != "ALTER" && verb != "DROP") return verb;
  static const std::set<std::string> skipped = {"OR",   "REPLACE",   "TEMP",   "TEMPORARY",
                                                 "UNLOGGED", "UNIQUE", "TRUSTED", "PROCEDURAL",
                                                 "GLOBAL", "LOCAL", "RECURSIVE", "CONSTRAINT"};
  // Object kinds spelled with several words: CREATE FOREIGN DATA WRAPPER, ALTER TEXT SEARCH
  // CONFIGURATION, CREATE OPERATOR CLASS, CREATE MATERIALIZED VIEW...
  static const std::set<std::string> first_of_many = {"FOREIGN", "EVENT", "TEXT", "MATERIALIZED",
                                                      "ACCESS", "USER", "DEFAULT", "OPERATOR"};
  static const std::set<std::string> continuation = {
      "DATA",  "WRAPPER",    "TABLE",         "TRIGGER",    "SEARCH", "CONFIGURATION",
      "DICTIONARY", "PARSER", "TEMPLATE", "VIEW", "METHOD", "MAPPING", "CLASS",
      "FAMILY", "PRIVILEGES"};
  std::string word = next_word(source, offset);
  while (skipped.count(word) != 0) word = next_word(source, offset);
  std::string name = verb + (word.empty() ? "" : " " + word);
  if (first_of_many.count(word) != 0) {
    for (std::size_t peek = offset;;) {
      const std::string extra = next_word(source, peek);
      if (continuation.count(extra) == 0) break;
      name += " " + extra;
    }
  }
  return name;
}

}  // namespace

void translate_unsupported(Context& context, PgQuery__Node* /*stmt*/) {
  context.error("unsupported-statement", command_name(context) + " is not supported");
}

void translate_needs_server(Context& context) {
  context.error("needs-dev-server",
                command_name(context) + " cannot be read from text: give a scratch server with "
                "--dev-url URL (or PGMORPH_DEV_URL) and pgmorph loads the files there and reads "
                "the resulting schema");
}

std::string object_type_name(PgQuery__ObjectType type) {
  // The protobuf enum names are PostgreSQL's: OBJECT_FOREIGN_TABLE -> "FOREIGN TABLE".
  const ProtobufCEnumValue* value =
      protobuf_c_enum_descriptor_get_value(&pg_query__object_type__descriptor, type);
  std::string name = value != nullptr ? value->name : "OBJECT";
  if (name.rfind("OBJECT_", 0) == 0) name.erase(0, 7);
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

void translate_not_managed(Context& context, std::string_view what, std::string_view why) {
  context.warning("not-managed", std::string(what) + " is ignored: " + std::string(why));
}

}  // namespace pgmorph::parser
