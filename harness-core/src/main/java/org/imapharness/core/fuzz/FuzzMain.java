package org.imapharness.core.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import org.imapharness.core.config.Durations;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.imapharness.core.target.UserTemplate;

/**
 * A bare entry point for long runs outside the JUnit Platform (bench/fuzz-million.sh):
 * {@code FuzzMain TARGET USER PASSWORD COMMANDS [SEED] [DURATION] [EQUIVALENCE%]}. Prints the
 * report; exits 0 without failures, 1 with, 2 when the run could not start.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: FuzzMain TARGET USER PASSWORD COMMANDS [SEED] [DURATION] [EQUIVALENCE%]");
            System.exit(2);
        }
        long seed = args.length > 4 ? Long.parseLong(args[4]) : System.currentTimeMillis();
        Duration duration = args.length > 5 ? Durations.parse("duration", args[5]) : Duration.ofHours(4);
        int equivalence = args.length > 6 ? Integer.parseInt(args[6]) : 2;
        FuzzOptions options = FuzzOptions.defaults(seed).withMaxCommands(Long.parseLong(args[3]))
                .withDuration(duration).withMix(30, equivalence).withReplayDir(Path.of("target/fuzz-replays"));
        long[] progress = {System.nanoTime()};
        try (Target target = Targets.open(TargetOptions.of(args[0], UserTemplate.single(args[1], args[2])))) {
            FuzzReport report = new NetworkFuzzer(target, options, System.out::println).run();
            System.out.print(report.summary());
            System.out.printf("commands=%d commands_per_s=%.0f failures=%d%n", report.commands(),
                    report.commandsPerSecond(), report.failures().size());
            System.exit(report.passed() ? 0 : 1);
        } catch (Exception e) {
            System.err.println("fuzz run could not start: " + e.getMessage() + " after " + (System.nanoTime()
                    - progress[0]) / 1_000_000 + " ms");
            System.exit(2);
        }
    }
}
