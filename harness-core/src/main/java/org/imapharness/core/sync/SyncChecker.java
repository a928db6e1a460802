package org.imapharness.core.sync;

import java.time.Duration;
import org.imapharness.core.gen.Choices;
import org.imapharness.core.target.Target;

/**
 * The multi-device sync checker (DESIGN.md §7): runs devices on one account against a target from
 * a seed, and when a rule breaks, shrinks the run's bytes to the fewest devices and actions that
 * still break the same rule and writes them as a replayable scenario.
 *
 * <pre>{@code
 * SyncChecker.Report report = new SyncChecker(target, SyncConfig.DEFAULTS).check(42);
 * if (!report.passed()) Files.writeString(dir.resolve("sync-failure.imap"), report.scenario());
 * }</pre>
 */
public final class SyncChecker {
    private final Target target;
    private final SyncConfig config;

    /**
     * @param original     the seeded run
     * @param shrunk       the smallest failing replay found (the original when it passed or shrinking was off)
     * @param scenario     the replay as a scenario file, or null when the run passed
     * @param shrinkReplays replays spent shrinking
     */
    public record Report(long seed, SyncResult original, SyncResult shrunk, String scenario, int shrinkReplays,
                         Duration elapsed) {
        public boolean passed() {
            return original.passed();
        }

        public Latencies pushLatency() {
            return Latencies.of(original.pushNanos());
        }
    }

    public SyncChecker(Target target, SyncConfig config) {
        this.target = target;
        this.config = config;
    }

    /** Runs from {@code seed}; on failure shrinks and writes the replay scenario. */
    public Report check(long seed) {
        long start = System.nanoTime();
        SyncResult original = new SyncRun(target, config, Choices.random(seed), Integer.MAX_VALUE).run();
        if (original.passed()) {
            return new Report(seed, original, original, null, 0, Duration.ofNanos(System.nanoTime() - start));
        }
        return shrink(seed, original, start);
    }

    /** Shrinks a failing run found earlier (e.g. with shrinking off) and writes its replay scenario. */
    public Report shrink(Report failing) {
        return shrink(failing.seed(), failing.original(), System.nanoTime());
    }

    private Report shrink(long seed, SyncResult original, long start) {
        Rule rule = original.first().rule();
        SyncResult[] smallest = {original};
        int[] replays = {0};
        if (config.shrinkAttempts() > 0) {
            StepBlocks.shrink(original.bytes(), bytes -> {
                replays[0]++;
                try {
                    SyncResult r = replay(bytes);
                    if (!r.passed() && r.first().rule() == rule) {
                        smallest[0] = r;
                        return true;
                    }
                    return false;
                } catch (SyncException e) {
                    return false; // a replay the harness could not finish says nothing about the failure
                }
            }, config.shrinkAttempts());
        }
        SyncResult shrunk = smallest[0];
        String scenario = ScenarioWriter.write("sync: " + rule.text(), shrunk.trace(), shrunk.first(), seed,
                shrunk.requires());
        return new Report(seed, original, shrunk, scenario, replays[0], Duration.ofNanos(System.nanoTime() - start));
    }

    /** Repeats a run exactly from the bytes it drew ({@link SyncResult#bytes()}); a shorter array ends it sooner. */
    public SyncResult replay(byte[] bytes) {
        return new SyncRun(target, config, Choices.replay(bytes), bytes.length).run();
    }
}
