package org.imapharness.server.store;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Small test messages and dates. */
final class Messages {
    static final OffsetDateTime DATE = OffsetDateTime.of(2024, 5, 17, 10, 30, 0, 0, ZoneOffset.ofHours(2));

    private Messages() {
    }

    static byte[] text(String subject) {
        return ("From: a@example.com\r\nSubject: " + subject + "\r\n\r\nBody of " + subject + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static long append(Mailbox box, String subject, String... flags) {
        return box.append(text(subject), List.of(flags), DATE).uid();
    }

    static List<Long> uids(List<MessageRef> refs) {
        return refs.stream().map(MessageRef::uid).toList();
    }
}
