package org.imapharness.scenarios.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.imapharness.core.config.Durations;
import org.imapharness.core.engine.EngineParameters;
import org.imapharness.core.sync.SyncConfig;
import org.imapharness.core.target.TargetOptions;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The sync suite's configuration: the shared {@code imap.*} target parameters (as the scenario
 * engine reads them) and its own {@code imap.sync.seed} (default: a fresh one, reported),
 * {@code imap.sync.devices} (3), {@code imap.sync.steps} (200), {@code imap.sync.duration} (2m),
 * {@code imap.sync.push-timeout} (3s) and {@code imap.sync.out} (where a failing run's replay
 * scenario goes; default {@code imap.reports.dir}, else the temporary directory). Configuration
 * parameters win over system properties of the same name.
 */
record SyncSettings(TargetOptions target, SyncConfig config, long seed, Path out) {

    static SyncSettings from(ConfigurationParameters parameters) {
        Function<String, Optional<String>> p = EngineParameters.lookup(parameters);
        TargetOptions target = new TargetOptions(p.apply("imap.target").orElse("embedded"), EngineParameters.users(p), EngineParameters.trust(p));
        SyncConfig config = SyncConfig.DEFAULTS
                .withDevices(p.apply("imap.sync.devices").map(v -> integer("imap.sync.devices", v)).orElse(3))
                .withSteps(p.apply("imap.sync.steps").map(v -> integer("imap.sync.steps", v)).orElse(200))
                .withDuration(p.apply("imap.sync.duration").map(v -> Durations.parse("imap.sync.duration", v))
                        .orElse(Duration.ofMinutes(2)))
                .withPushTimeout(p.apply("imap.sync.push-timeout").map(v -> Durations.parse("imap.sync.push-timeout", v))
                        .orElse(SyncConfig.DEFAULTS.pushTimeout()));
        long seed = p.apply("imap.sync.seed").map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("imap.sync.seed: expected a whole number, found \"" + v + "\"");
            }
        }).orElseGet(() -> new java.security.SecureRandom().nextLong());
        Path out = p.apply("imap.sync.out").or(() -> p.apply("imap.reports.dir")).map(Path::of)
                .orElse(Path.of(System.getProperty("java.io.tmpdir")));
        return new SyncSettings(target, config, seed, out);
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": expected a whole number, found \"" + value + "\"");
        }
    }
}
