package org.imapharness.scenarios.security;

import static org.imapharness.core.scenario.RfcReference.Level.MUST;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Response forgery: bytes the client chooses and the server echoes must never start a response
 * line of their own (RFC 3501 §9: quoted strings and text exclude CR and LF; tags exclude
 * {@code *} and {@code +}). Each probe plants a marker line and looks for it at a line start.
 */
final class InjectionChecks {
    private static final String FORGED = "* BYE [ALERT] FORGED-BY-IMAP-HARNESS";

    private InjectionChecks() {
    }

    static List<SecurityCheck> all() {
        return List.of(
                new DefinedCheck(CheckInfo.of("injection-crlf-echo", "injection", MUST, "RFC 3501 §9 (quoted, text); response forgery",
                        "mailbox names and ID values holding CRLF never come back as a forged response line",
                        "rfc3501-9"), InjectionChecks::crlfEcho),
                new DefinedCheck(CheckInfo.of("injection-tag", "injection", MUST, "RFC 3501 §9 (tag), §7.1",
                        "a command tagged * or + is rejected, never answered as an untagged or continuation response",
                        "rfc3501-9", "rfc3501-7.1"), InjectionChecks::tags));
    }

    static Verdict crlfEcho(SecurityProbe p) throws IOException {
        String name = "harness\r\n" + FORGED + "\r\nx";
        List<String> seen = new ArrayList<>();
        try (Wire wire = p.loggedIn()) {
            for (String command : new String[] {"SELECT", "CREATE", "STATUS", "DELETE"}) {
                String suffix = command.equals("STATUS") ? " (MESSAGES)" : "";
                Exchange e = withLiteral(p, wire, command + " ", name, suffix);
                seen.add(command + ": " + e.completion().brief());
                if (forged(e)) {
                    return Verdict.fail("a " + command + " of a name holding CRLF produced a forged response line: "
                            + e.brief());
                }
            }
            Exchange list = wire.command(p.tag(), "LIST \"\" \"harness*\"");
            seen.add("LIST: " + list.completion().brief());
            if (forged(list)) {
                return Verdict.fail("LIST echoed a name holding CRLF as a forged response line: " + list.brief());
            }
            Exchange id = withLiteral(p, wire, "ID (\"name\" ", name, ")");
            seen.add("ID: " + id.completion().brief());
            if (forged(id)) {
                return Verdict.fail("ID echoed a value holding CRLF as a forged response line: " + id.brief());
            }
        }
        return Verdict.pass("no echo started a line with the planted \"" + FORGED + "\"; " + String.join("; ", seen));
    }

    static Verdict tags(SecurityProbe p) throws IOException {
        List<String> seen = new ArrayList<>();
        for (String tag : new String[] {"*", "+"}) {
            try (Wire wire = p.greeted(p.secure())) {
                wire.send(tag + " NOOP\r\n");
                Reply reply = wire.read();
                seen.add("\"" + tag + " NOOP\": " + reply.brief());
                String text = reply.text();
                if (reply.isResponse() && (text.startsWith("* OK") || text.startsWith("+ OK") || text.startsWith("+ NOOP"))) {
                    return Verdict.fail("an invalid tag was echoed into a line clients read as another response: "
                            + String.join("; ", seen));
                }
            }
        }
        return Verdict.pass(String.join("; ", seen));
    }

    /** {@code command{n}CRLF value suffix} with a synchronizing literal, as a client would send it. */
    private static Exchange withLiteral(SecurityProbe p, Wire wire, String command, String value, String suffix)
            throws IOException {
        String tag = p.tag();
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        wire.send(tag + " " + command + "{" + bytes.length + "}\r\n");
        Exchange go = wire.collect(tag, p.timeout());
        if (!go.completion().isContinuation()) {
            return go; // refused at the announcement
        }
        wire.send(value + suffix + "\r\n");
        return wire.collect(tag, p.timeout());
    }

    private static boolean forged(Exchange e) {
        return e.untagged().stream().anyMatch(r -> r.text().startsWith(FORGED))
                || e.completion().text().startsWith(FORGED);
    }
}
