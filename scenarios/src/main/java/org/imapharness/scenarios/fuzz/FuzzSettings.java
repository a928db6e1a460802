package org.imapharness.scenarios.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.imapharness.core.config.Durations;
import org.imapharness.core.engine.EngineParameters;
import org.imapharness.core.fuzz.FuzzOptions;
import org.imapharness.core.target.TargetOptions;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The fuzz suite's settings, from JUnit configuration parameters with system properties as the
 * fallback: the target as every suite reads it ({@code imap.target}, {@code imap.user},
 * {@code imap.user-template}, {@code imap.password}, {@code imap.insecure},
 * {@code imap.certificate}, {@code imap.timeout}) and {@code imap.fuzz.seed} (default: the
 * clock), {@code imap.fuzz.duration} (default 30s), {@code imap.fuzz.commands} (0: no limit),
 * {@code imap.fuzz.replay-dir} (default target/fuzz-replays), {@code imap.fuzz.near-valid} and
 * {@code imap.fuzz.equivalence} (percentages, default 30 and 10).
 */
record FuzzSettings(TargetOptions target, FuzzOptions options) {
    static final String SEED = "imap.fuzz.seed";
    static final String DURATION = "imap.fuzz.duration";
    static final String COMMANDS = "imap.fuzz.commands";

    static FuzzSettings from(ConfigurationParameters parameters) {
        Function<String, Optional<String>> p = key -> parameters.get(key)
                .or(() -> Optional.ofNullable(System.getProperty(key))).filter(v -> !v.isBlank()).map(String::strip);
        long seed = p.apply(SEED).map(FuzzSettings::seed).orElseGet(System::currentTimeMillis);
        FuzzOptions options = FuzzOptions.defaults(seed)
                .withDuration(p.apply(DURATION).map(v -> Durations.parse(DURATION, v)).orElse(Duration.ofSeconds(30)))
                .withMaxCommands(p.apply(COMMANDS).map(v -> number(COMMANDS, v)).orElse(0L))
                .withTimeout(p.apply("imap.timeout").map(v -> Durations.parse("imap.timeout", v))
                        .orElse(Duration.ofSeconds(10)))
                .withMix(p.apply("imap.fuzz.near-valid").map(v -> (int) number("imap.fuzz.near-valid", v)).orElse(30),
                        p.apply("imap.fuzz.equivalence").map(v -> (int) number("imap.fuzz.equivalence", v)).orElse(10))
                .withReplayDir(Path.of(p.apply("imap.fuzz.replay-dir").orElse("target/fuzz-replays")));
        return new FuzzSettings(new TargetOptions(p.apply("imap.target").orElse("embedded"), EngineParameters.users(p), EngineParameters.trust(p)),
                options);
    }

    private static long seed(String text) {
        try {
            return text.startsWith("0x") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED + ": expected a number (decimal or 0x hex), found \"" + text + "\"");
        }
    }

    private static long number(String key, String text) {
        try {
            long n = Long.parseLong(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": expected a number >= 0, found \"" + text + "\"");
        }
    }
}
