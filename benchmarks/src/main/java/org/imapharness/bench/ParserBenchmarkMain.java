package org.imapharness.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ParserBenchmark} and prints MB/s per parser and corpus, and our speed-up over
 * Angus Mail. Both parsers are measured in the same run, so the ratio is what to compare on
 * a noisy machine. Usage: {@code java -jar benchmarks/target/benchmarks.jar [iterations] [seconds]}.
 */
public final class ParserBenchmarkMain {
    static final long SEED = 20261125L;

    private ParserBenchmarkMain() {
    }

    static FetchCorpus corpus(FetchCorpus.Kind kind) {
        int count = switch (kind) {
            case FLAGS_ONLY -> 20_000;
            case HEADERS -> 5_000;
            case FULL_MESSAGE -> 500;
        };
        return FetchCorpus.of(kind, count, SEED);
    }

    public static void main(String[] args) throws RunnerException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Options options = new OptionsBuilder()
                .include(ParserBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgs("-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Map<String, double[]>> byKind = new TreeMap<>();
        for (RunResult r : results) {
            String kind = r.getParams().getParam("kind");
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double opsPerSecond = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            byKind.computeIfAbsent(kind, k -> new TreeMap<>()).put(method, new double[] {opsPerSecond, error});
        }
        System.out.println();
        System.out.println("corpus        bytes      harness MB/s     angus MB/s   ratio");
        for (var e : byKind.entrySet()) {
            FetchCorpus.Kind kind = FetchCorpus.Kind.valueOf(e.getKey());
            double mb = corpus(kind).totalBytes() / 1e6;
            double[] ours = e.getValue().get("harness");
            double[] theirs = e.getValue().get("angus");
            System.out.printf(Locale.ROOT, "%-12s %9d  %8.1f ±%5.1f  %8.1f ±%5.1f  %5.2fx%n", kind,
                    corpus(kind).totalBytes(), ours[0] * mb, ours[1] * mb, theirs[0] * mb, theirs[1] * mb,
                    ours[0] / theirs[0]);
        }
    }
}
