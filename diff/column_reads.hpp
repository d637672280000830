// Which columns an expression stored as text reads, for ordering and cascades inside a
// table (a generated column over a column whose type changes).
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace pgmorph::diff {

/// Every identifier in `expression`: unquoted ones folded to lower case as PostgreSQL does,
/// quoted ones as written; string literals and keywords alike are included (an
/// over-approximation: a name that is no column of the table matches nothing).
std::set<std::string> identifiers_in(std::string_view expression);

/// `text` with every identifier equal to `from` (by identifiers_in's rules) written as
/// `to` (quoted where needed); string literals are left alone. For the definitions of one
/// table after one of its columns is renamed.
std::string rename_identifier(std::string_view text, const std::string& from, const std::string& to);

/// True when `expression` names one of `columns` (by identifiers_in).
bool mentions_any(std::string_view expression, const std::set<std::string>& columns);

}  // namespace pgmorph::diff
