#include "cli/options.hpp"

namespace pgmorph::cli {

std::optional<std::string> ParsedOptions::get(const std::string& name) const {
  auto found = values.find(name);
  if (found == values.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> ParsedOptions::all(const std::string& name) const {
  auto found = lists.find(name);
  if (found == lists.end()) return {};
  return found->second;
}

std::optional<ParsedOptions> parse_options(const std::vector<std::string>& args,
                                           const OptionSpec& spec, std::string& error) {
  ParsedOptions parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (!arg.starts_with("--")) {
      parsed.positional.push_back(arg);
      continue;
    }
    std::string name = arg;
    std::optional<std::string> value;
    if (auto eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    if (spec.flags.contains(name) && !value) {
      parsed.flags.insert(name);
      continue;
    }
    const bool repeated = spec.repeated.contains(name);
    if (!spec.with_value.contains(name) && !repeated) {
      error = "unknown option " + name;
      return std::nullopt;
    }
    if (!value) {
      if (i + 1 >= args.size()) {
        error = "option " + name + " needs a value";
        return std::nullopt;
      }
      value = args[++i];
    }
    if (repeated) {
      parsed.lists[name].push_back(*value);
      continue;
    }
    if (parsed.values.contains(name)) {
      error = "option " + name + " given twice";
      return std::nullopt;
    }
    parsed.values[name] = *value;
  }
  return parsed;
}

}  // namespace pgmorph::cli
