package org.imapharness.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Dovecot for the suite's integration tests, started once per JVM with
 * {@code testenv/dovecot/start.sh --reuse} (the same instance harness-core's tests use). Missing
 * Dovecot skips the test on a developer machine and fails it on CI ({@code CI=true}), where
 * {@code .ci/run} installs it.
 *
 * @param port        the plaintext port (no STARTTLS required)
 * @param tlsPort     the implicit-TLS port
 * @param certificate its self-signed certificate (PEM, for localhost and 127.0.0.1)
 */
record DovecotServer(int port, int tlsPort, Path certificate) {
    static final String PASSWORD = "secret";

    private static DovecotServer instance;

    static synchronized DovecotServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static DovecotServer start() {
        if (!Files.isExecutable(Path.of("/usr/sbin/dovecot"))) {
            String reason = "Dovecot is not installed (/usr/sbin/dovecot); apt-get install dovecot-imapd";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " — .ci/run should have installed it");
            }
            Assumptions.abort(reason);
        }
        Path script = repositoryRoot().resolve("testenv/dovecot/start.sh");
        try {
            Process process = new ProcessBuilder("bash", script.toString(), "--reuse")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("testenv/dovecot/start.sh did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("testenv/dovecot/start.sh failed with exit code " + process.exitValue());
            }
            Map<String, String> values = new HashMap<>();
            for (String line : output.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            return new DovecotServer(Integer.parseInt(require(values, "DOVECOT_PORT")),
                    Integer.parseInt(require(values, "DOVECOT_TLS_PORT")), Path.of(require(values, "DOVECOT_CERT")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Dovecot", e);
        }
    }

    private static String require(Map<String, String> values, String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("testenv/dovecot/start.sh printed no " + key + " line");
        }
        return v;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("testenv/dovecot/start.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("testenv/dovecot/start.sh not found above " + dir);
    }
}
