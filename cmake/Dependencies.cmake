# All dependencies come from Debian packages; nothing is downloaded at build time.
find_package(fmt REQUIRED)

find_path(PG_QUERY_INCLUDE_DIR pg_query.h REQUIRED)
find_path(PG_QUERY_PB_INCLUDE_DIR pg_query/pg_query.pb-c.h REQUIRED)
find_library(PG_QUERY_LIBRARY NAMES pg_query REQUIRED)
find_library(PROTOBUF_C_LIBRARY NAMES protobuf-c REQUIRED)
add_library(PgQuery::PgQuery INTERFACE IMPORTED)
target_include_directories(PgQuery::PgQuery INTERFACE ${PG_QUERY_INCLUDE_DIR} ${PG_QUERY_PB_INCLUDE_DIR})
target_link_libraries(PgQuery::PgQuery INTERFACE ${PG_QUERY_LIBRARY} ${PROTOBUF_C_LIBRARY})

find_path(DOCTEST_INCLUDE_DIR doctest/doctest.h)

# libpqxx (and libpq under it) for the live-database source, introspect/ only.
find_path(PQXX_INCLUDE_DIR pqxx/pqxx REQUIRED)
find_path(PQ_INCLUDE_DIR libpq-fe.h PATH_SUFFIXES postgresql REQUIRED)
find_library(PQXX_LIBRARY NAMES pqxx REQUIRED)
find_library(PQ_LIBRARY NAMES pq REQUIRED)
add_library(Pqxx::Pqxx INTERFACE IMPORTED)
target_include_directories(Pqxx::Pqxx INTERFACE ${PQXX_INCLUDE_DIR} ${PQ_INCLUDE_DIR})
target_link_libraries(Pqxx::Pqxx INTERFACE ${PQXX_LIBRARY} ${PQ_LIBRARY})

# JSON snapshots (schema/snapshot.cpp); header-only.
find_package(nlohmann_json 3 REQUIRED)
