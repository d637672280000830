// The help of every command, in one table: `pgmorph <command> --help`, the man page
// (`pgmorph man`) and the shell completions (`pgmorph completions bash|zsh`) are all made
// from it, so they cannot disagree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pgmorph::cli {

/// One option of a command: its spelling (`--from SRC`) and what it does.
struct OptionHelp {
  std::string_view spelling;
  std::string_view meaning;
};

/// The help of one command.
struct CommandHelp {
  std::string_view name;
  std::string_view summary;   ///< one line, for the command list
  std::string_view synopsis;  ///< `pgmorph diff --from SRC --to SRC [options]`
  std::string_view description;
  std::vector<OptionHelp> options;
  std::vector<std::string_view> examples;  ///< shell lines; a line starting with '#' explains the next
};

/// Every command, in the order `pgmorph --help` lists them.
const std::vector<CommandHelp>& command_helps();

/// The entry for `name`, or nullptr.
const CommandHelp* find_command_help(std::string_view name);

/// `pgmorph <command> --help`: synopsis, description, options, examples.
std::string render_command_help(const CommandHelp& help);

/// The man page pgmorph(1) in roff, from the same table.
std::string render_man_page();

/// A completion script for `shell` ("bash" or "zsh"); empty for another shell.
std::string render_completions(std::string_view shell);

}  // namespace pgmorph::cli
