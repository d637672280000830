// Writing command output to files.
#pragma once

#include <string>

namespace pgmorph::cli {

/// Writes `text` to `path` (replacing it); on failure prints an `io-error` line to stderr
/// and returns false.
bool write_file(const std::string& path, const std::string& text);

}  // namespace pgmorph::cli
