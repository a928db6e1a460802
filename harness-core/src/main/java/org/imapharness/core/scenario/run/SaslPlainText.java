package org.imapharness.core.scenario.run;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.imapharness.core.target.Credentials;

/** SASL PLAIN (RFC 4616): {@code NUL user NUL password}, and its base64 form for {@code $plain}. */
final class SaslPlainText {
    private SaslPlainText() {
    }

    static byte[] message(Credentials c) {
        return ("\0" + c.user() + "\0" + c.password()).getBytes(StandardCharsets.UTF_8);
    }

    static String base64(Credentials c) {
        return Base64.getEncoder().encodeToString(message(c));
    }
}
