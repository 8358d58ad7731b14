package org.ascassure.improvement.entity;

import java.util.Arrays;
import java.util.List;

/** Short lists (statement codes, finding ids) kept in one comma-separated column. */
final class CodeList {

  private CodeList() {}

  static String join(List<?> values) {
    return values == null || values.isEmpty()
        ? null
        : String.join(",", values.stream().map(String::valueOf).toList());
  }

  static List<String> split(String column) {
    return column == null || column.isBlank()
        ? List.of()
        : Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
