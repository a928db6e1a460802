package org.imapharness.core.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a network fuzz run goes.
 *
 * @param seed               fixes every generated command; the same seed replays the run
 * @param duration           time budget for sending commands (shrinking comes on top, bounded by {@code shrinkBudget})
 * @param maxCommands        stop after this many generated commands (0: no limit)
 * @param timeout            longest wait for each answer (and for a connection)
 * @param nearValidPercent   share of commands given one mutation
 * @param equivalencePercent share of valid read-only commands also checked in their equivalent forms
 * @param maxFailures        stop after this many failures (each is shrunk and saved)
 * @param shrinkBudget       time for shrinking one failure
 * @param replayDir          where replay scenarios go; {@code null} keeps them in memory only
 */
public record FuzzOptions(long seed, Duration duration, long maxCommands, Duration timeout, int nearValidPercent,
                          int equivalencePercent, int maxFailures, Duration shrinkBudget, Path replayDir) {

    public FuzzOptions {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(shrinkBudget, "shrinkBudget");
        if (maxCommands < 0 || maxFailures < 1) {
            throw new IllegalArgumentException("maxCommands must be >= 0 and maxFailures >= 1");
        }
        if (nearValidPercent < 0 || nearValidPercent > 100 || equivalencePercent < 0 || equivalencePercent > 100) {
            throw new IllegalArgumentException("percentages must be 0..100");
        }
    }

    /** 30 s, 10 s timeout, a third near-valid, a tenth of read-only commands checked for equivalence. */
    public static FuzzOptions defaults(long seed) {
        return new FuzzOptions(seed, Duration.ofSeconds(30), 0, Duration.ofSeconds(10), 30, 10, 5,
                Duration.ofSeconds(60), null);
    }

    public FuzzOptions withDuration(Duration d) {
        return new FuzzOptions(seed, d, maxCommands, timeout, nearValidPercent, equivalencePercent, maxFailures,
                shrinkBudget, replayDir);
    }

    public FuzzOptions withMaxCommands(long n) {
        return new FuzzOptions(seed, duration, n, timeout, nearValidPercent, equivalencePercent, maxFailures,
                shrinkBudget, replayDir);
    }

    public FuzzOptions withTimeout(Duration t) {
        return new FuzzOptions(seed, duration, maxCommands, t, nearValidPercent, equivalencePercent, maxFailures,
                shrinkBudget, replayDir);
    }

    public FuzzOptions withMix(int nearValid, int equivalence) {
        return new FuzzOptions(seed, duration, maxCommands, timeout, nearValid, equivalence, maxFailures,
                shrinkBudget, replayDir);
    }

    public FuzzOptions withMaxFailures(int n) {
        return new FuzzOptions(seed, duration, maxCommands, timeout, nearValidPercent, equivalencePercent, n,
                shrinkBudget, replayDir);
    }

    public FuzzOptions withReplayDir(Path dir) {
        return new FuzzOptions(seed, duration, maxCommands, timeout, nearValidPercent, equivalencePercent, maxFailures,
                shrinkBudget, dir);
    }
}
