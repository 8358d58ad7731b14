package org.ascassure.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The difference between a record's state before and after a write, as JSON. */
final class Changes {

  private Changes() {}

  /** {@code {"field":{"before":…,"after":…}}} for every field whose value differs; "{}" if none. */
  static String between(Map<String, Object> before, Map<String, Object> after) {
    JsonObjectBuilder changes = Json.createObjectBuilder();
    TreeSet<String> fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    for (String field : fields) {
      Object old = before.get(field);
      Object now = after.get(field);
      if (!Objects.equals(old, now)) {
        JsonObjectBuilder change = Json.createObjectBuilder();
        if (before.containsKey(field)) {
          change.add("before", json(old));
        }
        if (after.containsKey(field)) {
          change.add("after", json(now));
        }
        changes.add(field, change);
      }
    }
    return changes.build().toString();
  }

  private static JsonValue json(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    return Json.createValue(value.toString());
  }
}
