package org.ascassure.kpi.entity;

import java.util.Locale;

/**
 * Who reports a figure: a lot and a provider, each empty when the KPI is not split that way. Both
 * are kept stripped and never null, so that equal reporters compare equal.
 */
public record Reporter(String lot, String provider) implements Comparable<Reporter> {

  public static final int LOT_LENGTH = 100;
  public static final int PROVIDER_LENGTH = 200;

  /** The single reporter of a KPI whose figures are for all providers combined. */
  public static final Reporter ALL = new Reporter("", "");

  public Reporter {
    lot = lot == null ? "" : lot.strip();
    provider = provider == null ? "" : provider.strip();
  }

  public String label() {
    if (lot.isEmpty() && provider.isEmpty()) {
      return "All providers";
    }
    if (provider.isEmpty()) {
      return lot;
    }
    return lot.isEmpty() ? provider : provider + " (" + lot + ")";
  }

  /** Stored form, one per line: {@code lot|provider}. */
  public String line() {
    return lot + "|" + provider;
  }

  public static Reporter ofLine(String line) {
    int bar = line.indexOf('|');
    return bar < 0
        ? new Reporter(line, "")
        : new Reporter(line.substring(0, bar), line.substring(bar + 1));
  }

  @Override
  public int compareTo(Reporter other) {
    int byLot = lot.toLowerCase(Locale.UK).compareTo(other.lot.toLowerCase(Locale.UK));
    return byLot != 0
        ? byLot
        : provider.toLowerCase(Locale.UK).compareTo(other.provider.toLowerCase(Locale.UK));
  }
}
