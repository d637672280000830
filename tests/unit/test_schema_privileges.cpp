#include <doctest/doctest.h>

#include "schema/identity.hpp"
#include "schema/privileges.hpp"

using namespace pgmorph::schema;

TEST_SUITE("schema") {
  TEST_CASE("grant merges columns and upgrades the grant option; revoke subtracts") {
    std::vector<Grant> acl;
    grant(acl, "r", "SELECT", {"b"}, false);
    grant(acl, "r", "SELECT", {"a"}, false);
    grant(acl, "r", "SELECT", {}, false);
    grant(acl, "r", "SELECT", {}, true);
    CHECK(acl == std::vector<Grant>{{"r", "SELECT", {}, true}, {"r", "SELECT", {"a", "b"}, false}});
    revoke(acl, "r", "SELECT", {"a"}, false);
    CHECK(acl == std::vector<Grant>{{"r", "SELECT", {}, true}, {"r", "SELECT", {"b"}, false}});
    revoke(acl, "r", "SELECT", {}, true);  // GRANT OPTION FOR
    CHECK(acl == std::vector<Grant>{{"r", "SELECT", {}, false}, {"r", "SELECT", {"b"}, false}});
    revoke(acl, "r", "SELECT", {}, false);  // the whole object: columns too
    CHECK(acl.empty());
  }

  TEST_CASE("normalize_grants drops the owner's entries and sorts") {
    std::vector<Grant> acl = {{"z", "UPDATE", {}, false}, {"o", "SELECT", {}, false}, {"a", "SELECT", {"c"}, false}};
    normalize_grants(acl, std::string("o"));
    CHECK(acl == std::vector<Grant>{{"a", "SELECT", {"c"}, false}, {"z", "UPDATE", {}, false}});
  }

  TEST_CASE("privilege lists per kind of object") {
    CHECK(all_privileges(AclKind::relation).size() == 7);
    CHECK(all_privileges(AclKind::sequence) == std::vector<std::string>{"SELECT", "UPDATE", "USAGE"});
    CHECK(privilege_applies(AclKind::relation, "REFERENCES", true));
    CHECK_FALSE(privilege_applies(AclKind::relation, "DELETE", true));
    CHECK_FALSE(privilege_applies(AclKind::sequence, "SELECT", true));
    CHECK_FALSE(privilege_applies(AclKind::relation, "USAGE", false));
    CHECK(privilege_applies(AclKind::schema, "CREATE", false));
    CHECK(privilege_rank("SELECT") < privilege_rank("INSERT"));
  }

  TEST_CASE("identity options text reads back") {
    IdentityOptions options;
    options.increment = -5;
    options.max_value = 100;
    options.cycle = true;
    const std::string text = identity_options_text(options);
    CHECK(text == "INCREMENT BY -5 MAXVALUE 100 CYCLE");
    CHECK(parse_identity_options(text) == options);
    CHECK(options.effective_start() == 100);  // going down from MAXVALUE
    CHECK(identity_options_text({}).empty());
    CHECK(IdentityOptions{}.effective_start() == 1);
  }
}

#include "schema/normalize.hpp"

TEST_SUITE("schema") {
  TEST_CASE("the known migration role becomes the unset owner, its own grants implicit") {
    Catalog catalog;
    Table mine;
    mine.name = {"public", "mine"};
    mine.owner = "postgres";
    mine.grants = {{"postgres", "SELECT", {}, false}, {"r", "SELECT", {}, false}};
    Table theirs = mine;
    theirs.name = {"public", "theirs"};
    theirs.owner = "app";
    catalog.tables[mine.name] = mine;
    catalog.tables[theirs.name] = theirs;
    adopt_migration_role(catalog, "postgres");
    const auto& adopted = catalog.tables.at(mine.name);
    CHECK_FALSE(adopted.owner.has_value());
    CHECK(adopted.grants == std::vector<Grant>{{"r", "SELECT", {}, false}});
    // Owned by someone else: a grant to the migration role is a real grant.
    CHECK(catalog.tables.at(theirs.name).owner == "app");
    CHECK(catalog.tables.at(theirs.name).grants.size() == 2);
  }
}
