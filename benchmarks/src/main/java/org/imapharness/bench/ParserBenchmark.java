package org.imapharness.bench;

import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.imapharness.protocol.codec.ResponseParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Frames and parses a whole corpus of FETCH responses per operation, with our codec and with
 * Angus Mail's, so that ops/s times the corpus size gives MB/s for each on the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBenchmark {

    @Param({"FLAGS_ONLY", "HEADERS", "FULL_MESSAGE"})
    public FetchCorpus.Kind kind;

    private byte[] stream;
    private int responses;
    private ResponseParser parser;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        FetchCorpus corpus = ParserBenchmarkMain.corpus(kind);
        stream = corpus.stream();
        responses = corpus.responses().size();
        parser = new ResponseParser();
        int ours = HarnessParsing.parseAll(stream, parser);
        int theirs = AngusParsing.parseAll(stream, responses);
        if (ours != theirs) {
            throw new IllegalStateException("parsers disagree on item count: ours " + ours + ", Angus " + theirs);
        }
    }

    @Benchmark
    public int harness() {
        return HarnessParsing.parseAll(stream, parser);
    }

    @Benchmark
    public int angus() throws java.io.IOException, ProtocolException {
        return AngusParsing.parseAll(stream, responses);
    }
}
