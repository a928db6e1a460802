package org.imapharness.server.thirdparty;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a program we did not write (python3, curl, mbsync) with a time limit, keeping everything
 * it printed for the assertion message. Output goes to files rather than pipes, so a chatty
 * program can never block on a full pipe while we wait for it.
 */
final class ExternalProgram {
    private ExternalProgram() {
    }

    /**
     * The program's path on {@code PATH}. Missing: on CI ({@code CI=true}, where {@code .ci/run}
     * installs it) the test fails; elsewhere it is skipped with the reason, never counted as passed.
     */
    static Path require(String name, String debianPackage) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Paths.get(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String reason = name + " is not on PATH; install it with: apt-get install " + debianPackage;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(reason + " (.ci/run should have installed it)");
        }
        Assumptions.abort(reason);
        throw new AssertionError("unreachable");
    }

    /** Runs {@code command} in {@code workDir} with extra environment, killing it after {@code timeout}. */
    static Outcome run(List<String> command, Path workDir, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        return run(command, workDir, environment, timeout, Paths.get("/dev/null"));
    }

    /** As {@link #run(List, Path, Map, Duration)}, with standard input read from {@code stdin}. */
    static Outcome run(List<String> command, Path workDir, Map<String, String> environment, Duration timeout,
                       Path stdin) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(workDir, "stdout-", ".txt");
        Path stderr = Files.createTempFile(workDir, "stderr-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(stdin.toFile()))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        return new Outcome(command, finished ? process.exitValue() : -1, !finished,
                text(stdout), text(stderr));
    }

    /** Lenient decoding: a program may print bytes that are not UTF-8, and the message must still show them. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** What a finished (or killed) program did. {@code exitCode} is -1 when it was killed for taking too long. */
    record Outcome(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr) {
        boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        /** Everything about the run, for an assertion message. */
        String describe() {
            return String.join(" ", command) + "\n" + (timedOut ? "KILLED after the time limit" : "exit code " + exitCode)
                    + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }
}
