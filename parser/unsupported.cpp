// Statements pgmorph does not model. Every one produces a diagnostic: an error for schema
// objects we cannot represent (silently dropping them would make a diff lie), a warning for
// ownership and privileges, which are deliberately out of scope for now.
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
  static const std::set<std::string> two_words = {"FOREIGN", "EVENT", "TEXT", "MATERIALIZED",
                                                  "ACCESS", "USER", "DEFAULT"};
  std::string word = next_word(source, offset);
  while (skipped.count(word) != 0) word = next_word(source, offset);
  std::string name = verb + (word.empty() ? "" : " " + word);
  if (two_words.count(word) != 0 || word == "OPERATOR") {
    std::size_t peek = offset;
    const std::string extra = next_word(source, peek);
    const bool take = word != "OPERATOR" || extra == "CLASS" || extra == "FAMILY";
    if (take && !extra.empty()) name += " " + extra;
  }
  return name;
}

}  // namespace

void translate_unsupported(Context& context, PgQuery__Node* /*stmt*/) {
  context.error("unsupported-statement", command_name(context) + " is not supported");
}

void translate_not_managed(Context& context, std::string_view what) {
  context.warning("not-managed", std::string(what) +
                                     " is ignored: ownership and privileges are not managed");
}

}  // namespace pgmorph::parser
