// Internal building blocks shared by the fast printer's expression and DDL halves.
#pragma once

#include <string>
#include <string_view>

#include "parser/proto.hpp"

namespace pgmorph::parser::fast {

/// Appends the text of `node` to `out`; false when the shape is not covered (`out` is then
/// unusable and the caller discards it).
bool append_expr(std::string& out, const PgQuery__Node* node);

/// append_expr() plus, at the top of a condition and inside AND / OR / NOT: boolean
/// operators and IS [NOT] NULL over a bare operand.
bool append_condition(std::string& out, const PgQuery__Node* node);

/// Appends a plain function call `name(args)`; false for any other form of call.
bool append_func_call(std::string& out, const PgQuery__FuncCall* call);

/// True when `name` prints without quotes.
bool is_plain_name(std::string_view name);

/// True for a null or empty protobuf-c string.
bool is_empty(const char* text);

}  // namespace pgmorph::parser::fast
