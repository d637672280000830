// Internal to snapshot.cpp: the JSON conversion of every model struct.
#pragma once

#include "schema/model.hpp"

#include <nlohmann/json.hpp>

namespace pgmorph::schema {

/// nlohmann::ordered_json keeps keys in the order written, so snapshots read like the model.
using Json = nlohmann::ordered_json;

void to_json(Json& j, const QualifiedName& n);
void from_json(const Json& j, QualifiedName& n);
void to_json(Json& j, const ObjectRef& r);
void from_json(const Json& j, ObjectRef& r);
void to_json(Json& j, const Grant& g);
void from_json(const Json& j, Grant& g);
void to_json(Json& j, const Column& c);
void from_json(const Json& j, Column& c);
void to_json(Json& j, const Constraint& c);
void from_json(const Json& j, Constraint& c);
void to_json(Json& j, const Table& t);
void from_json(const Json& j, Table& t);
void to_json(Json& j, const Index& i);
void from_json(const Json& j, Index& i);
void to_json(Json& j, const Sequence& s);
void from_json(const Json& j, Sequence& s);
void to_json(Json& j, const EnumType& e);
void from_json(const Json& j, EnumType& e);
void to_json(Json& j, const CompositeAttribute& a);
void from_json(const Json& j, CompositeAttribute& a);
void to_json(Json& j, const CompositeType& c);
void from_json(const Json& j, CompositeType& c);
void to_json(Json& j, const RangeType& r);
void to_json(Json& j, const Collation& c);
void from_json(const Json& j, Collation& c);
void from_json(const Json& j, RangeType& r);
void to_json(Json& j, const DomainCheck& c);
void from_json(const Json& j, DomainCheck& c);
void to_json(Json& j, const Domain& d);
void from_json(const Json& j, Domain& d);
void to_json(Json& j, const View& v);
void from_json(const Json& j, View& v);
void to_json(Json& j, const Function& f);
void from_json(const Json& j, Function& f);
void to_json(Json& j, const Trigger& t);
void from_json(const Json& j, Trigger& t);
void to_json(Json& j, const Rule& r);
void from_json(const Json& j, Rule& r);
void to_json(Json& j, const Policy& p);
void to_json(Json& j, const Statistics& s);
void from_json(const Json& j, Statistics& s);
void from_json(const Json& j, Policy& p);
void to_json(Json& j, const SchemaObject& s);
void from_json(const Json& j, SchemaObject& s);
void to_json(Json& j, const Extension& e);
void from_json(const Json& j, Extension& e);

}  // namespace pgmorph::schema
