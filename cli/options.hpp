// A small, strict option parser: `--name value`, `--name=value` and flags. Unknown options
// are errors (a misspelt option must never be ignored).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pgmorph::cli {

struct OptionSpec {
  std::set<std::string> with_value;  ///< e.g. "--from"
  std::set<std::string> flags;       ///< e.g. "--exit-code"
  std::set<std::string> repeated;    ///< options with a value that may be given many times
};

struct ParsedOptions {
  std::map<std::string, std::string> values;
  std::map<std::string, std::vector<std::string>> lists;  ///< repeated options, in order
  std::set<std::string> flags;
  std::vector<std::string> positional;

  std::optional<std::string> get(const std::string& name) const;
  bool has(const std::string& name) const { return flags.contains(name); }
  /// Every value of a repeated option (empty when not given).
  std::vector<std::string> all(const std::string& name) const;
};

/// Parses `args`; on error returns nothing and sets `error` to a one-line message.
std::optional<ParsedOptions> parse_options(const std::vector<std::string>& args,
                                           const OptionSpec& spec, std::string& error);

}  // namespace pgmorph::cli
