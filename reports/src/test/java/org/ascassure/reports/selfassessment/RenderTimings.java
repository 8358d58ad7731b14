package org.ascassure.reports.selfassessment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Wall and CPU time of repeated renders after a warm-up, as both render benchmarks measure and
 * print them. The CPU time of the rendering thread stands beside the wall time: on a shared machine
 * the two differ.
 */
record RenderTimings(int warmUp, long[] millis, long[] cpuMillis) {

  static RenderTimings measure(int warmUp, int measured, Runnable render) {
    for (int i = 0; i < warmUp; i++) {
      render.run();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] millis = new long[measured];
    long[] cpuMillis = new long[measured];
    for (int i = 0; i < measured; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      render.run();
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    }
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    return new RenderTimings(warmUp, millis, cpuMillis);
  }

  /** Two lines: the wall-time figures of the measured renders, then their CPU time. */
  String describe() {
    int measured = millis.length;
    return String.format(
        Locale.ROOT,
        "  warm-up %d renders, then %d measured: min %d ms, median %d ms, p90 %d ms, max %d ms%n"
            + "  CPU time of the rendering thread: min %d ms, median %d ms%n",
        warmUp,
        measured,
        millis[0],
        millis[measured / 2],
        millis[(int) Math.ceil(measured * 0.9) - 1],
        millis[measured - 1],
        cpuMillis[0],
        cpuMillis[measured / 2]);
  }
}
