#include "cli/output.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>

namespace pgmorph::cli {

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    fmt::print(stderr, "pgmorph: error[io-error]: cannot write {}\n", path);
    return false;
  }
  return true;
}

}  // namespace pgmorph::cli
