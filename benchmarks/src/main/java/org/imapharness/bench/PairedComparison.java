package org.imapharness.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.imapharness.protocol.codec.ResponseParser;

/**
 * A cross-check of {@link ParserBenchmarkMain} for a busy machine: JMH measures wall-clock time
 * and runs the two parsers minutes apart, so other processes skew their ratio. This alternates
 * the parsers round by round on the same thread and keeps each one's fastest round in thread
 * CPU time, which time spent descheduled does not inflate. Usage: {@code java -cp
 * benchmarks/target/benchmarks.jar org.imapharness.bench.PairedComparison [rounds]}.
 */
public final class PairedComparison {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PairedComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        System.out.println("corpus        bytes   harness MB/s   angus MB/s   ratio   (best of " + rounds
                + " rounds, thread CPU time)");
        for (FetchCorpus.Kind kind : FetchCorpus.Kind.values()) {
            FetchCorpus corpus = ParserBenchmarkMain.corpus(kind);
            byte[] stream = corpus.stream();
            int responses = corpus.responses().size();
            ResponseParser parser = new ResponseParser();
            long ours = Long.MAX_VALUE;
            long theirs = Long.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                int a = HarnessParsing.parseAll(stream, parser);
                long t1 = THREADS.getCurrentThreadCpuTime();
                int b = AngusParsing.parseAll(stream, responses);
                long t2 = THREADS.getCurrentThreadCpuTime();
                if (a != b) {
                    throw new IllegalStateException("parsers disagree on item count: ours " + a + ", Angus " + b);
                }
                ours = Math.min(ours, t1 - t0);
                theirs = Math.min(theirs, t2 - t1);
            }
            double mb = stream.length / 1e6;
            System.out.printf(Locale.ROOT, "%-12s %9d  %12.1f %12.1f  %5.2fx%n", kind, stream.length,
                    mb / (ours / 1e9), mb / (theirs / 1e9), (double) theirs / ours);
        }
    }
}
