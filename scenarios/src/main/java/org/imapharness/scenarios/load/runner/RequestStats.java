package org.imapharness.scenarios.load.runner;

/**
 * Gatling's figures for one request name (or {@code All Requests}), response times in ms.
 *
 * @param perSecond Gatling's "Cnt/s": requests of this name per second over the run
 */
public record RequestStats(String name, long total, long ok, long ko, double perSecond, long min, long p50,
                           long p75, long p95, long p99, long max, long mean) {
}
