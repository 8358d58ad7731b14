package org.ascassure.admin.platform;

import jakarta.json.JsonObject;

/**
 * A Chart.js configuration as {@code p:chart} takes it. PrimeFaces writes the configuration into an
 * inline script as it is, so a label holding {@code </script>} (a KPI named by a user, a workstream
 * title) would end the script and put the rest into the page as markup; the Content-Security-Policy
 * stops what that could run, and this stops it happening. Within JSON strings {@code <}, {@code >}
 * and {@code &} are written as escapes, which read back as the same text.
 */
public final class ChartConfig {

  private ChartConfig() {}

  public static String of(JsonObject config) {
    return config
        .toString()
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }
}
