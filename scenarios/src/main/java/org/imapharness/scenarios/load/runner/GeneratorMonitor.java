package org.imapharness.scenarios.load.runner;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the load generator while a run goes: machine and process CPU every half second, plus
 * the lag of Gatling's event loops ({@link EventLoopLagProbe}). A generator that saturates
 * measures its own queueing instead of the server, so {@link #verdict} marks such a run INVALID.
 */
public final class GeneratorMonitor implements AutoCloseable {
    /** Above this mean machine CPU the generator has no headroom left. */
    static final double MAX_MEAN_CPU = 0.90;
    /** A virtual user whose loop is this late adds that much to every latency it reports. */
    static final double MAX_P99_LAG_MILLIS = 50;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "load-generator-monitor");
        t.setDaemon(true);
        return t;
    });
    private final List<double[]> samples = new ArrayList<>();

    private GeneratorMonitor() {
    }

    /** Resets the event-loop probe and starts sampling CPU. */
    public static GeneratorMonitor start() {
        EventLoopLagProbe.reset();
        GeneratorMonitor m = new GeneratorMonitor();
        m.sampler.scheduleAtFixedRate(m::sample, 500, 500, TimeUnit.MILLISECONDS);
        return m;
    }

    private void sample() {
        double machine = os.getCpuLoad();
        double process = os.getProcessCpuLoad();
        if (machine >= 0 && process >= 0) {
            synchronized (samples) {
                samples.add(new double[] {machine, process});
            }
        }
    }

    /** Stops sampling and judges the run. */
    public Verdict verdict() {
        close();
        double machineSum = 0;
        double machineMax = 0;
        double processSum = 0;
        int n;
        synchronized (samples) {
            n = samples.size();
            for (double[] s : samples) {
                machineSum += s[0];
                machineMax = Math.max(machineMax, s[0]);
                processSum += s[1];
            }
        }
        double machineMean = n == 0 ? 0 : machineSum / n;
        double processMean = n == 0 ? 0 : processSum / n;
        EventLoopLagProbe.Lag lag = EventLoopLagProbe.snapshot();
        List<String> reasons = new ArrayList<>();
        if (machineMean > MAX_MEAN_CPU) {
            reasons.add(String.format("machine CPU averaged %.0f%% (limit %.0f%%)", machineMean * 100,
                    MAX_MEAN_CPU * 100));
        }
        if (lag.p99Millis() > MAX_P99_LAG_MILLIS) {
            reasons.add(String.format("Gatling event-loop lag p99 %.1f ms (limit %.0f ms)", lag.p99Millis(),
                    MAX_P99_LAG_MILLIS));
        }
        return new Verdict(reasons.isEmpty(), reasons, machineMean, machineMax, processMean, lag);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    /**
     * @param cpuMean        mean machine CPU, 0..1 (all cores)
     * @param processCpuMean mean CPU of this JVM, 0..1; includes an embedded server when one runs here
     */
    public record Verdict(boolean valid, List<String> reasons, double cpuMean, double cpuMax, double processCpuMean,
                          EventLoopLagProbe.Lag lag) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }
}
