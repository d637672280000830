// Internal to codegen: one render_change overload per change kind, and shared helpers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "codegen/sql_builder.hpp"
#include "codegen/statement.hpp"
#include "diff/acl.hpp"
#include "diff/change.hpp"

namespace pgmorph::codegen {

using Statements = std::vector<Statement>;

/// A step from a finished builder.
Step step(const SqlBuilder& sql, TxMode mode = TxMode::transaction);

/// A statement with one up step and one reverse step.
Statement simple(std::string summary, Step up, Step reverse);

/// `COMMENT ON <target> IS <text|NULL>`.
Step comment_step(const diff::CommentTarget& target, const std::optional<std::string>& text);

/// Comment steps for a freshly created object (nothing when it has no comment).
void append_comment(std::vector<Step>& steps, const diff::CommentTarget& target,
                    const std::optional<std::string>& text);

/// REVOKE then GRANT statements turning the ACL `from` into `to` on `target`, which `owner`
/// owns while they run (unset: the role that runs the migration).
std::vector<Step> privilege_steps(const diff::AclTarget& target, const std::vector<schema::Grant>& from,
                                  const std::vector<schema::Grant>& to, const std::optional<std::string>& owner);

/// `ALTER <kind> <object> OWNER TO role|CURRENT_USER`.
Step owner_step(const diff::AclTarget& target, const std::optional<std::string>& owner);

/// The privilege and owner steps of a freshly created object: from the default ACL of its
/// kind to `grants`, then OWNER TO when `owner` is set.
void append_acl(std::vector<Step>& steps, const diff::AclTarget& target, const std::optional<std::string>& owner,
                const std::vector<schema::Grant>& grants);

/// `GENERATED ALWAYS|BY DEFAULT AS IDENTITY[ (options)]` of an identity column.
std::string identity_clause(const schema::Column& column);

/// `name type [COLLATE c] [GENERATED ...] [DEFAULT e] [NOT NULL]` as in CREATE TABLE.
std::string column_definition(const schema::Column& column);

/// ALTER COLUMN ... SET STORAGE / SET STATISTICS for the settings `column` has beyond its
/// definition, run after CREATE TABLE or ADD COLUMN.
std::vector<Step> column_setting_steps(const schema::QualifiedName& table, const schema::Column& column);

/// `ALTER TABLE t ADD CONSTRAINT n <definition>[ NOT VALID]`.
Step add_constraint_step(const schema::QualifiedName& table, const schema::Constraint& constraint,
                         bool not_valid);

/// Appends ` FOR VALUES ...` / ` DEFAULT` of a partition and ` PARTITION BY ...` of a
/// partitioned table to a CREATE TABLE.
void append_partition_clauses(SqlBuilder& sql, const schema::Table& table);

/// `CREATE TABLE ...` with columns and the given inline constraints; a partition names its
/// parent (`PARTITION OF p`) instead of listing the columns it takes from it.
Step create_table_step(const schema::Table& table);

/// The steps that create a table exactly (inline constraints, NOT VALID ones added after,
/// comments on the table, its columns and constraints).
std::vector<Step> create_table_steps(const schema::Table& table);
/// create_table_steps() without the CREATE TABLE itself.
std::vector<Step> after_create_table_steps(const schema::Table& table);

/// The halves of a table rebuild (diff::TableRebuild): the DropTable half renames `old`
/// aside; the CreateTable half creates `table`, fills it from the aside copy and drops that.
Statement set_aside_statement(const schema::Table& old, const diff::TableRebuild& rebuild);
Statement rebuild_statement(const schema::Table& table, const diff::TableRebuild& rebuild);

std::vector<Step> create_index_steps(const schema::Index& index, bool concurrently);
std::vector<Step> create_view_steps(const schema::View& view);
std::vector<Step> create_function_steps(const schema::Function& function);
std::vector<Step> create_trigger_steps(const schema::Trigger& trigger);
std::vector<Step> create_policy_steps(const schema::Policy& policy);
/// CREATE RULE and its comment.
std::vector<Step> create_rule_steps(const schema::Rule& rule);

/// ENABLE / FORCE ROW LEVEL SECURITY steps for a freshly created table (nothing when off).
void append_row_security(std::vector<Step>& steps, const schema::Table& table);
std::vector<Step> create_enum_steps(const schema::EnumType& type);
std::vector<Step> create_domain_steps(const schema::Domain& domain);
std::vector<Step> create_sequence_steps(const schema::Sequence& sequence);

Statements render_change(const diff::CreateSchema& change);
Statements render_change(const diff::DropSchema& change);
Statements render_change(const diff::CreateExtension& change);
Statements render_change(const diff::DropExtension& change);
Statements render_change(const diff::AlterExtension& change);
Statements render_change(const diff::SetComment& change);
Statements render_change(const diff::SetOwner& change);
Statements render_change(const diff::ChangePrivileges& change);
Statements render_change(const diff::RenameTable& change);
Statements render_change(const diff::RenameColumn& change);
Statements render_change(const diff::RenameConstraint& change);
Statements render_change(const diff::RenameIndex& change);
Statements render_change(const diff::RenameSequence& change);

Statements render_change(const diff::CreateTable& change);
Statements render_change(const diff::DropTable& change);
Statements render_change(const diff::AttachPartition& change);
Statements render_change(const diff::DetachPartition& change);
Statements render_change(const diff::SetTableLogged& change);
Statements render_change(const diff::SetStorageOptions& change);
Statements render_change(const diff::SetRowSecurity& change);
Statements render_change(const diff::SetReplicaIdentity& change);
Statements render_change(const diff::SetClusterIndex& change);
Statements render_change(const diff::CreateStatistics& change);
Statements render_change(const diff::DropStatistics& change);
Statements render_change(const diff::AlterStatistics& change);

/// `ALTER TABLE t CLUSTER ON index`, or `SET WITHOUT CLUSTER` for an empty name.
Step cluster_step(const schema::QualifiedName& table, const std::string& index);

/// `ALTER TABLE t REPLICA IDENTITY {DEFAULT | FULL | NOTHING | USING INDEX index}`.
Step replica_identity_step(const schema::QualifiedName& table, schema::ReplicaIdentity kind, const std::string& index);

/// The CLUSTER ON and REPLICA IDENTITY steps of a freshly created table, unless they name a
/// separate index (set by that index's CreateIndex once it exists).
void append_replica_identity(std::vector<Step>& steps, const schema::Table& table);
Statements render_change(const diff::AddColumn& change);
Statements render_change(const diff::DropColumn& change);
Statements render_change(const diff::AlterColumn& change);

Statements render_change(const diff::AddConstraint& change);
Statements render_change(const diff::DropConstraint& change);
Statements render_change(const diff::ValidateConstraint& change);
Statements render_change(const diff::CreateIndex& change);
Statements render_change(const diff::DropIndex& change);
Statements render_change(const diff::ReplaceIndex& change);

Statements render_change(const diff::CreateSequence& change);
Statements render_change(const diff::DropSequence& change);
Statements render_change(const diff::AlterSequence& change);
Statements render_change(const diff::SetSequenceOwner& change);

Statements render_change(const diff::CreateCompositeType& change);
Statements render_change(const diff::DropCompositeType& change);
Statements render_change(const diff::AlterCompositeType& change);
Statements render_change(const diff::CreateRangeType& change);
Statements render_change(const diff::CreateCollation& change);
Statements render_change(const diff::DropCollation& change);
Statements render_change(const diff::DropRangeType& change);
Statements render_change(const diff::CreateEnum& change);
Statements render_change(const diff::DropEnum& change);
Statements render_change(const diff::AddEnumValues& change);
Statements render_change(const diff::RecreateEnum& change);
Statements render_change(const diff::CreateDomain& change);
Statements render_change(const diff::DropDomain& change);
Statements render_change(const diff::AlterDomain& change);

Statements render_change(const diff::CreateView& change);
Statements render_change(const diff::DropView& change);
Statements render_change(const diff::CreateFunction& change);
Statements render_change(const diff::DropFunction& change);
Statements render_change(const diff::ReplaceFunction& change);
Statements render_change(const diff::CreateTrigger& change);
Statements render_change(const diff::DropTrigger& change);
Statements render_change(const diff::CreatePolicy& change);
Statements render_change(const diff::DropPolicy& change);
Statements render_change(const diff::AlterPolicy& change);
Statements render_change(const diff::CreateRule& change);
Statements render_change(const diff::DropRule& change);
Statements render_change(const diff::ReplaceRule& change);

}  // namespace pgmorph::codegen
