#include <doctest/doctest.h>

#include <set>
#include <string>

#include "schema/names.hpp"
#include "schema/naming.hpp"

using namespace pgmorph::schema;

TEST_SUITE("schema") {
  TEST_CASE("quote_ident quotes only when PostgreSQL needs it") {
    CHECK(quote_ident("users") == "users");
    CHECK(quote_ident("user_id2") == "user_id2");
    CHECK(quote_ident("Users") == "\"Users\"");
    CHECK(quote_ident("order") == "\"order\"");   // reserved
    CHECK(quote_ident("user") == "\"user\"");     // reserved
    CHECK(quote_ident("name") == "name");         // unreserved keyword
    CHECK(quote_ident("1abc") == "\"1abc\"");
    CHECK(quote_ident("a\"b") == "\"a\"\"b\"");
    CHECK(quote_ident("") == "\"\"");
  }

  TEST_CASE("quote_literal doubles single quotes") {
    CHECK(quote_literal("it's") == "'it''s'");
    CHECK(quote_literal("") == "''");
  }

  TEST_CASE("make_object_name matches PostgreSQL's implicit names") {
    CHECK(make_object_name("orders", "", "pkey") == "orders_pkey");
    CHECK(make_object_name("orders", "customer_id", "fkey") == "orders_customer_id_fkey");
    // 63-byte limit: the longer part is shortened first.
    const std::string long_table(60, 't');
    const std::string name = make_object_name(long_table, "col", "key");
    CHECK(name.size() == 63);
    CHECK(name.ends_with("_col_key"));
  }

  TEST_CASE("choose_name appends a counter to the label on conflicts") {
    std::set<std::string> taken{"t_a_key", "t_a_key1"};
    auto is_taken = [&](const std::string& n) { return taken.contains(n); };
    CHECK(choose_name("t", "a", "key", is_taken) == "t_a_key2");
    CHECK(choose_name("t", "b", "key", is_taken) == "t_b_key");
  }

  TEST_CASE("join_column_names joins with underscores") {
    CHECK(join_column_names({"a", "b", "c"}) == "a_b_c");
    CHECK(join_column_names({}) == "");
  }
}
