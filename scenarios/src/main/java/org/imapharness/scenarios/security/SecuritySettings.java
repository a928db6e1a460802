package org.imapharness.scenarios.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.imapharness.core.config.Durations;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The security suite's own settings, from JUnit configuration parameters with system properties
 * as the fallback (the target itself is read like the scenario engine's: {@code imap.target},
 * {@code imap.user}, ...; see {@link SecurityTargets}):
 * <ul>
 *   <li>{@code imap.security.harsh}: run the checks that load the server (default false)</li>
 *   <li>{@code imap.security.second-target}: the same server's other port, e.g. {@code imaps://host:993}
 *       when {@code imap.target} is {@code imap://host:143}, so both STARTTLS and implicit TLS are checked</li>
 *   <li>{@code imap.security.close-bound}: how long a silent or trickling connection may stay open
 *       before the server must close it (default 5m)</li>
 *   <li>{@code imap.security.autologout-probe}: how long an idle authenticated session is kept
 *       to show the server does not log it out early (default 65s; 31m checks §5.4 fully)</li>
 *   <li>{@code imap.security.slowloris-interval}: pause between the trickled bytes (default 5s)</li>
 *   <li>{@code imap.security.max-connections} / {@code imap.security.max-bytes}: the safety budget
 *       for the whole run (default 200 connections, 64m bytes)</li>
 * </ul>
 */
public record SecuritySettings(boolean harsh, Duration timeout, Duration closeBound, Duration autologoutProbe,
                               Duration slowlorisInterval, int maxConnections, long maxBytes,
                               Optional<String> secondTarget) {

    public static final String HARSH = "imap.security.harsh";

    static SecuritySettings from(ConfigurationParameters parameters) {
        Function<String, Optional<String>> p = key -> parameters.get(key)
                .or(() -> Optional.ofNullable(System.getProperty(key))).filter(v -> !v.isBlank());
        return new SecuritySettings(
                p.apply(HARSH).map(Boolean::parseBoolean).orElse(false),
                p.apply("imap.timeout").map(v -> Durations.parse("imap.timeout", v)).orElse(Duration.ofSeconds(10)),
                duration(p, "imap.security.close-bound", Duration.ofMinutes(5)),
                duration(p, "imap.security.autologout-probe", Duration.ofSeconds(65)),
                duration(p, "imap.security.slowloris-interval", Duration.ofSeconds(5)),
                p.apply("imap.security.max-connections").map(Integer::parseInt).orElse(200),
                p.apply("imap.security.max-bytes").map(SecuritySettings::bytes).orElse(64L << 20),
                p.apply("imap.security.second-target"));
    }

    private static Duration duration(Function<String, Optional<String>> p, String key, Duration fallback) {
        return p.apply(key).map(v -> Durations.parse(key, v)).orElse(fallback);
    }

    /** {@code 1048576}, {@code 64k}, {@code 64m}. */
    static long bytes(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        long scale = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : t.endsWith("g") ? 1L << 30 : 1;
        String digits = scale == 1 ? t : t.substring(0, t.length() - 1);
        try {
            return Long.parseLong(digits) * scale;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("imap.security.max-bytes: expected a size such as 64m, found \""
                    + text + "\"");
        }
    }
}
