package org.imapharness.scenarios.load.simulations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The knobs of the built-in simulations, read from {@code -Dload.*} system properties (Gatling
 * instantiates simulations itself, so properties are how a launcher such as {@code imap-harness
 * load} passes them):
 * <ul>
 *   <li>{@code load.target}: {@code host:port}, or {@code embedded} (default) for the bundled server in this JVM</li>
 *   <li>{@code load.tls}: {@code implicit} (default), {@code starttls} or {@code plain}</li>
 *   <li>{@code load.trust}: a PEM file, or {@code insecure}; default the JVM's trust store (embedded: its CA)</li>
 *   <li>{@code load.accounts}: accounts {@code user1..userN} with password {@code pass-N} (default 50, or the simulation's own), or
 *       {@code load.credentials}: a CSV file with {@code user,password} columns</li>
 *   <li>{@code load.model}: {@code open} (default; {@code load.rate} users arriving per second) or
 *       {@code closed} ({@code load.users} concurrent users)</li>
 *   <li>{@code load.duration}: injection time, e.g. {@code 30s}, {@code 2m} (default 10s)</li>
 *   <li>{@code load.seed}: whether to APPEND the messages a simulation reads first (default true)</li>
 *   <li>{@code load.tls-resumption}: whether connections resume earlier TLS sessions (default false:
 *       every handshake is a full one)</li>
 * </ul>
 * Simulation-specific keys are read with {@link #string}, {@link #integer}, {@link #duration}.
 */
public record LoadSettings(String target, String tls, String trust, int accounts, Path credentials, String model,
                           double rate, int users, Duration duration, boolean seed, boolean tlsResumption) {

    public static LoadSettings fromSystemProperties() {
        return fromSystemProperties(50);
    }

    /** @param defaultAccounts accounts when {@code load.accounts} is not set (simulations storing big messages want few) */
    public static LoadSettings fromSystemProperties(int defaultAccounts) {
        String model = string("load.model", "open").toLowerCase(Locale.ROOT);
        if (!model.equals("open") && !model.equals("closed")) {
            throw new IllegalArgumentException("load.model must be open or closed, was " + model);
        }
        String tls = string("load.tls", "implicit").toLowerCase(Locale.ROOT);
        if (!tls.equals("implicit") && !tls.equals("starttls") && !tls.equals("plain")) {
            throw new IllegalArgumentException("load.tls must be implicit, starttls or plain, was " + tls);
        }
        String credentials = System.getProperty("load.credentials");
        return new LoadSettings(string("load.target", "embedded"), tls, System.getProperty("load.trust"),
                integer("load.accounts", defaultAccounts), credentials == null ? null : Path.of(credentials), model,
                decimal("load.rate", 10), integer("load.users", 10), duration("load.duration", Duration.ofSeconds(10)),
                Boolean.parseBoolean(string("load.seed", "true")),
                Boolean.parseBoolean(string("load.tls-resumption", "false")));
    }

    public boolean embedded() {
        return target.equalsIgnoreCase("embedded");
    }

    public boolean closedModel() {
        return model.equals("closed");
    }

    /** The settings as shown in a report's run description. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target);
        m.put("tls", tls + (tlsResumption ? " (sessions resumed)" : ""));
        m.put("model", model);
        m.put(closedModel() ? "users" : "rate", closedModel() ? users : rate);
        m.put("duration", duration);
        return m;
    }

    public static String string(String key, String defaultValue) {
        String v = System.getProperty(key);
        return v == null || v.isBlank() ? defaultValue : v.trim();
    }

    public static int integer(String key, int defaultValue) {
        String v = string(key, null);
        try {
            int n = v == null ? defaultValue : Integer.parseInt(v);
            if (n < 1) {
                throw new IllegalArgumentException(key + " must be at least 1, was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v + "'");
        }
    }

    public static double decimal(String key, double defaultValue) {
        String v = string(key, null);
        try {
            double d = v == null ? defaultValue : Double.parseDouble(v);
            if (!(d > 0)) {
                throw new IllegalArgumentException(key + " must be positive, was " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + v + "'");
        }
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m}, or a bare number of seconds. */
    public static Duration duration(String key, Duration defaultValue) {
        String v = string(key, null);
        if (v == null) {
            return defaultValue;
        }
        String s = v.toLowerCase(Locale.ROOT);
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            if (s.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
            }
            if (s.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a duration such as 500ms, 30s or 2m, was '" + v + "'");
        }
    }
}
