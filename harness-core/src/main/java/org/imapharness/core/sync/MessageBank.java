package org.imapharness.core.sync;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.imapharness.core.gen.Choices;

/**
 * The messages devices append: small, valid RFC 5322 mail, each different in size and structure
 * (plain, multipart, with an encoded word), so that static data (size, envelope, body structure)
 * tells them apart. Content {@code k} is always the same bytes; its number is what the model keeps.
 */
final class MessageBank {
    static final List<String> FLAGS = List.of("\\Seen", "\\Flagged", "\\Answered", "\\Draft", "\\Deleted",
            "$Forwarded", "$Junk", "work");
    private static final List<String> SUBJECTS = List.of("lunch", "report", "=?UTF-8?B?Q2Fmw6k=?=", "re: plans",
            "invoice 42", "photos");
    private static final ZoneOffset[] ZONES = {ZoneOffset.UTC, ZoneOffset.ofHours(-8), ZoneOffset.ofHoursMinutes(5, 30)};
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private MessageBank() {
    }

    /** Message {@code k} (0-based), CRLF throughout. */
    static byte[] message(int k) {
        String subject = SUBJECTS.get(k % SUBJECTS.size());
        String from = "Sender " + (k % 7) + " <s" + (k % 7) + "@example.com>";
        StringBuilder m = new StringBuilder()
                .append("From: ").append(from).append("\r\n")
                .append("To: owner@example.net\r\n")
                .append("Subject: ").append(subject).append(' ').append(k).append("\r\n")
                .append("Date: Mon, 1 Jan 2024 09:00:00 +0000\r\n")
                .append("Message-ID: <m").append(k).append("@sync.example>\r\n")
                .append("MIME-Version: 1.0\r\n");
        if (k % 3 == 1) {
            m.append("Content-Type: multipart/mixed; boundary=\"b").append(k).append("\"\r\n\r\n")
                    .append("--b").append(k).append("\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n")
                    .append("part one of ").append(k).append("\r\n")
                    .append("--b").append(k).append("\r\nContent-Type: text/html; charset=us-ascii\r\n\r\n")
                    .append("<p>part two</p>\r\n")
                    .append("--b").append(k).append("--\r\n");
        } else {
            m.append("Content-Type: text/plain; charset=us-ascii\r\n\r\n");
            for (int line = 0; line <= k % 5; line++) {
                m.append("line ").append(line).append(" of message ").append(k).append("\r\n");
            }
        }
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An internal date drawn from {@code choices}: some minute in the years after 2024, in one of three zones. */
    static OffsetDateTime date(Choices choices) {
        return EPOCH.plusMinutes(choices.below(1 << 20)).withOffsetSameInstant(ZONES[choices.below(ZONES.length)]);
    }

    /** A few flags and keywords, each with probability {@code percent}. */
    static List<String> flags(Choices choices, int percent) {
        return FLAGS.stream().filter(f -> choices.percent(percent)).toList();
    }
}
