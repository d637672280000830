// Implicit object names, chosen exactly as PostgreSQL chooses them, so that a constraint or
// index declared without a name compares equal to the one the server created.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pgmorph::schema {

/// PostgreSQL's makeObjectName(): `name1[_name2][_label]`, shortening the longer of name1
/// and name2 until the whole fits in 63 bytes (never splitting a UTF-8 character).
std::string make_object_name(std::string_view name1, std::string_view name2,
                             std::string_view label);

/// PostgreSQL's ChooseRelationName()/ChooseConstraintName(): make_object_name(), and while
/// `is_taken` says the name exists, retry with the label suffixed by 1, 2, ...
std::string choose_name(std::string_view name1, std::string_view name2, std::string_view label,
                        const std::function<bool(const std::string&)>& is_taken);

/// The `name2` part PostgreSQL derives from a list of column names: joined with `_`,
/// stopping before the joined text would exceed 63 bytes.
std::string join_column_names(const std::vector<std::string>& names);

}  // namespace pgmorph::schema

namespace pgmorph::schema {

/// PostgreSQL's makeMultirangeTypeName(): the name of the multirange type CREATE TYPE ... AS
/// RANGE creates when MULTIRANGE_TYPE_NAME is not given. The first `range` in the name
/// becomes `multirange`; a name without one gets `_multirange` (after at most 52 bytes of
/// it); the result is clipped to 63 bytes.
std::string default_multirange_name(std::string_view range_name);

}  // namespace pgmorph::schema
