#include "introspect/connection.hpp"
#include "introspect/query_text.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace pgmorph::introspect;

TEST_SUITE("introspect") {
  TEST_CASE("is_connection_string tells URLs and keyword strings from paths") {
    CHECK(is_connection_string("postgres://localhost/app"));
    CHECK(is_connection_string("postgresql://u:p@db:5433/app?sslmode=require"));
    CHECK(is_connection_string("postgresql://"));
    CHECK(is_connection_string("host=db dbname=app"));
    CHECK(is_connection_string("dbname = app"));
    CHECK(is_connection_string("service=prod"));
    CHECK_FALSE(is_connection_string("schema/"));
    CHECK_FALSE(is_connection_string("schema.sql"));
    CHECK_FALSE(is_connection_string("dump.json"));
    CHECK_FALSE(is_connection_string("a=b.sql"));  // `a` is not a libpq keyword
    CHECK_FALSE(is_connection_string("=x"));
  }

  TEST_CASE("mask_password hides URL passwords") {
    CHECK(mask_password("postgresql://alice:s3cret@db:5432/app") ==
          "postgresql://alice:***@db:5432/app");
    CHECK(mask_password("postgres://alice@db/app") == "postgres://alice@db/app");
    CHECK(mask_password("postgresql://db/app") == "postgresql://db/app");
    SUBCASE("a password with @ and / in it") {
      CHECK(mask_password("postgresql://alice:p@ss/w@db/app") == "postgresql://alice:***@db/app");
    }
    SUBCASE("a password query parameter") {
      CHECK(mask_password("postgresql://db/app?user=a&password=xyz&sslmode=require") ==
            "postgresql://db/app?user=a&password=***&sslmode=require");
      CHECK(mask_password("postgresql://db/app?password=xyz") ==
            "postgresql://db/app?password=***");
    }
  }

  TEST_CASE("mask_password hides keyword-form passwords, quoted or not") {
    CHECK(mask_password("host=db password=s3cret dbname=app") == "host=db password=*** dbname=app");
    CHECK(mask_password("host=db password = s3cret") == "host=db password = ***");
    CHECK(mask_password("password='it\\'s secret' dbname=app") == "password=*** dbname=app");
    CHECK(mask_password("host=db passfile=/x dbname=app") == "host=db passfile=/x dbname=app");
  }

  TEST_CASE("scrub_secrets removes the password from any message") {
    CHECK(scrub_secrets("bad option near s3cret here", "host=db password=s3cret") ==
          "bad option near *** here");
    CHECK(scrub_secrets("saw p@ss!", "postgresql://u:p%40ss!@db/app") == "saw ***");
    CHECK(scrub_secrets("nothing to hide", "postgresql://db/app") == "nothing to hide");
  }

  TEST_CASE("connection errors are classified from libpq's message") {
    CHECK(classify_connection_error(
              "connection to server at \"localhost\" (::1), port 5999 failed: Connection refused\n"
              "\tIs the server running on that host and accepting TCP/IP connections?") ==
          ConnectionProblem::unreachable);
    CHECK(classify_connection_error("could not translate host name \"nope\" to address") ==
          ConnectionProblem::unreachable);
    CHECK(
        classify_connection_error("connection to server at \"localhost\" (::1), port 5432 failed: "
                                  "FATAL:  password authentication failed for user \"bob\"") ==
        ConnectionProblem::authentication);
    CHECK(classify_connection_error("FATAL:  role \"bob\" does not exist") ==
          ConnectionProblem::authentication);
    CHECK(classify_connection_error("connection to server on socket \"/run/x\" failed: FATAL:  "
                                    "database \"nope\" does not exist") ==
          ConnectionProblem::missing_database);
    CHECK(classify_connection_error("FATAL:  permission denied for database \"app\"") ==
          ConnectionProblem::privilege);
    CHECK(classify_connection_error("invalid connection option \"bogus\"") ==
          ConnectionProblem::other);
  }

  TEST_CASE("connection_diagnostic is one line without the password") {
    const auto diagnostic = connection_diagnostic(
        "connection to server at \"db\" (10.0.0.1), port 5432 failed: FATAL:  password "
        "authentication failed for user \"alice\"\n",
        "postgresql://alice:hunter22@db/app");
    CHECK(diagnostic.code == "authentication-failed");
    CHECK(diagnostic.message ==
          "authentication failed (postgresql://alice:***@db/app): password authentication failed "
          "for user \"alice\"");
    CHECK(diagnostic.message.find('\n') == std::string::npos);
    CHECK(
        connection_diagnostic("FATAL:  database \"nope\" does not exist", "dbname=nope").message ==
        "database \"nope\" does not exist (dbname=nope)");
  }

  TEST_CASE("prepare_query keeps the lines for the server version") {
    const std::string text =
        "SELECT 1\n--#if server_version >= 130000\nAND new\n--#else\nAND old\n--#endif\nEND\n";
    CHECK(prepare_query(text, 150004) == "SELECT 1\nAND new\nEND\n");
    CHECK(prepare_query(text, 120017) == "SELECT 1\nAND old\nEND\n");
    CHECK(prepare_query("a\n--#if server_version >= 140000\nb\n--#endif\n", 130000) == "a\n");
    CHECK_THROWS(prepare_query("--#endif\n", 150000));
    CHECK_THROWS(prepare_query("--#if server_version >= 1\n", 150000));
  }

  TEST_CASE("connection strings are checked before connecting, never echoing a password") {
    const auto other = connection_string_problem("mysql://root:hunter2@db/app");
    REQUIRE(other);
    CHECK(other->code == "unsupported-source");
    CHECK(other->message.find("hunter2") == std::string::npos);
    CHECK(other->message.starts_with("mysql://root:***@db/app is a mysql:// URL"));
    const auto at = connection_string_problem("postgres://alice:p@ss@db/app");
    REQUIRE(at);
    CHECK(at->code == "bad-connection-string");
    CHECK(at->message == "the user name or password of postgres://alice:***@db/app holds an unencoded '@': "
                         "percent-encode it as %40");
    CHECK_FALSE(connection_string_problem("postgres://alice:p%40ss@db/app"));
    CHECK_FALSE(connection_string_problem("host=db dbname=app password='a b'"));
    const auto bad = connection_string_problem("host=db password=s3cret bogus=1");
    REQUIRE(bad);
    CHECK(bad->message.find("s3cret") == std::string::npos);
    CHECK(bad->message.find("bogus") != std::string::npos);
    CHECK(looks_like_url("sqlite://x"));
    CHECK_FALSE(looks_like_url("schema/v1.sql"));
    CHECK(mask_password("mysql://root:hunter2@db/app") == "mysql://root:***@db/app");
  }
}
