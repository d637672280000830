#include "parser/json_tree.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pgmorph::parser {

namespace {

// JSON keys are PostgreSQL's struct field names (`typeName`, `is_local`) or, inside a
// Node, node type names (`A_Const`, `SQLValueFunction`); the descriptors use snake case
// (`type_name`, `a_const`, `sqlvalue_function`). An underscore goes before a capital that
// follows a lower-case letter or digit.
std::string snake_case(std::string_view key) {
  std::string out;
  out.reserve(key.size() + 4);
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    if (c >= 'A' && c <= 'Z') {
      const char previous = i > 0 ? key[i - 1] : '_';
      if ((previous >= 'a' && previous <= 'z') || (previous >= '0' && previous <= '9')) out += '_';
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  return out;
}

// Field lookups by JSON key, per descriptor, memoized per thread (parsing runs on several).
class FieldIndex {
 public:
  const ProtobufCFieldDescriptor* find(const ProtobufCMessageDescriptor* descriptor,
                                       std::string_view key) {
    auto& fields = m_by_descriptor[descriptor];
    if (const auto found = fields.find(key); found != fields.end()) return found->second;
    const ProtobufCFieldDescriptor* field =
        protobuf_c_message_descriptor_get_field_by_name(descriptor, snake_case(key).c_str());
    m_keys.emplace_back(key);
    fields.emplace(m_keys.back(), field);
    return field;
  }

 private:
  std::unordered_map<const ProtobufCMessageDescriptor*,
                     std::unordered_map<std::string_view, const ProtobufCFieldDescriptor*>>
      m_by_descriptor;
  std::deque<std::string> m_keys;
};

// The integer literal at `text` (`42`, `-7`, `- 7`), as the grammar folds it into an
// A_Const; false when something else is there.
bool literal_at(std::string_view text, int32_t& value) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && text[i] == '-') {
    negative = true;
    ++i;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  }
  const std::size_t digits = i;
  long long magnitude = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    magnitude = magnitude * 10 + (text[i] - '0');
    if (magnitude > 2147483648LL) return false;
    ++i;
  }
  if (i == digits) return false;
  if (i < text.size() && (text[i] == '.' || text[i] == 'e' || text[i] == 'E' || text[i] == '_' ||
                          (text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z')))
    return false;
  const long long signed_value = negative ? -magnitude : magnitude;
  if (signed_value > 2147483647LL) return false;
  value = static_cast<int32_t>(signed_value);
  return true;
}

class Builder {
 public:
  Builder(const char* json, std::string_view source, ProtoArena& arena)
      : m_at(json), m_source(source), m_arena(arena) {}

  PgQuery__ParseResult* parse_result() {
    auto* result = reinterpret_cast<PgQuery__ParseResult*>(message(&pg_query__parse_result__descriptor));
    skip_space();
    // An Integer whose value could not be recovered (see resolve_integers) fails the build.
    return result != nullptr && *m_at == '\0' && m_empty_integers.empty() ? result : nullptr;
  }

 private:
  // libpg_query 15's JSON writes an Integer's value only when it is positive, so `{}`
  // stands for 0 or any negative number. Where the value is known anyway it is restored:
  // an A_Const's literal is in the source at its location, and an array bound without a
  // number (`int[]`) is -1. Anywhere else the Integer stays unresolved and the statement is
  // parsed through protobuf instead.
  void resolve_integers(const ProtobufCMessageDescriptor* descriptor, ProtobufCMessage* message) {
    if (m_empty_integers.empty()) return;
    if (descriptor == &pg_query__a__const__descriptor) {
      auto* constant = reinterpret_cast<PgQuery__AConst*>(message);
      if (constant->val_case != PG_QUERY__A__CONST__VAL_IVAL || !is_empty_integer(constant->ival)) return;
      int32_t value = 0;
      if (constant->location < 0 || static_cast<std::size_t>(constant->location) >= m_source.size() ||
          !literal_at(m_source.substr(static_cast<std::size_t>(constant->location)), value))
        return;
      constant->ival->ival = value;
      std::erase(m_empty_integers, constant->ival);
    } else if (descriptor == &pg_query__type_name__descriptor) {
      auto* type = reinterpret_cast<PgQuery__TypeName*>(message);
      for (std::size_t i = 0; i < type->n_array_bounds; ++i) {
        PgQuery__Node* bound = type->array_bounds[i];
        if (bound->node_case != PG_QUERY__NODE__NODE_INTEGER || !is_empty_integer(bound->integer)) continue;
        bound->integer->ival = -1;
        std::erase(m_empty_integers, bound->integer);
      }
    }
  }

  bool is_empty_integer(const PgQuery__Integer* integer) const {
    return std::find(m_empty_integers.begin(), m_empty_integers.end(), integer) != m_empty_integers.end();
  }

  void skip_space() {
    while (*m_at == ' ' || *m_at == '\n' || *m_at == '\t' || *m_at == '\r') ++m_at;
  }

  bool consume(char c) {
    skip_space();
    if (*m_at != c) return false;
    ++m_at;
    return true;
  }

  // A key or value string. Keys never have escapes, so they stay views into the JSON.
  bool raw_string(std::string_view& out) {
    if (!consume('"')) return false;
    const char* start = m_at;
    while (*m_at != '"' && *m_at != '\\' && *m_at != '\0') ++m_at;
    if (*m_at != '"') return false;
    out = std::string_view(start, static_cast<std::size_t>(m_at - start));
    ++m_at;
    return true;
  }

  static bool hex4(const char* at, unsigned& value) {
    value = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = at[i];
      value <<= 4;
      if (c >= '0' && c <= '9') value |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') value |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') value |= static_cast<unsigned>(c - 'A' + 10);
      else return false;
    }
    return true;
  }

  static void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  // A string value, unescaped, copied into the arena.
  char* string_value() {
    if (!consume('"')) return nullptr;
    const char* start = m_at;
    while (*m_at != '"' && *m_at != '\\' && *m_at != '\0') ++m_at;
    if (*m_at == '"') {
      char* copy = m_arena.str(std::string_view(start, static_cast<std::size_t>(m_at - start)));
      ++m_at;
      return copy;
    }
    std::string text(start, static_cast<std::size_t>(m_at - start));
    while (*m_at != '"') {
      if (*m_at == '\0') return nullptr;
      if (*m_at != '\\') {
        text += *m_at++;
        continue;
      }
      ++m_at;
      switch (*m_at) {
        case '"': text += '"'; break;
        case '\\': text += '\\'; break;
        case '/': text += '/'; break;
        case 'b': text += '\b'; break;
        case 'f': text += '\f'; break;
        case 'n': text += '\n'; break;
        case 'r': text += '\r'; break;
        case 't': text += '\t'; break;
        case 'u': {
          unsigned code = 0;
          if (!hex4(m_at + 1, code)) return nullptr;
          m_at += 4;
          if (code >= 0xD800 && code < 0xDC00) {  // a surrogate pair
            unsigned low = 0;
            if (m_at[1] != '\\' || m_at[2] != 'u' || !hex4(m_at + 3, low) || low < 0xDC00 || low > 0xDFFF)
              return nullptr;
            m_at += 6;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(text, code);
          break;
        }
        default: return nullptr;
      }
      ++m_at;
    }
    ++m_at;
    return m_arena.str(text);
  }

  bool integer(long long& value) {
    skip_space();
    char* end = nullptr;
    value = std::strtoll(m_at, &end, 10);
    if (end == m_at) return false;
    m_at = end;
    return true;
  }

  // A message of type `descriptor` at `{`, initialized to its defaults first.
  ProtobufCMessage* message(const ProtobufCMessageDescriptor* descriptor) {
    void* memory = m_arena.allocate(descriptor->sizeof_message);
    auto* message = static_cast<ProtobufCMessage*>(memory);
    protobuf_c_message_init(descriptor, memory);
    if (!consume('{')) return nullptr;
    if (consume('}')) {
      if (descriptor == &pg_query__integer__descriptor)
        m_empty_integers.push_back(reinterpret_cast<PgQuery__Integer*>(message));
      return message;
    }
    do {
      std::string_view key;
      if (!raw_string(key) || !consume(':')) return nullptr;
      const ProtobufCFieldDescriptor* field = m_fields.find(descriptor, key);
      if (field == nullptr || !field_value(*field, static_cast<char*>(memory))) return nullptr;
    } while (consume(','));
    if (!consume('}')) return nullptr;
    resolve_integers(descriptor, message);
    return message;
  }

  bool field_value(const ProtobufCFieldDescriptor& field, char* base) {
    void* slot = base + field.offset;
    if (field.label == PROTOBUF_C_LABEL_REPEATED) {
      if (field.type != PROTOBUF_C_TYPE_MESSAGE || !consume('[')) return false;
      std::vector<ProtobufCMessage*> items;
      if (!consume(']')) {
        do {
          ProtobufCMessage* item = message(static_cast<const ProtobufCMessageDescriptor*>(field.descriptor));
          if (item == nullptr) return false;
          items.push_back(item);
        } while (consume(','));
        if (!consume(']')) return false;
      }
      auto** array = static_cast<ProtobufCMessage**>(m_arena.allocate(sizeof(void*) * (items.empty() ? 1 : items.size())));
      std::memcpy(array, items.data(), sizeof(void*) * items.size());
      *reinterpret_cast<size_t*>(base + field.quantifier_offset) = items.size();
      *static_cast<ProtobufCMessage***>(slot) = array;
      return true;
    }
    if ((field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0)
      *reinterpret_cast<uint32_t*>(base + field.quantifier_offset) = field.id;
    skip_space();
    switch (field.type) {
      case PROTOBUF_C_TYPE_MESSAGE: {
        ProtobufCMessage* child = message(static_cast<const ProtobufCMessageDescriptor*>(field.descriptor));
        *static_cast<ProtobufCMessage**>(slot) = child;
        return child != nullptr;
      }
      case PROTOBUF_C_TYPE_STRING: {
        char* text = string_value();
        *static_cast<char**>(slot) = text;
        return text != nullptr;
      }
      case PROTOBUF_C_TYPE_BOOL:
        if (std::strncmp(m_at, "true", 4) == 0) {
          *static_cast<protobuf_c_boolean*>(slot) = 1;
          m_at += 4;
          return true;
        }
        if (std::strncmp(m_at, "false", 5) == 0) {
          *static_cast<protobuf_c_boolean*>(slot) = 0;
          m_at += 5;
          return true;
        }
        return false;
      case PROTOBUF_C_TYPE_INT32:
      case PROTOBUF_C_TYPE_SINT32:
      case PROTOBUF_C_TYPE_SFIXED32: {
        long long value = 0;
        if (!integer(value)) return false;
        *static_cast<int32_t*>(slot) = static_cast<int32_t>(value);
        return true;
      }
      case PROTOBUF_C_TYPE_UINT32:
      case PROTOBUF_C_TYPE_FIXED32: {
        long long value = 0;
        if (!integer(value)) return false;
        *static_cast<uint32_t*>(slot) = static_cast<uint32_t>(value);
        return true;
      }
      case PROTOBUF_C_TYPE_INT64:
      case PROTOBUF_C_TYPE_SINT64:
      case PROTOBUF_C_TYPE_SFIXED64: {
        long long value = 0;
        if (!integer(value)) return false;
        *static_cast<int64_t*>(slot) = static_cast<int64_t>(value);
        return true;
      }
      case PROTOBUF_C_TYPE_ENUM: {
        std::string_view name;
        if (!raw_string(name)) return false;
        const auto* value = protobuf_c_enum_descriptor_get_value_by_name(
            static_cast<const ProtobufCEnumDescriptor*>(field.descriptor), std::string(name).c_str());
        if (value == nullptr) return false;
        *static_cast<int*>(slot) = value->value;
        return true;
      }
      default:
        return false;  // doubles, bytes: not in parse trees
    }
  }

  const char* m_at;
  std::string_view m_source;
  ProtoArena& m_arena;
  std::vector<PgQuery__Integer*> m_empty_integers;
  static thread_local FieldIndex m_fields;
};

thread_local FieldIndex Builder::m_fields;

}  // namespace

PgQuery__ParseResult* tree_from_json(const char* json, std::string_view source, ProtoArena& arena) {
  if (json == nullptr) return nullptr;
  return Builder(json, source, arena).parse_result();
}

}  // namespace pgmorph::parser
