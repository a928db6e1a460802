package org.imapharness.server.thirdparty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.protocol.mailbox.ModifiedUtf7;
import org.imapharness.server.RunningServer;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.store.Mailbox;
import org.imapharness.server.store.StoredMessage;

/**
 * What the server really holds, read through its store rather than over IMAP, so a third-party
 * client's work is judged by something other than its own (or our) reading of the protocol.
 */
final class ServerTruth {
    private ServerTruth() {
    }

    /** One stored message: UID, exact bytes, flags. */
    record Stored(long uid, byte[] bytes, Set<String> flags) {
    }

    /** The messages of {@code user}'s mailbox named {@code unicodeName} (stored in modified UTF-7), by ascending UID. */
    static List<Stored> messages(RunningServer server, String user, String unicodeName) {
        Mailbox box = server.store().account(user).mailbox(ModifiedUtf7.encode(unicodeName));
        List<Stored> out = new ArrayList<>();
        for (StoredMessage m : box.changedSince(0)) {
            out.add(new Stored(m.uid(), m.content().toByteArray(), new TreeSet<>(m.flags().toList())));
        }
        out.sort(Comparator.comparingLong(Stored::uid));
        return out;
    }

    static boolean exists(RunningServer server, String user, String unicodeName) {
        return server.store().account(user).exists(ModifiedUtf7.encode(unicodeName));
    }

    /** Writes the server's trust anchor (the generated CA) as PEM, for clients that take a CA file. */
    static Path writeCa(RunningServer server, Path dir) throws IOException {
        return Files.writeString(dir.resolve("ca.pem"), server.certificatePem(), StandardCharsets.US_ASCII);
    }

    /** Writes the bundled corpus into {@code dir}, one file per message under its corpus name. */
    static Path writeCorpus(Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (Corpus.Entry e : Corpus.all()) {
            Files.write(corpus.resolve(e.name()), e.bytes());
        }
        return corpus;
    }
}
