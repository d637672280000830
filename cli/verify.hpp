// `diff --verify`: the plan is tried on a scratch server before anyone runs it for real.
#pragma once

#include "diff/diff.hpp"
#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

#include <optional>
#include <string>

namespace pgmorph::cli {

/// What verification found.
struct Verification {
  bool passed = false;
  /// When not passed: what failed, for people (the failing statement with its script line,
  /// SQLSTATE, message, DETAIL and HINT, or the steps a second plan still wants).
  std::string failure;
};

/// The scripts and the sides they were planned between.
struct PlanUnderTest {
  std::string from;                         ///< SRC the plan starts from
  std::string to;                           ///< SRC the plan must reach
  const schema::Catalog* from_state = nullptr;  ///< `from` as loaded and normalized
  std::string up;                           ///< the up script text
  std::string down;                         ///< the down script text
  std::string up_name = "up.sql";           ///< names used in failure messages
  std::string down_name = "down.sql";
  /// False when the plan has irreversible steps: down must still apply, but it cannot give
  /// the from state back, so it is not compared with it.
  bool down_restores = true;
};

/// In a new scratch database on `dev_url`: builds the from state (pgmorph's dump of it),
/// applies up, checks that a second plan to `to` is empty, applies down, checks that a
/// plan back to `from` is empty (unless !down_restores); drops the database in every case. Empty (with an error
/// in `diagnostics`, code `dev-server` or `verify-setup`) when the scratch server cannot
/// be used or the from state cannot be built there; the plan was not judged then.
std::optional<Verification> verify_plan(const std::string& dev_url, const PlanUnderTest& plan,
                                        const diff::DiffOptions& options,
                                        schema::Diagnostics& diagnostics);

/// Lines mark_unverified() puts above a script; failure messages count them in.
inline constexpr int k_unverified_header_lines = 2;

/// `script` with a two-line header: UNVERIFIED, and the first line of `failure`.
std::string mark_unverified(const std::string& script, const std::string& failure);

}  // namespace pgmorph::cli
