package org.imapharness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imapharness.protocol.codec.ResponseParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark is only meaningful if both parsers read the whole corpus and agree on it. */
class FetchCorpusTest {

    @ParameterizedTest
    @EnumSource(FetchCorpus.Kind.class)
    void bothParsersReadEveryResponseAndAgreeOnItemCounts(FetchCorpus.Kind kind) throws Exception {
        FetchCorpus corpus = FetchCorpus.of(kind, 50, 7);
        int ours = HarnessParsing.parseAll(corpus.stream(), new ResponseParser());
        int angus = AngusParsing.parseAll(corpus.stream(), corpus.responses().size());
        int expectedPerResponse = switch (kind) {
            case FLAGS_ONLY -> 3;
            case HEADERS -> 5;
            case FULL_MESSAGE -> 6;
        };
        assertEquals(50 * expectedPerResponse, ours);
        assertEquals(ours, angus);
    }
}
