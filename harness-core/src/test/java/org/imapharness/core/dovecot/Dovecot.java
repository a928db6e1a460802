package org.imapharness.core.dovecot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Dovecot (Debian's dovecot-imapd) for integration tests, started once per JVM through
 * {@code testenv/dovecot/start.sh --reuse} on loopback high ports. On CI (env {@code CI=true})
 * a missing Dovecot is a failure, because {@code .ci/run} installs it; on a developer machine
 * without it the tests are skipped with that reason, never counted as passed.
 */
public final class Dovecot {
    public static final String USER = "user1";
    public static final String PASSWORD = "secret";
    public static final String SECOND_USER = "user2";

    private static Dovecot instance;

    private final int port;
    private final int tlsPort;
    private final Path certificate;

    private Dovecot(int port, int tlsPort, Path certificate) {
        this.port = port;
        this.tlsPort = tlsPort;
        this.certificate = certificate;
    }

    /** The running instance, starting it on first use. */
    public static synchronized Dovecot get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public int port() {
        return port;
    }

    public int tlsPort() {
        return tlsPort;
    }

    /** The PEM of its self-signed certificate (SAN localhost and 127.0.0.1). */
    public Path certificate() {
        return certificate;
    }

    private static Dovecot start() {
        if (!Files.isExecutable(Paths.get("/usr/sbin/dovecot"))) {
            String reason = "Dovecot is not installed (/usr/sbin/dovecot); apt-get install dovecot-imapd";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " — .ci/run should have installed it");
            }
            Assumptions.abort(reason);
        }
        Path script = repositoryRoot().resolve("testenv/dovecot/start.sh");
        try {
            Process process = new ProcessBuilder("bash", script.toString(), "--reuse")
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            process.getOutputStream().close();
            // start.sh detaches Dovecot from its stdout, so reading to EOF cannot hang on the daemon.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("testenv/dovecot/start.sh did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("testenv/dovecot/start.sh failed with exit code "
                        + process.exitValue() + "; its stderr is above in the test output");
            }
            Map<String, String> values = parseKeyValues(output);
            return new Dovecot(Integer.parseInt(require(values, "DOVECOT_PORT")),
                    Integer.parseInt(require(values, "DOVECOT_TLS_PORT")), Paths.get(require(values, "DOVECOT_CERT")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Dovecot", e);
        }
    }

    private static Map<String, String> parseKeyValues(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return values;
    }

    private static String require(Map<String, String> values, String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("testenv/dovecot/start.sh printed no " + key + " line");
        }
        return v;
    }

    /** Walks up from the working directory (a module when run by Maven) to the checkout root. */
    static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("testenv/dovecot/start.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("testenv/dovecot/start.sh not found above " + dir);
    }
}
