package org.imapharness.server.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.imapharness.server.auth.AccountNames;
import org.imapharness.server.auth.HashCost;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.tls.TlsEngine;

/**
 * Every config key, shared by the config file and the CLI flags ({@code --KEY VALUE}). Each knows
 * how to parse its value into a {@link ServerConfigBuilder}; {@code CONFIG.md} documents them all,
 * and a test keeps the two in step.
 */
public enum ConfigKey {
    BIND("bind", false, (b, v, base) -> b.bindAddress = BindAddress.parse(v)),
    PORT("port", false, (b, v, base) -> b.port = integer(v)),
    TLS_PORT("tls-port", false, (b, v, base) -> b.tlsPort = v.trim().equalsIgnoreCase("off") ? -1 : integer(v)),
    USER("user", true, (b, v, base) -> b.users.add(InlineUser.parse(v.trim()))),
    USERS("users", false, (b, v, base) -> b.usersFile = path(v, base)),
    STORE("store", false, (b, v, base) -> b.storeDir = path(v, base)),
    CERT("cert", false, (b, v, base) -> b.certFile = path(v, base)),
    KEY("key", false, (b, v, base) -> b.keyFile = path(v, base)),
    ALLOW_PLAINTEXT_AUTH("allow-plaintext-auth", false, (b, v, base) -> b.allowPlaintextAuth = bool(v)),
    PREAUTH("preauth", false, (b, v, base) -> b.preauthUser = v.isBlank() ? null : AccountNames.check(v.trim())),
    LITERAL_MODE("literal-mode", false, (b, v, base) -> b.literals = literalMode(v)),
    MAX_LINE_LENGTH("max-line-length", false, (b, v, base) -> b.maxLineLength = intSize(v)),
    MAX_LITERAL_SIZE("max-literal-size", false, (b, v, base) -> b.maxLiteralSize = ByteSizes.parse(v)),
    MAX_COMMANDS_IN_FLIGHT("max-commands-in-flight", false, (b, v, base) -> b.maxCommandsInFlight = integer(v)),
    MAX_CONNECTIONS_PER_USER("max-connections-per-user", false,
            (b, v, base) -> b.maxConnectionsPerUser = integer(v)),
    MAX_CONNECTIONS_PER_ADDRESS("max-connections-per-address", false,
            (b, v, base) -> b.maxConnectionsPerAddress = integer(v)),
    IDLE_TIMEOUT("idle-timeout", false, (b, v, base) -> b.idleTimeout = Durations.parse(v)),
    PREAUTH_TIMEOUT("preauth-timeout", false, (b, v, base) -> b.preAuthTimeout = Durations.parse(v)),
    MAX_BUFFERED_BYTES("max-buffered-bytes", false, (b, v, base) -> b.maxBufferedBytes = ByteSizes.parse(v)),
    FAULT("fault", true, (b, v, base) -> b.faults.addAll(FaultSet.parse(List.of(v)).asSet())),
    AUTH_INLINE_HASH("auth.inline-hash", false, (b, v, base) -> b.inlineHashCost = HashCost.parse(v.trim())),
    AUTH_ALLOW_PLAIN_PASSWORDS("auth.allow-plain-passwords", false,
            (b, v, base) -> b.allowPlainPasswords = bool(v)),
    AUTH_THREADS("auth.threads", false, (b, v, base) -> b.hashThreads = integer(v)),
    AUTH_USER_FREE_FAILURES("auth.user-free-failures", false, (b, v, base) -> b.userFreeFailures = integer(v)),
    AUTH_ADDRESS_FREE_FAILURES("auth.address-free-failures", false,
            (b, v, base) -> b.addressFreeFailures = integer(v)),
    AUTH_THROTTLE_WINDOW("auth.throttle-window", false, (b, v, base) -> b.throttleWindow = Durations.parse(v)),
    AUTH_THROTTLE_BASE_DELAY("auth.throttle-base-delay", false,
            (b, v, base) -> b.throttleBaseDelay = Durations.parse(v)),
    AUTH_THROTTLE_MAX_DELAY("auth.throttle-max-delay", false,
            (b, v, base) -> b.throttleMaxDelay = Durations.parse(v)),
    AUTH_CACHE_ENTRIES("auth.cache-entries", false, (b, v, base) -> b.cacheEntries = integer(v)),
    AUTH_CACHE_TTL("auth.cache-ttl", false, (b, v, base) -> b.cacheTtl = Durations.parse(v)),
    TLS_ENGINE("tls.engine", false, (b, v, base) -> b.tlsEngine = engine(v)),
    TLS_GROUPS("tls.groups", false, (b, v, base) -> b.tlsGroups = list(v));

    /** Parses one value into the builder; relative paths resolve against {@code base} when it is set. */
    @FunctionalInterface
    interface Setter {
        void apply(ServerConfigBuilder builder, String value, Path base);
    }

    private final String key;
    private final boolean repeatable;
    private final Setter setter;

    ConfigKey(String key, boolean repeatable, Setter setter) {
        this.key = key;
        this.repeatable = repeatable;
        this.setter = setter;
    }

    /** The name in the config file, and the CLI flag without its {@code --}. */
    public String key() {
        return key;
    }

    /** Whether the key may be given many times, each adding to the last. */
    public boolean repeatable() {
        return repeatable;
    }

    /** @throws ConfigException naming the key and listing the valid keys */
    public static ConfigKey byName(String name) {
        for (ConfigKey k : values()) {
            if (k.key.equals(name)) {
                return k;
            }
        }
        throw ConfigException.of(name, "unknown key; valid keys: "
                + Arrays.stream(values()).map(ConfigKey::key).collect(Collectors.joining(", ")));
    }

    /** @throws ConfigException (without location) naming this key */
    void apply(ServerConfigBuilder builder, String value, Path base) {
        try {
            setter.apply(builder, value, base);
        } catch (IllegalArgumentException e) {
            throw ConfigException.of(key, e.getMessage());
        }
    }

    private static int integer(String v) {
        String t = v.trim();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a whole number");
        }
    }

    private static int intSize(String v) {
        long bytes = ByteSizes.parse(v);
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + v + "' is too large (at most 2g - 1 bytes)");
        }
        return (int) bytes;
    }

    private static boolean bool(String v) {
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                throw new IllegalArgumentException("'" + v + "' is not a boolean; write true or false");
        }
    }

    /** Empty means unset; a relative path is taken from the config file's directory. */
    private static Path path(String v, Path base) {
        String t = v.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            Path p = Path.of(t);
            return base == null || p.isAbsolute() ? p : base.resolve(p).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + v + "' is not a valid path: " + e.getReason());
        }
    }

    private static TlsEngine engine(String v) {
        try {
            return TlsEngine.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + v + "' is not a TLS engine; write auto, openssl or jdk");
        }
    }

    private static LiteralExtension literalMode(String v) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "plus" -> LiteralExtension.PLUS;
            case "minus" -> LiteralExtension.MINUS;
            default -> throw new IllegalArgumentException("'" + v + "' is not a literal mode; write plus or minus");
        };
    }

    private static List<String> list(String v) {
        List<String> items = new ArrayList<>();
        for (String item : v.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }
}
