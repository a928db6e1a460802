package org.imapharness.core.fuzz;

import java.util.HexFormat;
import java.util.List;

/**
 * Writes a failure as a scenario file (docs/scenario-language.md) that fails against the server
 * while the fault is there and passes once it is fixed: it recreates the run's mailbox, takes the
 * session to the state the case started in, sends the shrunk command byte for byte with
 * {@code C-raw:} lines (a synchronizing literal's data after {@code S: +}), and expects what a
 * correct server does: a tagged OK, NO or BAD, every response within RFC 3501 §9.
 */
final class ReplayWriter {
    private ReplayWriter() {
    }

    static String write(Finding finding, WireCommand command, boolean selected, String mailbox, long seed,
                        long caseNumber, byte[] choices, boolean reproduced, long timeoutMillis) {
        StringBuilder b = new StringBuilder();
        b.append("# Written by imap-harness fuzz (seed ").append(seed).append(", case ").append(caseNumber)
                .append(").\n# Choice bytes of the shrunk case: ").append(HexFormat.of().formatHex(choices)).append('\n');
        if (!reproduced) {
            b.append("# The shrunk case did not fail on a fresh connection: the failure needed the session's history.\n");
        }
        if (finding.kind() == Finding.Kind.NOT_EQUIVALENT) {
            b.append("# Only the completions are compared here; the run also compared untagged data.\n");
            if (finding.variant() != null && (finding.variant().splitAt() > 0 || finding.variant().pipelined())) {
                b.append("# The second form was sent ").append(finding.variant().how())
                        .append(" in the run; a scenario sends it whole.\n");
            }
        }
        b.append("name: fuzz ").append(finding.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .append(" on ").append(command.family()).append(" (seed ").append(seed).append(", case ")
                .append(caseNumber).append(")\n");
        b.append("description: ").append(oneLine(finding.describe())).append('\n');
        b.append("rfc: ").append(rfc(finding.kind())).append('\n');
        b.append("tags: fuzz\nstate: authenticated\ntagging: explicit\n");
        b.append("timeout: ").append(Math.max(1, timeoutMillis / 1000)).append("s\n\n");
        String quoted = "\"" + mailbox + "\"";
        b.append("C: w1 CREATE ").append(quoted).append("\nS: w1 OK|NO\n");
        for (int i = 0; i < Workspace.MESSAGES.size(); i++) {
            b.append("C: w").append(i + 2).append(" APPEND ").append(quoted).append(" {\"")
                    .append(Workspace.MESSAGES.get(i).replace("\\", "\\\\").replace("\"", "\\\"")
                            .replace("\r", "\\r").replace("\n", "\\n"))
                    .append("\"}\nS: w").append(i + 2).append(" OK\n");
        }
        if (selected) {
            b.append("C: w9 SELECT ").append(quoted).append("\nS: w9 OK\n");
        }
        b.append('\n');
        String cleanUp = "\nC: w10 DELETE " + quoted + "\nS: w10 OK|NO\n";
        WireCommand first = command.withTag("f1");
        String status = "OK|NO|BAD";
        if (finding.kind() == Finding.Kind.NOT_EQUIVALENT && finding.variant() != null) {
            status = finding.variant().expectedStatus() == null ? status : finding.variant().expectedStatus();
            b.append("# Two equivalent forms of one command: both must get the same status. The first form got ")
                    .append(status).append(";\n# if a fixed server answers both with another status, change both lines.\n");
            raw(b, first);
            b.append("S: f1 ").append(status).append('\n');
            first = finding.variant().command().withTag("f2");
        }
        raw(b, first);
        b.append("S: ").append(first.tag()).append(' ').append(status).append('\n');
        b.append(cleanUp);
        return b.toString();
    }

    /** The command as {@code C-raw:} lines: one per segment, a {@code +} expected between them. */
    private static void raw(StringBuilder b, WireCommand command) {
        List<byte[]> segments = command.segments();
        for (int i = 0; i < segments.size(); i++) {
            byte[] s = segments.get(i);
            b.append("C-raw: ");
            for (int j = 0; j < s.length - 2; j++) { // the line's CRLF is the one C-raw adds
                Texts.escape(b, s[j] & 0xff);
            }
            b.append('\n');
            if (i < segments.size() - 1) {
                b.append("S: +\n");
            }
        }
    }

    private static String rfc(Finding.Kind kind) {
        return switch (kind) {
            case GRAMMAR -> "3501 9 MUST";
            case NO_ANSWER, FOREIGN_TAG -> "3501 2.2.2 MUST";
            case CLOSED_WITHOUT_BYE, SERVER_DOWN -> "3501 7.1.5 MUST";
            case UNEXPECTED_CONTINUATION -> "3501 7.5 MUST";
            case NOT_EQUIVALENT -> "3501 4.3 MUST";
        };
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\r\\n]+", " ");
        return t.length() > 400 ? t.substring(0, 400) + "..." : t;
    }
}
