package org.imapharness.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Properties;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;

/**
 * Angus Mail's own IMAP response reader and parser, driven over an in-memory stream: the
 * reader frames lines and literals, and {@link FetchResponse} parses every item (ENVELOPE,
 * BODYSTRUCTURE, BODY[] …) eagerly in its constructor, as it does on a live connection.
 */
final class AngusParsing {
    private AngusParsing() {
    }

    /** Reads and parses every response of {@code stream}; returns the number of FETCH items seen. */
    static int parseAll(byte[] stream, int responses) throws IOException, ProtocolException {
        IMAPProtocol protocol = new IMAPProtocol(new ByteArrayInputStream(stream),
                new PrintStream(OutputStream.nullOutputStream()), new Properties(), false);
        int items = 0;
        for (int i = 0; i < responses; i++) {
            Response r = protocol.readResponse();
            if (r instanceof FetchResponse f) {
                items += f.getItemCount();
            } else {
                throw new IllegalStateException("Angus did not read a FETCH response: " + r);
            }
        }
        return items;
    }
}
