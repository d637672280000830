// Whether PostgreSQL can convert a column's values from one type to another. pgmorph writes
// `ALTER COLUMN c TYPE t USING c::t`, which needs a cast of any context or an I/O
// conversion (every type converts to and from the string types through its text form).
#pragma once

#include <string_view>

#include "schema/model.hpp"

namespace pgmorph::diff {

enum class CastVerdict {
  exists,   ///< the conversion is defined (it may still reject a value at apply time)
  missing,  ///< PostgreSQL has no conversion: the ALTER would fail whatever the data
  unknown,  ///< a type pgmorph cannot see into offline (an extension's type, say)
};

/// The verdict for converting canonical type `from` to canonical type `to`. Type modifiers
/// do not matter; arrays convert when their elements do; a domain converts as its base type
/// (looked up in `from_catalog` and `to_catalog`); an enum converts through text.
CastVerdict explicit_cast(std::string_view from, std::string_view to,
                          const schema::Catalog& from_catalog, const schema::Catalog& to_catalog);

}  // namespace pgmorph::diff
