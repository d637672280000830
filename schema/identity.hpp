// The sequence options of an identity column, kept in the model as canonical text so that
// columns compare with `==`: only the options that differ from what PostgreSQL would choose,
// in a fixed order, e.g. `INCREMENT BY 5 MINVALUE -100 MAXVALUE 100`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pgmorph::schema {

/// Non-default identity sequence options; an unset field means PostgreSQL's default for the
/// column type and the direction of `increment` (start: MINVALUE going up, MAXVALUE down).
struct IdentityOptions {
  std::optional<std::int64_t> increment;
  std::optional<std::int64_t> min_value;
  std::optional<std::int64_t> max_value;
  std::optional<std::int64_t> start;
  std::optional<std::int64_t> cache;
  bool cycle = false;

  bool operator==(const IdentityOptions&) const = default;

  /// The increment in effect (1 when unset).
  std::int64_t step() const { return increment.value_or(1); }
  /// The start in effect: START WITH, else MINVALUE going up (1 by default) and MAXVALUE
  /// going down (-1 by default), whatever the column type.
  std::int64_t effective_start() const;
};

/// The canonical text: `INCREMENT BY n MINVALUE n MAXVALUE n START WITH n CACHE n CYCLE`,
/// each part only when set; empty when every option is the default.
std::string identity_options_text(const IdentityOptions& options);

/// Reads back what identity_options_text() wrote; empty options for text it did not write.
IdentityOptions parse_identity_options(std::string_view text);

}  // namespace pgmorph::schema
