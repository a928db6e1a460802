package org.imapharness.scenarios.load.runner;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run: Gatling's per-request figures, the generator's health and where the
 * HTML report is.
 *
 * @param gatlingExitCode 0, or 2 when the simulation's assertions failed
 * @param requests        Gatling's rows; the first is "All Requests"
 * @param bytes           message bytes the simulation counted ({@link org.imapharness.scenarios.load.ByteMeter}), 0 if none
 * @param seconds         the window in which those bytes moved (first to last count)
 */
public record LoadSummary(String simulation, Path reportDir, int gatlingExitCode, List<RequestStats> requests,
                          long bytes, double seconds, GeneratorMonitor.Verdict generator) {

    public LoadSummary {
        requests = List.copyOf(requests);
    }

    /** The row of one request name, or null. */
    public RequestStats request(String name) {
        return requests.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    public RequestStats all() {
        return requests.get(0);
    }

    /** 0 when Gatling passed and the generator stayed healthy; Gatling's code if not 0; 3 for INVALID. */
    public int exitCode() {
        if (gatlingExitCode != 0) {
            return gatlingExitCode;
        }
        return generator.valid() ? 0 : 3;
    }

    public void print(PrintStream out) {
        out.printf("%n== %s: %s%n", simulation, generator.valid() ? "VALID" : "INVALID (generator saturated)");
        out.printf("%-40s %8s %8s %6s %9s %7s %7s %7s %7s%n", "request", "total", "ok", "ko", "req/s", "p50", "p95",
                "p99", "max");
        for (RequestStats r : requests) {
            out.printf("%-40s %8d %8d %6d %9.1f %7d %7d %7d %7d%n", clip(r.name()), r.total(), r.ok(), r.ko(),
                    r.perSecond(), r.p50(), r.p95(), r.p99(), r.max());
        }
        out.println("(latencies in ms; req/s as Gatling counts it over the run)");
        if (bytes > 0 && seconds > 0) {
            out.printf("message data: %.1f MB in %.1f s = %.2f MB/s%n", bytes / 1e6, seconds, bytes / 1e6 / seconds);
        }
        EventLoopLagProbe.Lag lag = generator.lag();
        out.printf("generator: machine CPU mean %.0f%% max %.0f%%, this JVM %.0f%%; event-loop lag p50 %.1f ms "
                        + "p99 %.1f ms max %.1f ms (%d samples)%n", generator.cpuMean() * 100, generator.cpuMax() * 100,
                generator.processCpuMean() * 100, lag.p50Millis(), lag.p99Millis(), lag.maxMillis(), lag.samples());
        generator.reasons().forEach(r -> out.println("INVALID: " + r));
        if (gatlingExitCode != 0) {
            out.println("Gatling assertions FAILED (exit code " + gatlingExitCode + ")");
        }
        out.println("report: " + reportDir.resolve("index.html"));
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
