// Internal to the CREATE AGGREGATE translation (translate_aggregate.cpp, which reads the
// arguments and assembles the definition, and translate_aggregate_options.cpp, which gives
// each option its canonical text). Not for other translators: they call
// translate_create_aggregate() from translate.hpp.
#pragma once

#include "parser/translate.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pgmorph::parser::aggregate_detail {

/// The options in the order pg_dump writes them, with what their argument is.
enum class ArgKind { function, type, number, literal, flag, modify, sortop, parallel };
struct OptionSpec {
  std::string_view name;  ///< as libpg_query spells it (folded to lower case)
  ArgKind arg;
};
inline constexpr OptionSpec k_options[] = {{"sfunc", ArgKind::function},
                                           {"stype", ArgKind::type},
                                           {"sspace", ArgKind::number},
                                           {"finalfunc", ArgKind::function},
                                           {"finalfunc_extra", ArgKind::flag},
                                           {"finalfunc_modify", ArgKind::modify},
                                           {"combinefunc", ArgKind::function},
                                           {"serialfunc", ArgKind::function},
                                           {"deserialfunc", ArgKind::function},
                                           {"initcond", ArgKind::literal},
                                           {"msfunc", ArgKind::function},
                                           {"minvfunc", ArgKind::function},
                                           {"mstype", ArgKind::type},
                                           {"msspace", ArgKind::number},
                                           {"mfinalfunc", ArgKind::function},
                                           {"mfinalfunc_extra", ArgKind::flag},
                                           {"mfinalfunc_modify", ArgKind::modify},
                                           {"minitcond", ArgKind::literal},
                                           {"sortop", ArgKind::sortop},
                                           {"hypothetical", ArgKind::flag},
                                           {"parallel", ArgKind::parallel}};

// Positions in k_options the translation looks at by itself.
inline constexpr std::size_t k_sfunc = 0, k_stype = 1;
static_assert(k_options[k_sfunc].name == "sfunc" && k_options[k_stype].name == "stype");

/// `text` folded to lower / upper case (ASCII, as PostgreSQL folds keywords).
std::string lower(std::string text);
std::string upper(std::string text);
/// The words of a name argument: `f`, `s.f`, `safe` arrive as a TypeName, `'f'` as a String;
/// empty for anything else.
std::vector<std::string> name_parts(const PgQuery__Node* arg);

/// Translates one aggregate; errors leave the catalog untouched.
class AggregateTranslation {
 public:
  AggregateTranslation(Context& context, PgQuery__DefineStmt* stmt)
      : m_context(context), m_stmt(stmt) {}

  void run();

 private:
  bool read_arguments(const PgQuery__Node* basetype);
  bool read_option(const PgQuery__DefElem* option, const OptionSpec& spec, std::string& text);
  std::optional<std::string> function_name(const PgQuery__DefElem* option);
  std::string arguments_text() const;

  Context& m_context;
  PgQuery__DefineStmt* m_stmt;
  schema::Function m_function;
  schema::AggregateShape m_shape;
  std::vector<std::string> m_names, m_types;  ///< arguments, direct ones first
  bool m_star = false;                        ///< `(*)`: no arguments
  std::optional<std::string> m_final;         ///< FINALFUNC, canonical
};

}  // namespace pgmorph::parser::aggregate_detail
