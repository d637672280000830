#include "diff/diff.hpp"
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

namespace {

diff::ChangeSet plan(const std::string& from, const std::string& to,
                     schema::Diagnostics& diagnostics) {
  return diff::diff(parse_normalized(from), parse_normalized(to), diagnostics);
}

template <typename T>
std::size_t position(const diff::ChangeSet& changes) {
  for (std::size_t i = 0; i < changes.size(); ++i)
    if (std::holds_alternative<T>(changes[i])) return i;
  FAIL("change not found");
  return 0;
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("a partition is detached before its parent's columns change, attached after") {
    schema::Diagnostics diagnostics;
    const auto detach =
        plan("CREATE TABLE a (k int) PARTITION BY LIST (k); CREATE TABLE z PARTITION OF a FOR "
             "VALUES IN (1);",
             "CREATE TABLE a (k int, extra text) PARTITION BY LIST (k); CREATE TABLE z (k int);",
             diagnostics);
    CHECK(position<diff::DetachPartition>(detach) < position<diff::AddColumn>(detach));
    const auto attach =
        plan("CREATE TABLE a (k int) PARTITION BY LIST (k); CREATE TABLE z (k int);",
             "CREATE TABLE a (k bigint) PARTITION BY LIST (k); CREATE TABLE z PARTITION OF a FOR "
             "VALUES IN (1);",
             diagnostics);
    // Both the parent's and the table's own column change come before the attach.
    REQUIRE(attach.size() == 3);
    CHECK(std::holds_alternative<diff::AlterColumn>(attach[0]));
    CHECK(std::holds_alternative<diff::AlterColumn>(attach[1]));
    CHECK(std::holds_alternative<diff::AttachPartition>(attach[2]));
  }

  TEST_CASE("a new partition follows its parent and the parent's new columns") {
    schema::Diagnostics diagnostics;
    const auto changes = plan("CREATE TABLE a (k int) PARTITION BY LIST (k);",
                              "CREATE TABLE a (k int, v text) PARTITION BY LIST (k); CREATE TABLE "
                              "a1 PARTITION OF a FOR VALUES IN (1);",
                              diagnostics);
    CHECK(position<diff::AddColumn>(changes) < position<diff::CreateTable>(changes));
  }

  TEST_CASE("a table's own index is dropped before it is attached") {
    schema::Diagnostics diagnostics;
    const auto changes = plan("CREATE TABLE a (k int) PARTITION BY LIST (k); CREATE TABLE z (k "
                              "int); CREATE INDEX z_k ON z (k);",
                              "CREATE TABLE a (k int) PARTITION BY LIST (k); CREATE TABLE z "
                              "PARTITION OF a FOR VALUES IN (1);",
                              diagnostics);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "partition-attach-scan");
    CHECK(position<diff::DropIndex>(changes) < position<diff::AttachPartition>(changes));
  }

  TEST_CASE("an index of a partitioned table is never built concurrently") {
    schema::Diagnostics diagnostics;
    const auto changes = plan(
        "CREATE TABLE a (k int) PARTITION BY LIST (k); CREATE TABLE a1 PARTITION OF a DEFAULT;",
        "CREATE TABLE a (k int) PARTITION BY LIST (k); CREATE TABLE a1 PARTITION OF a DEFAULT;"
        "CREATE INDEX a_k ON a (k); CREATE INDEX a1_k ON a1 (k);",
        diagnostics);
    REQUIRE(changes.size() == 2);
    for (const auto& change : changes) {
      const auto& create = std::get<diff::CreateIndex>(change);
      CHECK(create.on_partitioned == (create.index.table.name == "a"));
    }
  }

  TEST_CASE("a parent whose indexes DETACH would leave behind refuses the detach") {
    schema::Diagnostics diagnostics;
    plan("CREATE TABLE a (k int) PARTITION BY LIST (k); CREATE INDEX a_k ON a (k);"
         "CREATE TABLE z PARTITION OF a FOR VALUES IN (1);",
         "CREATE TABLE a (k int) PARTITION BY LIST (k); CREATE INDEX a_k ON a (k); CREATE TABLE z "
         "(k int);",
         diagnostics);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "unsupported-change");
  }

  TEST_CASE("a changed partition key is refused, naming both keys") {
    schema::Diagnostics diagnostics;
    const auto changes =
        plan("CREATE TABLE a (k int, j int) PARTITION BY LIST (k);",
             "CREATE TABLE a (k int, j int) PARTITION BY RANGE (k, j);", diagnostics);
    CHECK(changes.empty());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "unsupported-change");
    CHECK(diagnostics[0].message.find("LIST (k)") != std::string::npos);
    CHECK(diagnostics[0].message.find("RANGE (k, j)") != std::string::npos);
  }
}
