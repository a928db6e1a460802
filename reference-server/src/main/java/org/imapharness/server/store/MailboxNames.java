package org.imapharness.server.store;

import java.util.Locale;
import org.imapharness.protocol.mailbox.ModifiedUtf7;
import org.imapharness.protocol.mailbox.ModifiedUtf7Exception;

/**
 * Mailbox names as stored: the wire form (modified UTF-7, RFC 3501 §5.1.3, checked strictly),
 * hierarchy delimiter {@code /}. INBOX is case-insensitive (§5.1), also as the first level of a hierarchy
 * ({@code inbox/x} is {@code INBOX/x}); every other name is case-sensitive.
 */
public final class MailboxNames {
    public static final char DELIMITER = '/';
    public static final String INBOX = "INBOX";

    private MailboxNames() {
    }

    /** The stored form of a client-supplied name, or {@link StoreException} (INVALID_NAME). */
    public static String normalize(String name) {
        String n = name;
        if (n.endsWith(String.valueOf(DELIMITER)) && n.length() > 1) {
            n = n.substring(0, n.length() - 1); // CREATE foo/ declares intent to have children (§6.3.3)
        }
        n = canonicalInbox(n);
        validate(n);
        return n;
    }

    /** Upper-cases a leading INBOX level; leaves everything else alone. */
    static String canonicalInbox(String name) {
        if (name.length() >= 5 && name.regionMatches(true, 0, INBOX, 0, 5)
                && (name.length() == 5 || name.charAt(5) == DELIMITER)) {
            return INBOX + name.substring(5);
        }
        return name;
    }

    private static void validate(String name) {
        if (name.isEmpty()) {
            throw invalid(name, "empty name");
        }
        if (name.charAt(0) == DELIMITER) {
            throw invalid(name, "leading hierarchy delimiter");
        }
        if (name.contains("//")) {
            throw invalid(name, "empty hierarchy level");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '*' || c == '%') {
                throw invalid(name, "wildcard '" + c + "' at offset " + i);
            }
            if (c < 0x20 || c == 0x7f) {
                throw invalid(name, "control character at offset " + i);
            }
        }
        try {
            ModifiedUtf7.decode(name); // §5.1.3: one spelling per name, so reject the others
        } catch (ModifiedUtf7Exception e) {
            throw invalid(name, "not modified UTF-7 at offset " + e.position() + ": " + e.reason());
        }
    }

    private static StoreException invalid(String name, String why) {
        return new StoreException(StoreException.Reason.INVALID_NAME, "invalid mailbox name '" + name + "': " + why);
    }

    static boolean isInbox(String name) {
        return name.equals(INBOX);
    }

    /** The parent's name, or {@code null} at the top level. */
    static String parent(String name) {
        int slash = name.lastIndexOf(DELIMITER);
        return slash < 0 ? null : name.substring(0, slash);
    }

    /** True when {@code name} is strictly below {@code ancestor}. */
    static boolean isBelow(String name, String ancestor) {
        return name.length() > ancestor.length() && name.startsWith(ancestor)
                && name.charAt(ancestor.length()) == DELIMITER;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
