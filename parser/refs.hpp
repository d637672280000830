// Dependency extraction: which relations, functions and types a parse tree mentions. Used
// only to order statements, so over-approximation (a built-in function recorded as a
// reference) is harmless: references to objects outside the catalog are ignored.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "parser/proto.hpp"
#include "schema/model.hpp"

namespace pgmorph::parser {

/// Appends `ref` unless already present.
void add_ref(std::vector<schema::ObjectRef>& refs, schema::RefKind kind,
             const schema::QualifiedName& name);

/// Collects references from any subtree: RangeVar (relation; unqualified names listed in
/// `cte_names` are skipped), FuncCall (function), TypeName/TypeCast (user types).
/// pg_catalog-qualified names are skipped.
void collect_refs(const ProtobufCMessage* root, std::vector<schema::ObjectRef>& refs,
                  const std::set<std::string>& cte_names = {});

/// The names of every common table expression inside `root`.
std::set<std::string> collect_cte_names(const ProtobufCMessage* root);

/// The distinct column names referenced by ColumnRef nodes (last field) under `root`.
std::vector<std::string> referenced_columns(const ProtobufCMessage* root);

}  // namespace pgmorph::parser
