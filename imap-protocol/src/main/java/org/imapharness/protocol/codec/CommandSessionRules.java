package org.imapharness.protocol.codec;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.Octets;

/**
 * Commands about the session rather than mailboxes or messages: LOGIN and AUTHENTICATE with
 * SASL-IR (RFC 3501 §6.2, RFC 4959), ID (RFC 2971) and ENABLE (RFC 5161). Each method starts
 * after the command name.
 */
final class CommandSessionRules {
    private CommandSessionRules() {
    }

    /** {@code login = "LOGIN" SP userid SP password}, both {@code astring}. */
    static Command.Login login(CommandCursor c) {
        c.sp("login");
        String user = CommandStrings.astring(c, "userid");
        c.sp("login");
        return new Command.Login(user, CommandStrings.astring(c, "password"));
    }

    /** {@code authenticate = "AUTHENTICATE" SP auth-type [SP (base64 / "=")]} (SASL-IR, RFC 4959 §7). */
    static Command.Authenticate authenticate(CommandCursor c) {
        c.sp("authenticate");
        int from = c.span(CommandChars::isAtomChar);
        if (from == c.position()) {
            throw c.error("auth-type", "atom");
        }
        String mechanism = c.ascii(from, c.position());
        Octets initial = null;
        if (c.skip(' ')) {
            initial = c.is('=') && c.peek(1) == '\r' ? empty(c) : base64(c);
        }
        return new Command.Authenticate(mechanism, initial);
    }

    private static Octets empty(CommandCursor c) {
        c.advance(1);
        return Octets.EMPTY;
    }

    /** {@code base64 = *(4base64-char) [base64-terminal]}, here at least one group. */
    private static Octets base64(CommandCursor c) {
        int from = c.span(CommandChars::isBase64Char);
        int padding = 0;
        while (padding < 2 && c.skip('=')) {
            padding++;
        }
        int length = c.position() - from;
        if (length == 0 || length % 4 != 0) {
            throw c.errorAt("base64", from, "base64 in groups of 4 characters, or =", c.found(from));
        }
        return Octets.of(Base64.getDecoder().decode(c.ascii(from, c.position())));
    }

    /** {@code id = "ID" SP id-params-list}; {@code id-params-list = "(" *(string SP nstring) ")" / nil} (RFC 2971 §4). */
    static Command.Id id(CommandCursor c) {
        c.sp("id");
        if (!c.skip('(')) {
            if (!c.tryKeyword("NIL")) {
                throw c.error("id-params-list", "'(' or NIL");
            }
            return new Command.Id(null);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!c.skip(')')) {
            do {
                int at = c.position();
                String field = CommandStrings.string(c, "id-params-list");
                c.sp("id-params-list");
                String value = CommandStrings.nstring(c, "id-params-list");
                if (parameters.containsKey(field)) {
                    throw c.errorAt("id-params-list", at, "each field at most once (RFC 2971 §3.3)", c.found(at));
                }
                parameters.put(field, value);
            } while (c.skip(' '));
            c.expect("id-params-list", ')');
        }
        return new Command.Id(parameters);
    }

    /** {@code enable = "ENABLE" 1*(SP capability)}, capability an atom (RFC 5161 §4). */
    static Command.Enable enable(CommandCursor c) {
        List<String> capabilities = new ArrayList<>();
        do {
            c.sp("enable");
            int from = c.span(CommandChars::isAtomChar);
            if (from == c.position()) {
                throw c.error("capability", "atom");
            }
            capabilities.add(c.ascii(from, c.position()));
        } while (c.is(' '));
        return new Command.Enable(capabilities);
    }
}
