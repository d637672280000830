// Helpers over libpg_query's protobuf-c parse trees: an arena that owns every unpacked or
// synthesized message, small accessors, and a generic walker driven by the message
// descriptors.
//
// Memory rule: trees are unpacked with the arena's allocator and never freed one by one, so
// translators may freely repoint fields (schema names, cleared names, new key lists) at
// arena-owned storage before deparsing.
#pragma once

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pgmorph::parser {

/// Owns all protobuf-c memory of one parsed file; released in one go.
class ProtoArena {
 public:
  ProtoArena();
  ~ProtoArena();
  ProtoArena(const ProtoArena&) = delete;
  ProtoArena& operator=(const ProtoArena&) = delete;

  /// The allocator to pass to `*__unpack`.
  ProtobufCAllocator* allocator() { return &m_allocator; }

  /// A NUL-terminated copy of `text` living as long as the arena.
  char* str(std::string_view text);

  /// A copy of `value` (a protobuf-c C struct) living as long as the arena.
  template <class T>
  T* make(const T& value) {
    void* memory = allocate(sizeof(T));
    return new (memory) T(value);
  }

  /// An array of `count` null node pointers living as long as the arena.
  PgQuery__Node** node_array(std::size_t count);

  /// Zeroed memory of `size` bytes, suitably aligned for any protobuf-c struct, living as
  /// long as the arena.
  void* allocate(std::size_t size);

 private:
  static constexpr std::size_t k_max_block_size = 256 * 1024;
  std::size_t m_block_size = 2 * 1024;
  ProtobufCAllocator m_allocator{};
  std::vector<void*> m_blocks;
  char* m_next = nullptr;
  std::size_t m_free = 0;
  std::deque<std::string> m_strings;
};

/// The `sval` of a String node, or "" when the node is not a String.
std::string_view str_val(const PgQuery__Node* node);

/// The string items of a list of String nodes (names, column lists).
std::vector<std::string> str_list(PgQuery__Node* const* items, std::size_t count);

/// A String node holding `text`.
PgQuery__Node* make_string_node(ProtoArena& arena, std::string_view text);

/// A Node wrapping an existing message; `kind` selects the union member.
PgQuery__Node* make_node(ProtoArena& arena, PgQuery__Node__NodeCase kind, void* message);

/// Calls `visit` on `message` and every message reachable from it (depth first), following
/// only the active member of oneof unions. `visit` returns false to skip the children.
void walk(const ProtobufCMessage* message,
          const std::function<bool(const ProtobufCMessage*)>& visit);

/// An empty string field value (protobuf-c treats it as unset); never written through.
inline char* empty_str() {
  static char empty[1] = "";
  return empty;
}

/// True when `message` is of the protobuf type described by `descriptor`.
inline bool is_a(const ProtobufCMessage* message, const ProtobufCMessageDescriptor& descriptor) {
  return message != nullptr && message->descriptor == &descriptor;
}

}  // namespace pgmorph::parser
