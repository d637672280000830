#include "cli/commands.hpp"

#include <array>
#include <functional>
#include <string_view>

#include <fmt/format.h>

#include "cli/help_text.hpp"

namespace pgmorph::cli {

namespace {

int run_completions(const std::vector<std::string>& args);
int run_man(const std::vector<std::string>& args);

/// The commands; each has its help in command_helps() (a unit test checks both ways).
struct Command {
  std::string_view name;
  int (*run)(const std::vector<std::string>&);
};

constexpr std::array k_commands = {
    Command{"diff", &run_diff},
    Command{"plan", &run_plan},
    Command{"dump", &run_dump},
    Command{"check", &run_check},
    Command{"lint", &run_lint},
    Command{"apply", &run_apply},
    Command{"rollback", &run_rollback},
    Command{"status", &run_status},
    Command{"rehash", &run_rehash},
    Command{"baseline", &run_baseline},
    Command{"repair", &run_repair},
    Command{"completions", &run_completions},
    Command{"man", &run_man},
};

int print_usage(std::FILE* stream) {
  fmt::print(stream, "usage: pgmorph <command> [options]\n\ncommands:\n");
  for (const auto& help : command_helps()) fmt::print(stream, "  {:<11} {}\n", help.name, help.summary);
  fmt::print(stream,
             "\n'pgmorph <command> --help' shows a command's options and examples; 'pgmorph man' the\n"
             "whole manual. -V / --version prints the version.\n"
             "\nexit codes: 0 written / equal, 2 changes (diff --exit-code, check) or pending (status),\n"
             "  1 user error, 3 plan failed verification or has refused hazards, 70 internal error,\n"
             "  130 apply/rollback interrupted (SIGINT/SIGTERM; state recorded, lock released)\n");
  return stream == stdout ? k_exit_ok : k_exit_user_error;
}

int run_completions(const std::vector<std::string>& args) {
  const std::string script = args.size() == 1 ? render_completions(args[0]) : "";
  if (script.empty()) {
    fmt::print(stderr, "pgmorph completions: error: usage: pgmorph completions bash|zsh\n");
    return k_exit_user_error;
  }
  fmt::print("{}", script);
  return k_exit_ok;
}

int run_man(const std::vector<std::string>& args) {
  if (!args.empty()) {
    fmt::print(stderr, "pgmorph man: error: takes no arguments\n");
    return k_exit_user_error;
  }
  fmt::print("{}", render_man_page());
  return k_exit_ok;
}

}  // namespace

std::vector<std::string_view> command_names() {
  std::vector<std::string_view> names;
  for (const auto& command : k_commands) names.push_back(command.name);
  return names;
}

int run(const std::vector<std::string>& args) {
  if (args.empty()) return print_usage(stderr);
  const std::string& name = args.front();
  if (name == "--help" || name == "-h") return print_usage(stdout);
  if (name == "help") {
    if (args.size() == 1) return print_usage(stdout);
    const CommandHelp* help = find_command_help(args[1]);
    if (help == nullptr) {
      fmt::print(stderr, "pgmorph: error: unknown command '{}' (try 'pgmorph --help')\n", args[1]);
      return k_exit_user_error;
    }
    fmt::print("{}", render_command_help(*help));
    return k_exit_ok;
  }
  if (name == "--version" || name == "-V") {
    fmt::print("pgmorph 0.1.0\n");
    return k_exit_ok;
  }
  for (const auto& command : k_commands) {
    if (command.name != name) continue;
    // `--help` anywhere after the command wins over everything else on the line.
    for (auto it = args.begin() + 1; it != args.end(); ++it) {
      if (*it != "--help" && *it != "-h") continue;
      fmt::print("{}", render_command_help(*find_command_help(name)));
      return k_exit_ok;
    }
    if (command.name == name)
      return command.run(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  fmt::print(stderr, "pgmorph: error: unknown command '{}' (try 'pgmorph --help')\n", name);
  return k_exit_user_error;
}

}  // namespace pgmorph::cli
