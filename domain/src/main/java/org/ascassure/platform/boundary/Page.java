package org.ascassure.platform.boundary;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total so that callers can offer the next page. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public boolean hasNext() {
    return (long) page * size < total;
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
