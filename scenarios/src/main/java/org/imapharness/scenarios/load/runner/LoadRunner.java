package org.imapharness.scenarios.load.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imapharness.scenarios.load.ByteMeter;
import org.imapharness.scenarios.load.LatencyLog;

/**
 * Runs a Gatling simulation in this JVM and summarises it: Gatling writes its HTML report under
 * {@code out/<simulation>-<timestamp>/}, then the summary (requests/s and p50/p95/p99/max per
 * request, the generator's verdict) is printed and saved as {@code load-summary.txt} beside it.
 *
 * <p>Gatling needs {@code --add-opens=java.base/java.lang=ALL-UNNAMED} (its stats writer reads
 * String internals); without it the run crashes and leaves non-daemon threads behind, so
 * {@link #run} refuses to start. {@link #forkCommand} builds a child-JVM command line with the
 * flags, for launchers that cannot set them on their own JVM.
 */
public final class LoadRunner {
    /** JVM flags Gatling needs (the same as gatling-maven-plugin's). */
    public static final List<String> JVM_FLAGS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED");

    /** Quiet logging for forked runs (a class-path resource). */
    static final String LOGBACK_CONFIG = "imap-harness-load-logback.xml";

    private LoadRunner() {
    }

    /**
     * Runs {@code simulationClass} (on the class path) in-process.
     *
     * @throws IllegalStateException when the JVM lacks the flags in {@link #JVM_FLAGS}
     */
    public static LoadSummary run(String simulationClass, Path out, String description) {
        if (!Object.class.getModule().isOpen("java.lang", LoadRunner.class.getModule())) {
            throw new IllegalStateException("Gatling needs the JVM flags " + String.join(" ", JVM_FLAGS)
                    + "; start this JVM with them, or run LoadRunner.forkCommand(..) instead");
        }
        Path results = out.toAbsolutePath();
        try {
            Files.createDirectories(results);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + results + ": " + e.getMessage(), e);
        }
        ByteMeter.reset();
        LatencyLog.reset();
        GeneratorMonitor monitor = GeneratorMonitor.start();
        int rc;
        try {
            rc = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", simulationClass,
                    "--results-folder", results.toString(), "--run-description", description});
        } finally {
            monitor.close();
        }
        GeneratorMonitor.Verdict verdict = monitor.verdict();
        Path runDir = newestRun(results);
        LoadSummary summary = new LoadSummary(simulationClass, runDir, rc, GatlingReport.read(runDir),
                ByteMeter.total(), ByteMeter.windowSeconds(), verdict);
        writeSummary(summary, runDir.resolve("load-summary.txt"));
        LatencyFile.write(runDir.resolve(LatencyFile.NAME), LatencyLog.snapshot());
        return summary;
    }

    /** A command line that runs {@link #main} in a child JVM with Gatling's flags and this class path. */
    public static List<String> forkCommand(String simulationClass, Path out, Map<String, String> properties,
                                           String maxHeap) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_FLAGS);
        cmd.add("-Xmx" + maxHeap);
        if (!properties.containsKey("logback.configurationFile")) {
            cmd.add("-Dlogback.configurationFile=" + LOGBACK_CONFIG);
        }
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(LoadRunner.class.getName());
        cmd.add(simulationClass);
        cmd.add(out.toAbsolutePath().toString());
        return cmd;
    }

    /**
     * {@code LoadRunner <simulation class> <out dir>} runs and exits with {@link LoadSummary#exitCode()};
     * {@code LoadRunner --merge <file or run dir>...} prints the merged figures of several injectors.
     */
    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("--merge")) {
            System.exit(merge(List.of(args).subList(1, args.length), System.out));
        }
        if (args.length != 2) {
            System.err.println("usage: LoadRunner <simulation class> <out dir>   (settings as -Dload.* properties)\n"
                    + "       LoadRunner --merge <" + LatencyFile.NAME + " or run dir>...");
            System.exit(64);
        }
        int code = 1;
        try {
            LoadSummary summary = run(args[0], Path.of(args[1]), "imap-harness load " + args[0]);
            summary.print(System.out);
            code = summary.exitCode();
        } catch (RuntimeException e) {
            System.err.println("load run failed: " + e.getMessage());
        } finally {
            // Gatling leaves non-daemon threads behind; only an exit ends the JVM reliably.
            System.exit(code);
        }
    }

    /** Merges injectors' {@link LatencyFile}s and prints one table; returns an exit code. */
    static int merge(List<String> paths, PrintStream out) {
        try {
            List<Path> files = paths.stream().map(Path::of)
                    .map(p -> Files.isDirectory(p) ? p.resolve(LatencyFile.NAME) : p).toList();
            List<RequestStats> rows = LatencyFile.merge(files);
            out.printf("== merged %d injector file(s)%n", files.size());
            out.printf("%-40s %8s %8s %6s %9s %7s %7s %7s %7s%n", "request", "total", "ok", "ko", "req/s", "p50",
                    "p95", "p99", "max");
            for (RequestStats r : rows) {
                out.printf("%-40s %8d %8d %6d %9.1f %7d %7d %7d %7d%n", r.name(), r.total(), r.ok(), r.ko(),
                        r.perSecond(), r.p50(), r.p95(), r.p99(), r.max());
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println("merge failed: " + e.getMessage());
            return 1;
        }
    }

    private static Path newestRun(Path results) {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(p -> Files.isRegularFile(p.resolve("index.html")))
                    .max(Comparator.comparing(LoadRunner::modified))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + results));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + results + ": " + e.getMessage(), e);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p.resolve("index.html")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void writeSummary(LoadSummary summary, Path file) {
        try (PrintStream ps = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8)) {
            summary.print(ps);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
