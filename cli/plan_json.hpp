// `diff --format json`: the plan as data, following docs/plan-schema.json (version 1).
#pragma once

#include <string>

#include "codegen/plan.hpp"

namespace pgmorph::cli {

/// The plan as one JSON document: every statement in up order with its steps and their
/// transaction mode, its reverse, its hazards (both directions) and its probes.
std::string plan_json(const codegen::Plan& plan, const codegen::EmitOptions& labels);

}  // namespace pgmorph::cli
