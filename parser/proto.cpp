#include "parser/proto.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>

namespace pgmorph::parser {

namespace {

void* arena_alloc(void* data, size_t size) {
  return static_cast<ProtoArena*>(data)->allocate(size);
}

// Individual frees are ignored: everything goes when the arena does.
void arena_free(void*, void*) {}

}  // namespace

ProtoArena::ProtoArena() {
  m_allocator.alloc = &arena_alloc;
  m_allocator.free = &arena_free;
  m_allocator.allocator_data = this;
}

ProtoArena::~ProtoArena() {
  for (void* block : m_blocks) std::free(block);
}

void* ProtoArena::allocate(std::size_t size) {
  // Bump allocation out of zeroed blocks: an unpacked statement is thousands of small
  // messages, and one malloc each was a tenth of the parse time.
  constexpr std::size_t alignment = alignof(std::max_align_t);
  size = (size == 0 ? 1 : size + alignment - 1) & ~(alignment - 1);
  if (size > k_max_block_size / 4) {
    void* large = std::calloc(1, size);
    if (large == nullptr) throw std::bad_alloc();
    m_blocks.push_back(large);
    return large;
  }
  if (m_free < size) {
    // Blocks grow from small (most statements need a few KB) to k_max_block_size.
    m_block_size = std::min(m_block_size * 2, k_max_block_size);
    while (m_block_size < size) m_block_size *= 2;
    m_next = static_cast<char*>(std::calloc(1, m_block_size));
    if (m_next == nullptr) throw std::bad_alloc();
    m_blocks.push_back(m_next);
    m_free = m_block_size;
  }
  void* memory = m_next;
  m_next += size;
  m_free -= size;
  return memory;
}

char* ProtoArena::str(std::string_view text) {
  m_strings.emplace_back(text);
  return m_strings.back().data();
}

PgQuery__Node** ProtoArena::node_array(std::size_t count) {
  return static_cast<PgQuery__Node**>(allocate(sizeof(PgQuery__Node*) * (count == 0 ? 1 : count)));
}

std::string_view str_val(const PgQuery__Node* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_STRING || node->string == nullptr ||
      node->string->sval == nullptr)
    return {};
  return node->string->sval;
}

std::vector<std::string> str_list(PgQuery__Node* const* items, std::size_t count) {
  std::vector<std::string> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) out.emplace_back(str_val(items[i]));
  return out;
}

PgQuery__Node* make_node(ProtoArena& arena, PgQuery__Node__NodeCase kind, void* message) {
  PgQuery__Node init = PG_QUERY__NODE__INIT;
  PgQuery__Node* node = arena.make(init);
  node->node_case = kind;
  // Every union member is a pointer, so writing through one of them is enough.
  node->string = static_cast<PgQuery__String*>(message);
  return node;
}

PgQuery__Node* make_string_node(ProtoArena& arena, std::string_view text) {
  PgQuery__String init = PG_QUERY__STRING__INIT;
  PgQuery__String* string = arena.make(init);
  string->sval = arena.str(text);
  return make_node(arena, PG_QUERY__NODE__NODE_STRING, string);
}

void walk(const ProtobufCMessage* message,
          const std::function<bool(const ProtobufCMessage*)>& visit) {
  if (message == nullptr || !visit(message)) return;
  const ProtobufCMessageDescriptor* descriptor = message->descriptor;
  const auto* base = reinterpret_cast<const char*>(message);
  if (descriptor == &pg_query__node__descriptor) {
    // A Node is a oneof over ~250 message fields: go straight to the active one instead of
    // testing each (this loop dominated every walk).
    const auto active = static_cast<unsigned>(reinterpret_cast<const PgQuery__Node*>(message)->node_case);
    if (active == 0) return;
    const ProtobufCFieldDescriptor* field = protobuf_c_message_descriptor_get_field(descriptor, active);
    if (field != nullptr && field->type == PROTOBUF_C_TYPE_MESSAGE)
      walk(*reinterpret_cast<ProtobufCMessage* const*>(base + field->offset), visit);
    return;
  }
  for (unsigned i = 0; i < descriptor->n_fields; ++i) {
    const ProtobufCFieldDescriptor& field = descriptor->fields[i];
    if (field.type != PROTOBUF_C_TYPE_MESSAGE) continue;
    if (field.label == PROTOBUF_C_LABEL_REPEATED) {
      const auto count = *reinterpret_cast<const size_t*>(base + field.quantifier_offset);
      const auto* items = *reinterpret_cast<ProtobufCMessage* const* const*>(base + field.offset);
      for (size_t k = 0; k < count; ++k) walk(items[k], visit);
      continue;
    }
    if ((field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0) {
      const auto active = *reinterpret_cast<const uint32_t*>(base + field.quantifier_offset);
      if (active != field.id) continue;
    }
    walk(*reinterpret_cast<ProtobufCMessage* const*>(base + field.offset), visit);
  }
}

}  // namespace pgmorph::parser
