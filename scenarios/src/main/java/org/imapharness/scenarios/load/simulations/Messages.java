package org.imapharness.scenarios.load.simulations;

import java.nio.charset.StandardCharsets;

/** Synthetic RFC 5322 messages of a chosen size, for seeding and APPEND load. */
public final class Messages {
    private static final String LINE = "The quick brown fox jumps over the lazy dog; load test body line.\r\n";

    private Messages() {
    }

    /** A text/plain message of about {@code size} bytes (never less than its header), CRLF throughout. */
    public static byte[] ofSize(String id, int size) {
        StringBuilder sb = new StringBuilder(size + 256)
                .append("From: Load Generator <load@example.org>\r\n")
                .append("To: user@example.org\r\n")
                .append("Subject: load message ").append(id).append("\r\n")
                .append("Date: Thu, 26 Nov 2026 02:00:00 +0000\r\n")
                .append("Message-ID: <").append(id).append("@load.example.org>\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: text/plain; charset=us-ascii\r\n\r\n");
        while (sb.length() + LINE.length() <= size) {
            sb.append(LINE);
        }
        if (sb.length() < size) {
            sb.append("x".repeat(Math.max(0, size - sb.length() - 2))).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
