package org.ascassure.admin.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.ascassure.audit.entity.AuditRecord;

/** One audit record as pages show it: its changed fields each with before and after. */
public record AuditEntry(AuditRecord record, List<Change> changes) {

  /** One field's value before and after the change; blank when it had none. */
  public record Change(String field, String before, String after) {}

  public static AuditEntry of(AuditRecord record) {
    List<Change> changes = new ArrayList<>();
    if (record.getChanges() != null && !record.getChanges().isBlank()) {
      try (var reader = Json.createReader(new StringReader(record.getChanges()))) {
        JsonObject fields = reader.readObject();
        fields.forEach(
            (field, value) -> {
              if (value instanceof JsonObject beforeAfter) {
                changes.add(
                    new Change(
                        field, text(beforeAfter.get("before")), text(beforeAfter.get("after"))));
              } else {
                changes.add(new Change(field, "", text(value)));
              }
            });
      }
    }
    return new AuditEntry(record, changes);
  }

  private static String text(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return "";
    }
    if (value instanceof jakarta.json.JsonString string) {
      return string.getString();
    }
    return value.toString();
  }
}
