package org.imapharness.server.message;

import java.util.List;
import java.util.Locale;
import org.imapharness.protocol.model.BodyStructure.Parameter;

/**
 * A parsed Content-Type (RFC 2045 §5): upper-cased type and subtype, parameters in header order.
 * A missing or unparseable field gives the context's default (RFC 2045 §5.2: TEXT/PLAIN with
 * US-ASCII; RFC 2046 §5.1.5: MESSAGE/RFC822 inside MULTIPART/DIGEST).
 */
public record ContentType(String type, String subtype, List<Parameter> parameters) {

    public static final ContentType TEXT_PLAIN =
            new ContentType("TEXT", "PLAIN", List.of(new Parameter("CHARSET", "US-ASCII")));
    public static final ContentType MESSAGE_RFC822 = new ContentType("MESSAGE", "RFC822", List.of());

    public ContentType {
        parameters = List.copyOf(parameters);
    }

    static ContentType parse(String unfolded, ContentType fallback) {
        if (unfolded == null) {
            return fallback;
        }
        String main = MimeParameters.mainValue("Content-Type", unfolded);
        int slash = main.indexOf('/');
        if (slash <= 0 || slash == main.length() - 1) {
            return TEXT_PLAIN;
        }
        String type = main.substring(0, slash).trim();
        String subtype = main.substring(slash + 1).trim();
        if (!isToken(type) || !isToken(subtype)) {
            return TEXT_PLAIN;
        }
        return new ContentType(type.toUpperCase(Locale.ROOT), subtype.toUpperCase(Locale.ROOT),
                MimeParameters.parameters("Content-Type", unfolded));
    }

    /** RFC 2045 token: printable ASCII without spaces and tspecials. */
    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\"/[]?=".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The first parameter with this name (case-insensitive), or {@code null}. */
    public String parameter(String name) {
        for (Parameter p : parameters) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.value();
            }
        }
        return null;
    }

    public boolean isMultipart() {
        return type.equals("MULTIPART");
    }

    public boolean isText() {
        return type.equals("TEXT");
    }

    public boolean isMessageRfc822() {
        return type.equals("MESSAGE") && subtype.equals("RFC822");
    }
}
