package org.imapharness.server.message;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled test messages ({@code org/imapharness/server/corpus/*.eml}, listed in
 * {@code index.txt}): real-world-shaped mail written for this project, CRLF line ends throughout,
 * for the conformance and sync suites to APPEND. Covers plain text, attachments, alternatives,
 * nested messages, related parts, RFC 2047 headers, 8-bit bodies, groups, missing fields,
 * folding, a header-only message, a digest and every Content-* field.
 */
public final class Corpus {
    private static final String BASE = "/org/imapharness/server/corpus/";

    /** One corpus message: its file name and raw bytes. */
    public record Entry(String name, byte[] bytes) {
    }

    private Corpus() {
    }

    public static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (String name : names()) {
            out.add(new Entry(name, load(name)));
        }
        return out;
    }

    public static List<String> names() {
        try (InputStream in = open("index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] load(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Corpus.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("corpus resource missing: " + BASE + name);
        }
        return in;
    }
}
