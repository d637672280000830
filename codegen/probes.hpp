// Pre-flight probes: read-only counting queries over the data a step will meet. Built with
// the SQL builder like every statement; attached by the renderers (see Statement::probes).
#pragma once

#include <string>
#include <vector>

#include "codegen/statement.hpp"
#include "schema/model.hpp"

namespace pgmorph::codegen {

/// Rows of `table` where `column` is NULL: SET NOT NULL fails on them.
Probe null_rows(const schema::QualifiedName& table, const std::string& column);

/// All rows of `table`. `blocks`: a NOT NULL column without a default cannot be added to
/// a table with rows; otherwise they are what a drop destroys.
Probe all_rows(const schema::QualifiedName& table, bool blocks, const std::string& why);

/// Rows of `table` with a value in `column`: what dropping the column destroys.
Probe values_in(const schema::QualifiedName& table, const std::string& column);

/// Groups of rows sharing a value of `columns` (none NULL): a unique key fails on them;
/// for a primary key also rows with a NULL in one of them. Nothing for expression keys.
std::vector<Probe> key_violations(const schema::QualifiedName& table, const schema::Constraint& constraint);
std::vector<Probe> unique_index_violations(const schema::Index& index);

/// Rows of `table` whose foreign key `constraint` finds no referenced row.
std::vector<Probe> orphan_rows(const schema::QualifiedName& table, const schema::Constraint& constraint);

/// Rows of `table` a CHECK constraint rejects (NULL passes, as in PostgreSQL).
std::vector<Probe> check_violations(const schema::QualifiedName& table, const schema::Constraint& constraint);

/// Values of `from` that do not become `to`: longer than a new character limit (counted),
/// or any value the conversion rejects (the probe itself then fails with the server's error).
Probe conversion_failures(const schema::QualifiedName& table, const schema::Column& from, const schema::Column& to);

}  // namespace pgmorph::codegen
