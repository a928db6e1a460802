package org.imapharness.core.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.imapharness.protocol.model.Octets;

/** The PLAIN mechanism's message (RFC 4616 §2): {@code [authzid] NUL authcid NUL passwd}, UTF-8. */
final class SaslPlain {

    private SaslPlain() {
    }

    static Octets message(String authzid, String user, String password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (authzid != null) {
            out.writeBytes(authzid.getBytes(StandardCharsets.UTF_8));
        }
        out.write(0);
        out.writeBytes(user.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.writeBytes(password.getBytes(StandardCharsets.UTF_8));
        return Octets.of(out.toByteArray());
    }

    /** The message as a continuation answer: base64 and CRLF (RFC 3501 §6.2.2). */
    static byte[] answerLine(Octets message) {
        return (Base64.getEncoder().encodeToString(message.toByteArray()) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
