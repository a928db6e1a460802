package org.imapharness.server.config;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.server.auth.AccountNames;
import org.imapharness.server.auth.CachePolicy;
import org.imapharness.server.auth.HashCost;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.auth.ThrottlePolicy;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.tls.TlsEngine;
import org.imapharness.server.tls.TlsOptions;

/**
 * Collects settings, then {@link #build()}s a validated {@link ServerConfig}. Starts from the
 * defaults; later settings override earlier ones, except the repeatable {@code user} and
 * {@code fault}, which accumulate. {@link #set(String, String)} takes the same keys as the config
 * file, so the CLI maps {@code --port 0} to {@code set("port", "0")}.
 */
public final class ServerConfigBuilder {

    InetAddress bindAddress = InetAddress.getLoopbackAddress();
    int port = ServerConfig.DEFAULT_PORT;
    int tlsPort = ServerConfig.DEFAULT_TLS_PORT;
    final List<InlineUser> users = new ArrayList<>();
    Path usersFile;
    Path storeDir;
    Path certFile;
    Path keyFile;
    boolean allowPlaintextAuth;
    String preauthUser;
    LiteralExtension literals = LiteralExtension.PLUS;

    int maxLineLength = Limits.DEFAULTS.maxLineLength();
    long maxLiteralSize = Limits.DEFAULTS.maxLiteralSize();
    int maxCommandsInFlight = Limits.DEFAULTS.maxCommandsInFlight();
    int maxConnectionsPerUser = Limits.DEFAULTS.maxConnectionsPerUser();
    int maxConnectionsPerAddress = Limits.DEFAULTS.maxConnectionsPerAddress();
    Duration idleTimeout = Limits.DEFAULTS.idleTimeout();
    Duration preAuthTimeout = Limits.DEFAULTS.preAuthTimeout();
    long maxBufferedBytes = Limits.DEFAULTS.maxBufferedBytes();

    HashCost inlineHashCost = AuthSettings.DEFAULTS.inlineHashCost();
    boolean allowPlainPasswords = AuthSettings.DEFAULTS.allowPlainPasswords();
    int hashThreads = AuthSettings.DEFAULTS.hashThreads();
    int userFreeFailures = ThrottlePolicy.PER_USER.freeFailures();
    int addressFreeFailures = ThrottlePolicy.PER_ADDRESS.freeFailures();
    Duration throttleWindow = ThrottlePolicy.PER_USER.window();
    Duration throttleBaseDelay = ThrottlePolicy.PER_USER.baseDelay();
    Duration throttleMaxDelay = ThrottlePolicy.PER_USER.maxDelay();
    int cacheEntries = AuthSettings.DEFAULTS.cache().maxEntries();
    Duration cacheTtl = AuthSettings.DEFAULTS.cache().ttl();

    TlsEngine tlsEngine = TlsOptions.DEFAULTS.engine();
    List<String> tlsGroups = TlsOptions.DEFAULTS.groups();
    final EnumSet<Fault> faults = EnumSet.noneOf(Fault.class);

    /** Where a key's current value came from, when that was a config file line. */
    private record Origin(Path file, int line) {
    }

    private final Map<String, Origin> origins = new HashMap<>();

    ServerConfigBuilder() {
    }

    ServerConfigBuilder(ServerConfig config) {
        bindAddress = config.bindAddress();
        port = config.port();
        tlsPort = config.tlsPort();
        users.addAll(config.users());
        usersFile = config.usersFile();
        storeDir = config.storeDir();
        certFile = config.certFile();
        keyFile = config.keyFile();
        allowPlaintextAuth = config.allowPlaintextAuth();
        preauthUser = config.preauthUser();
        literals = config.literals();
        Limits l = config.limits();
        maxLineLength = l.maxLineLength();
        maxLiteralSize = l.maxLiteralSize();
        maxCommandsInFlight = l.maxCommandsInFlight();
        maxConnectionsPerUser = l.maxConnectionsPerUser();
        maxConnectionsPerAddress = l.maxConnectionsPerAddress();
        idleTimeout = l.idleTimeout();
        preAuthTimeout = l.preAuthTimeout();
        maxBufferedBytes = l.maxBufferedBytes();
        AuthSettings a = config.auth();
        inlineHashCost = a.inlineHashCost();
        allowPlainPasswords = a.allowPlainPasswords();
        hashThreads = a.hashThreads();
        userFreeFailures = a.userThrottle().freeFailures();
        addressFreeFailures = a.addressThrottle().freeFailures();
        throttleWindow = a.userThrottle().window();
        throttleBaseDelay = a.userThrottle().baseDelay();
        throttleMaxDelay = a.userThrottle().maxDelay();
        cacheEntries = a.cache().maxEntries();
        cacheTtl = a.cache().ttl();
        tlsEngine = config.tls().engine();
        tlsGroups = config.tls().groups();
        faults.addAll(config.faults().asSet());
    }

