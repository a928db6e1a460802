package org.imapharness.server.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Decodes the SASL PLAIN message (RFC 4616 §2): {@code [authzid] NUL authcid NUL passwd}, each
 * part UTF-8 without NUL, authcid and passwd non-empty, each at most 255 octets. We do not let
 * one user act as another, so an authzid must be empty or equal to the authcid.
 */
public final class SaslPlain {

    /** RFC 4616 §2 bounds each of the three fields to 255 octets. */
    static final int MAX_FIELD = 255;

    /**
     * @param authzid  the identity to act as; empty when the client sent none
     * @param authcid  the user name to check the password of
     * @param password the password octets (RFC 4616 leaves them to the mechanism; we take UTF-8 as is)
     */
    public record Credentials(String authzid, String authcid, byte[] password) {
        /** The password stays out of logs. */
        @Override
        public String toString() {
            return "Credentials[authzid=" + authzid + ", authcid=" + authcid + ", password=***]";
        }
    }

    /** A malformed or refused PLAIN message; the message says which rule, without the password. */
    public static final class MalformedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message, null, false, false);
        }
    }

    private SaslPlain() {
    }

    /** Decodes the base64 client response (RFC 3501 §6.2.2 sends it as one base64 line). */
    public static Credentials decodeBase64(String line) {
        byte[] message;
        try {
            message = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            throw new MalformedException("SASL PLAIN response is not base64: " + e.getMessage());
        }
        try {
            return decode(message);
        } finally {
            Arrays.fill(message, (byte) 0);
        }
    }

    /** Decodes the raw message (after base64). */
    public static Credentials decode(byte[] message) {
        int first = indexOfNul(message, 0);
        int second = first < 0 ? -1 : indexOfNul(message, first + 1);
        if (second < 0) {
            throw new MalformedException("SASL PLAIN message needs two NUL separators, found "
                    + (first < 0 ? 0 : 1));
        }
        if (indexOfNul(message, second + 1) >= 0) {
            throw new MalformedException("SASL PLAIN message has a NUL inside the password (offset "
                    + indexOfNul(message, second + 1) + ")");
        }
        String authzid = utf8(message, 0, first, "authzid");
        String authcid = utf8(message, first + 1, second, "authcid");
        byte[] password = Arrays.copyOfRange(message, second + 1, message.length);
        utf8(message, second + 1, message.length, "passwd");
        if (authcid.isEmpty()) {
            throw new MalformedException("SASL PLAIN authcid is empty");
        }
        if (password.length == 0) {
            throw new MalformedException("SASL PLAIN passwd is empty");
        }
        if (!authzid.isEmpty() && !authzid.equals(authcid)) {
            throw new MalformedException("SASL PLAIN authzid differs from authcid; acting as another user "
                    + "is not supported");
        }
        return new Credentials(authzid, authcid, password);
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String utf8(byte[] bytes, int from, int to, String field) {
        if (to - from > MAX_FIELD) {
            throw new MalformedException("SASL PLAIN " + field + " is " + (to - from) + " octets; at most "
                    + MAX_FIELD + " allowed");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException("SASL PLAIN " + field + " at offset " + from + " is not valid UTF-8");
        }
    }
}
