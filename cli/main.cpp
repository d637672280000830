// Entry point: runs a command and maps broken invariants to exit code 70.
#include <exception>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "schema/diagnostic.hpp"

int main(int argc, char** argv) {
  try {
    return pgmorph::cli::run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const pgmorph::schema::InternalError& error) {
    fmt::print(stderr, "pgmorph: internal error: {}\nThis is a bug in pgmorph; please report it "
                       "with the input that triggered it.\n", error.what());
  } catch (const std::exception& error) {
    fmt::print(stderr, "pgmorph: internal error: {}\nThis is a bug in pgmorph; please report it "
                       "with the input that triggered it.\n", error.what());
  }
  return pgmorph::cli::k_exit_internal;
}