    /**
     * Sets a key from text, as a flag would; relative paths stay relative to the working directory.
     *
     * @throws ConfigException naming the key, for an unknown key or a bad value
     */
    public ServerConfigBuilder set(String key, String value) {
        ConfigKey.byName(key).apply(this, value, null);
        origins.remove(key);
        return this;
    }

    /** Sets a key from line {@code line} of config file {@code file}; relative paths resolve against its directory. */
    void setFromFile(ConfigKey key, String value, Path file, int line) {
        key.apply(this, value, file.toAbsolutePath().getParent());
        origins.put(key.key(), new Origin(file, line));
    }

    public ServerConfigBuilder bindAddress(InetAddress address) {
        this.bindAddress = address;
        origins.remove("bind");
        return this;
    }

    public ServerConfigBuilder port(int port) {
        this.port = port;
        origins.remove("port");
        return this;
    }

    public ServerConfigBuilder tlsPort(int tlsPort) {
        this.tlsPort = tlsPort;
        origins.remove("tls-port");
        return this;
    }

    public ServerConfigBuilder addUser(InlineUser user) {
        users.add(user);
        return this;
    }

    public ServerConfigBuilder usersFile(Path file) {
        this.usersFile = file;
        origins.remove("users");
        return this;
    }

    public ServerConfigBuilder storeDir(Path dir) {
        this.storeDir = dir;
        origins.remove("store");
        return this;
    }

    public ServerConfigBuilder certificate(Path cert, Path key) {
        this.certFile = cert;
        this.keyFile = key;
        origins.remove("cert");
        origins.remove("key");
        return this;
    }

    public ServerConfigBuilder allowPlaintextAuth(boolean allow) {
        this.allowPlaintextAuth = allow;
        origins.remove("allow-plaintext-auth");
        return this;
    }

    /** Greets every connection with PREAUTH as {@code user} (RFC 3501 §7.1.4); null for OK. */
    public ServerConfigBuilder preauthUser(String user) {
        this.preauthUser = user == null ? null : AccountNames.check(user);
        origins.remove("preauth");
        return this;
    }

    public ServerConfigBuilder literals(LiteralExtension extension) {
        this.literals = extension;
        origins.remove("literal-mode");
        return this;
    }

    public ServerConfigBuilder idleTimeout(Duration timeout) {
        this.idleTimeout = timeout;
        origins.remove("idle-timeout");
        return this;
    }

    public ServerConfigBuilder preAuthTimeout(Duration timeout) {
        this.preAuthTimeout = timeout;
        origins.remove("preauth-timeout");
        return this;
    }

    public ServerConfigBuilder tls(TlsOptions options) {
        this.tlsEngine = options.engine();
        this.tlsGroups = options.groups();
        origins.remove("tls.engine");
        origins.remove("tls.groups");
        return this;
    }

    public ServerConfigBuilder addFault(Fault fault) {
        faults.add(fault);
        return this;
    }

    /**
     * Validates everything together.
     *
     * @throws ConfigException naming the key at fault, and its file and line if a config file set it
     */
    public ServerConfig build() {
        try {
            return validate();
        } catch (ConfigException e) {
            Origin origin = e.key() == null ? null : origins.get(e.key());
            throw origin == null ? e : new ConfigException(origin.file(), origin.line(), e.key(), e.problem());
        }
    }

    private ServerConfig validate() {
        Limits limits = new Limits(maxLineLength, maxLiteralSize, maxCommandsInFlight, maxConnectionsPerUser,
                maxConnectionsPerAddress, idleTimeout, preAuthTimeout, maxBufferedBytes);
        AuthSettings auth = new AuthSettings(inlineHashCost, allowPlainPasswords,
                throttle("auth.user-free-failures", userFreeFailures),
                throttle("auth.address-free-failures", addressFreeFailures), hashThreads, cachePolicy());
        TlsOptions tls;
        try {
            tls = new TlsOptions(tlsEngine, tlsGroups);
        } catch (IllegalArgumentException e) {
            throw ConfigException.of("tls.groups", e.getMessage());
        }
        return new ServerConfig(bindAddress, port, tlsPort, users, usersFile, storeDir, certFile, keyFile,
                allowPlaintextAuth, preauthUser, literals, limits, auth, tls, FaultSet.of(faults));
    }

    private CachePolicy cachePolicy() {
        try {
            return new CachePolicy(cacheEntries, cacheTtl);
        } catch (IllegalArgumentException e) {
            throw ConfigException.of(e.getMessage().contains("ttl") ? "auth.cache-ttl" : "auth.cache-entries",
                    e.getMessage());
        }
    }

    private ThrottlePolicy throttle(String key, int freeFailures) {
        try {
            return new ThrottlePolicy(freeFailures, throttleWindow, throttleBaseDelay, throttleMaxDelay);
        } catch (IllegalArgumentException e) {
            throw ConfigException.of(e.getMessage().contains("delay") ? "auth.throttle-max-delay" : key,
                    e.getMessage());
        }
    }
}
