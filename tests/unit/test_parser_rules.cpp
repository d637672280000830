// CREATE RULE: what the parser models, and the forms it refuses with a positioned error.
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

TEST_SUITE("parser") {
  TEST_CASE("rules: event, condition, actions, comment and what they read") {
    const auto catalog = parse_normalized(
        "CREATE TABLE t (id int, note text);\n"
        "CREATE TABLE log (id int);\n"
        "CREATE RULE r AS ON UPDATE TO t WHERE NEW.note <> OLD.note\n"
        "  DO INSTEAD (INSERT INTO log VALUES (NEW.id); DELETE FROM log WHERE id = OLD.id);\n"
        "CREATE RULE n AS ON DELETE TO t DO INSTEAD NOTHING;\n"
        "COMMENT ON RULE r ON t IS 'why';\n"
        "CREATE OR REPLACE RULE n AS ON DELETE TO t DO ALSO NOTHING;\n"
        "CREATE RULE tell AS ON INSERT TO t DO ALSO NOTIFY t_changed;\n");
    REQUIRE(catalog.rules.size() == 3);
    CHECK(catalog.rules.at({{"public", "t"}, "tell"}).actions ==
          std::vector<std::string>{"NOTIFY t_changed"});
    const schema::Rule& r = catalog.rules.at({{"public", "t"}, "r"});
    CHECK(r.event == schema::RuleEvent::update);
    CHECK(r.instead);
    CHECK(r.condition.has_value());
    REQUIRE(r.actions.size() == 2);
    CHECK(r.actions[1] == "DELETE FROM log WHERE id = old.id");
    CHECK(r.comment == "why");
    CHECK(r.columns == std::vector<std::string>{"id", "note"});
    const bool reads_log =
        std::any_of(r.refs.begin(), r.refs.end(), [](const schema::ObjectRef& ref) {
          return ref.kind == schema::RefKind::relation &&
                 ref.name == schema::QualifiedName{"public", "log"};
        });
    CHECK(reads_log);
    const schema::Rule& n = catalog.rules.at({{"public", "t"}, "n"});
    CHECK(n.actions.empty());
    CHECK_FALSE(n.instead);
  }

  TEST_CASE("rules: refused forms are errors with a position") {
    const auto diagnostics =
        parse_errors("CREATE TABLE t (id int);\n"
                     "CREATE RULE s AS ON SELECT TO t DO INSTEAD SELECT 1 AS id;\n"
                     "CREATE RULE r AS ON INSERT TO missing DO INSTEAD NOTHING;\n"
                     "CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;\n"
                     "CREATE RULE r AS ON INSERT TO t DO ALSO NOTHING;\n"
                     "ALTER RULE r ON t RENAME TO r2;\n"
                     "ALTER TABLE t DISABLE RULE r;\n"
                     "ALTER TABLE t ENABLE ALWAYS RULE r;\n"
                     "CREATE RULE w AS ON DELETE TO t WHERE OLD.id > 0 DO ALSO NOTIFY t_gone;\n");
    REQUIRE(diagnostics.size() == 7);
    CHECK(diagnostics[0].code == "unsupported-feature");
    CHECK(diagnostics[0].message.starts_with("ON SELECT rules are not supported"));
    CHECK(diagnostics[0].location->line == 2);
    CHECK(diagnostics[1].code == "undefined-object");
    CHECK(diagnostics[1].location->line == 3);
    CHECK(diagnostics[2].code == "duplicate-object");
    CHECK(diagnostics[2].message == "rule \"r\" for relation \"public.t\" already exists");
    CHECK(diagnostics[2].location->line == 5);
    CHECK(diagnostics[3].code == "unsupported-statement");
    CHECK(diagnostics[3].message.starts_with("ALTER RULE ... RENAME is not supported"));
    CHECK(diagnostics[3].location->line == 6);
    CHECK(diagnostics[4].code == "unsupported-feature");
    CHECK(diagnostics[4].message == "ALTER TABLE ENABLE/DISABLE RULE is not supported");
    CHECK(diagnostics[4].location->line == 7);
    CHECK(diagnostics[5].location->line == 8);
    CHECK(diagnostics[6].code == "syntax-error");
    CHECK(diagnostics[6].location->line == 9);
  }
}
