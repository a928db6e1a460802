package org.imapharness.scenarios.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.imapharness.scenarios.load.runner.LoadRunner;

/**
 * A simulation run through {@link LoadRunner} in a child JVM: Gatling needs {@code --add-opens},
 * which the test JVM lacks, and leaves threads behind that only {@code System.exit} ends.
 */
record ForkedRun(int exitCode, String output, Path out) {
    private static final long TIMEOUT_SECONDS = 90;

    static ForkedRun of(Class<?> simulation, Path out, Map<String, String> properties) throws Exception {
        Path log = Files.createTempFile("imap-load-", ".log");
        Process p = new ProcessBuilder(LoadRunner.forkCommand(simulation.getName(), out, properties, "512m"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(simulation.getSimpleName() + " did not finish in " + TIMEOUT_SECONDS
                        + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new ForkedRun(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8), out);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Gatling passed; 3 (generator saturated) is accepted, since CI machines are shared and busy. */
    boolean gatlingPassed() {
        return exitCode == 0 || exitCode == 3;
    }

    Path reportDir() throws IOException {
        try (var dirs = Files.list(out)) {
            return dirs.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new AssertionError("no run directory in " + out + ":\n" + output));
        }
    }
}
