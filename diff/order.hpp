// Execution order of a change set, from a dependency graph.
#pragma once

#include <set>
#include <string>

#include "diff/change.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::diff {

/// What one change does to the named things other changes care about. Keys are strings such
/// as `rel:public.t` (a relation exists), `shape:public.t` (its columns as views see them),
/// `col:public.t.c`, `keys:public.t` (its PK/UNIQUE constraints), `type:`, `fn:`, `schema:`,
/// `ext:`.
struct ChangeKeys {
  std::set<std::string> creates;   ///< brings the key into existence (or its new form)
  std::set<std::string> destroys;  ///< removes the key (or its old form)
  std::set<std::string> needs;     ///< must run after every change that creates these
  std::set<std::string> releases;  ///< must run before every change that destroys these
  int priority = 0;                ///< tie-break between independent changes; lower first
  /// Its script ends the current transaction block (a CONCURRENTLY build, ADD VALUE, a
  /// VALIDATE in its own transaction). Only a scheduling preference: order() keeps such
  /// changes out of the span between a relation's drop and its re-creation when it can.
  bool outside_transaction = false;
};

/// The keys of one change.
ChangeKeys keys_of(const Change& change);

/// Sorts changes topologically: creators before the changes that need a key, releasers
/// before the changes that destroy it, a pure drop before a pure create of the same key.
/// Ties break by priority and then by the input position, so the result is deterministic.
/// Foreign keys are separate AddConstraint changes, which is what breaks FK cycles. Any
/// other cycle is a `dependency-cycle` error in `diagnostics` that names the changes in it
/// and the keys that tie them (a plan in a wrong order would fail when applied); the result
/// is then empty.
ChangeSet order(ChangeSet changes, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::diff
