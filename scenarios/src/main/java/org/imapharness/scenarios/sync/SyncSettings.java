package org.imapharness.scenarios.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.imapharness.core.config.Durations;
import org.imapharness.core.client.Trust;
import org.imapharness.core.sync.SyncConfig;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.UserTemplate;
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
        Lookup p = new Lookup(parameters);
        TargetOptions target = new TargetOptions(p.get("imap.target").orElse("embedded"), users(p), trust(p));
        SyncConfig config = SyncConfig.DEFAULTS
                .withDevices(p.get("imap.sync.devices").map(v -> integer("imap.sync.devices", v)).orElse(3))
                .withSteps(p.get("imap.sync.steps").map(v -> integer("imap.sync.steps", v)).orElse(200))
                .withDuration(p.get("imap.sync.duration").map(v -> Durations.parse("imap.sync.duration", v))
                        .orElse(Duration.ofMinutes(2)))
                .withPushTimeout(p.get("imap.sync.push-timeout").map(v -> Durations.parse("imap.sync.push-timeout", v))
                        .orElse(SyncConfig.DEFAULTS.pushTimeout()));
        long seed = p.get("imap.sync.seed").map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("imap.sync.seed: expected a whole number, found \"" + v + "\"");
            }
        }).orElseGet(() -> new java.security.SecureRandom().nextLong());
        Path out = p.get("imap.sync.out").or(() -> p.get("imap.reports.dir")).map(Path::of)
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

    private static UserTemplate users(Lookup p) {
        String password = p.get("imap.password").orElse("");
        Optional<String> template = p.get("imap.user-template");
        if (template.isPresent()) {
            return new UserTemplate(template.get(), password);
        }
        return p.get("imap.user").map(u -> UserTemplate.single(u, password)).orElse(null);
    }

    private static Trust trust(Lookup p) {
        if (p.get("imap.insecure").map(Boolean::parseBoolean).orElse(false)) {
            return Trust.insecure();
        }
        return p.get("imap.certificate").map(Path::of).map(Trust::certificate).orElse(null);
    }

    /** A configuration parameter, else the system property of the same name. */
    private record Lookup(ConfigurationParameters parameters) {
        Optional<String> get(String key) {
            Optional<String> value = parameters.get(key);
            if (value.isEmpty()) {
                value = Optional.ofNullable(System.getProperty(key));
            }
            return value.filter(v -> !v.isBlank());
        }
    }
}
