// SHA-256 (FIPS 180-4) for the checksums of migration files and pgmorph.sum. Written here
// rather than taken from OpenSSL so the migrate layer needs no crypto library.
#pragma once

#include <string>
#include <string_view>

namespace pgmorph::migrate {

/// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace pgmorph::migrate
