package org.imapharness.server.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the test copy of the corpus ({@code src/test/resources/corpus}). */
final class CorpusFixture {
    private CorpusFixture() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = CorpusFixture.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus message " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageContent message(String name) {
        return MessageContent.parse(bytes(name));
    }
}
