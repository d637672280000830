// SHA-256 against the FIPS 180-4 example vectors, and the pgmorph-format migration directory:
// file names, pgmorph.sum round trip, BOM/CRLF normalisation of checksums.
#include "migrate/migration_dir.hpp"
#include "migrate/sha256.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace pgmorph;
namespace fs = std::filesystem;

namespace {

/// A fresh empty directory under the system temp dir, removed at scope end.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& tag) {
    path = fs::temp_directory_path() / ("pgmorph_unit_" + tag + "_" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
  }
};

std::string messages(const schema::DiagnosticError& e) {
  std::string text;
  for (const auto& d : e.diagnostics()) text += d.code + ": " + d.message + "\n";
  return text;
}

}  // namespace

TEST_SUITE("migrate") {
  TEST_CASE("sha256 matches the FIPS 180-4 examples") {
    CHECK(migrate::sha256_hex("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(migrate::sha256_hex("") ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(migrate::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(migrate::sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }

  TEST_CASE("sha256 pads correctly around the block boundary") {
    // Expected values from Python's hashlib.
    CHECK(migrate::sha256_hex(std::string(55, 'a')) ==
          "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(migrate::sha256_hex(std::string(56, 'a')) ==
          "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(migrate::sha256_hex(std::string(64, 'a')) ==
          "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
  }

  TEST_CASE("content checksums ignore a leading BOM and CRLF, nothing else") {
    const std::string plain = migrate::content_checksum("SELECT 1;\n");
    CHECK(plain == "b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd");
    CHECK(migrate::content_checksum("\xEF\xBB\xBFSELECT 1;\r\n") == plain);
    CHECK(migrate::content_checksum("SELECT 1; \n") != plain);  // trailing blank
    CHECK(migrate::content_checksum("SELECT 1;\r") != plain);   // a lone CR stays
    CHECK(migrate::content_checksum("SELECT 1;\n\xEF\xBB\xBF") !=
          plain);  // only a leading BOM goes
  }

  TEST_CASE("versions compare as numbers") {
    CHECK(migrate::compare_versions("9", "10") < 0);
    CHECK(migrate::compare_versions("0010", "10") == 0);
    CHECK(migrate::compare_versions("20260101000000", "20251231235959") > 0);
  }

  TEST_CASE("a directory lists its migrations sorted by version") {
    TempDir dir("list");
    dir.write("10_b.up.sql", "");
    dir.write("10_b.down.sql", "");
    dir.write("9_a_x1.up.sql", "");
    dir.write("9_a_x1.down.sql", "");
    dir.write("README.md", "not a migration");
    const auto migrations = migrate::list_migrations(dir.path);
    REQUIRE(migrations.size() == 2);
    CHECK(migrations[0].version == "9");
    CHECK(migrations[0].name == "a_x1");
    CHECK(migrations[0].up == dir.path / "9_a_x1.up.sql");
    CHECK(migrations[1].down == dir.path / "10_b.down.sql");
  }

  TEST_CASE("bad names, missing halves and duplicate versions are all reported") {
    TempDir dir("bad");
    dir.write("001_Add.up.sql", "");      // upper case
    dir.write("x1_a.up.sql", "");         // version not digits
    dir.write("002_a.sql", "");           // no direction
    dir.write("003_only_up.up.sql", "");  // no down
    dir.write("004_only_down.down.sql", "");
    dir.write("005_a.up.sql", "");
    dir.write("005_a.down.sql", "");
    dir.write("05_b.up.sql", "");
    dir.write("05_b.down.sql", "");
    try {
      migrate::list_migrations(dir.path);
      FAIL("expected an error");
    } catch (const schema::DiagnosticError& e) {
      const std::string text = messages(e);
      INFO(text);
      CHECK(e.diagnostics().size() == 6);
      CHECK(text.find("001_Add.up.sql: expected") != std::string::npos);
      CHECK(text.find("x1_a.up.sql: expected") != std::string::npos);
      CHECK(text.find("002_a.sql: expected") != std::string::npos);
      CHECK(text.find("003_only_up.up.sql: has no matching .down.sql") != std::string::npos);
      CHECK(text.find("004_only_down.down.sql: has no matching .up.sql") != std::string::npos);
      CHECK(text.find("migration-duplicate-version") != std::string::npos);
    }
  }

  TEST_CASE("pgmorph.sum round-trips and its directory hash covers the file lines") {
    TempDir dir("sum");
    dir.write("001_a.up.sql", "CREATE TABLE a (id int);\n");
    dir.write("001_a.down.sql", "x");
    migrate::write_sum(dir.path);
    const auto sum = migrate::read_sum(dir.path);
    REQUIRE(sum);
    REQUIRE(sum->files.size() == 2);
    CHECK(sum->files[0].first == "001_a.down.sql");  // sorted by name
    CHECK(sum->files[0].second == migrate::sha256_hex("x"));
    // Python: sha256("001_a.down.sql h1:<sha256('x')>\n" + the up line)
    CHECK(migrate::render_sum(*sum) == migrate::render_sum(migrate::compute_sum(dir.path)));
    const std::string text = migrate::render_sum(*sum);
    CHECK(text.rfind("h1:" + sum->directory_hash + "\n001_a.down.sql h1:", 0) == 0);
    CHECK(migrate::directory_hash({{"001_a.down.sql", migrate::sha256_hex("x")}}) ==
          "abde2795527ff79ab5492d7fe176f6487e6a3396d1a9b1666e95eae8c603f70f");
    // CRLF line endings in pgmorph.sum itself (git autocrlf) read the same.
    std::string crlf;
    for (const char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    CHECK(migrate::parse_sum(crlf, "pgmorph.sum").files == sum->files);
  }

  TEST_CASE("read_sum is nullopt without pgmorph.sum") {
    TempDir dir("nosum");
    CHECK_FALSE(migrate::read_sum(dir.path));
  }

  TEST_CASE("malformed pgmorph.sum lines name line and column") {
    const std::string hash(64, 'a');
    try {
      migrate::parse_sum("h1:" + hash + "\n001_a.up.sql h1:xyz\n002_b.up.sql\n", "dir/pgmorph.sum");
      FAIL("expected an error");
    } catch (const schema::DiagnosticError& e) {
      REQUIRE(e.diagnostics().size() == 2);
      CHECK(e.diagnostics()[0].location->path == "dir/pgmorph.sum");
      CHECK(e.diagnostics()[0].location->line == 2);
      CHECK(e.diagnostics()[0].location->column == 14);
      CHECK(e.diagnostics()[1].location->line == 3);
      CHECK(e.diagnostics()[1].location->column == 1);
    }
    CHECK_THROWS_AS(migrate::parse_sum("", "pgmorph.sum"), schema::DiagnosticError);
    CHECK_THROWS_AS(migrate::parse_sum("h1:" + hash + "\n", "pgmorph.sum"),
                    schema::DiagnosticError);  // hash mismatch
    const std::string empty_dir_hash = migrate::sha256_hex("");
    CHECK(migrate::parse_sum("h1:" + empty_dir_hash + "\n", "pgmorph.sum").files.empty());
  }
}
