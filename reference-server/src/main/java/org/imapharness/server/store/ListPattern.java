package org.imapharness.server.store;

/**
 * LIST/LSUB name matching (RFC 3501 §6.3.8): the reference and the pattern are joined, then
 * {@code *} matches any run of characters and {@code %} any run without the hierarchy delimiter.
 * A leading INBOX level in the pattern matches case-insensitively, like the name itself.
 */
final class ListPattern {
    private final String pattern;

    private ListPattern(String pattern) {
        this.pattern = pattern;
    }

    static ListPattern of(String reference, String mailboxPattern) {
        String delimiter = String.valueOf(MailboxNames.DELIMITER);
        String joined = reference.endsWith(delimiter) && mailboxPattern.startsWith(delimiter)
                ? reference + mailboxPattern.substring(1)
                : reference + mailboxPattern;
        return new ListPattern(MailboxNames.canonicalInbox(joined));
    }

    boolean matches(String name) {
        return match(0, name, 0);
    }

    private boolean match(int p, String name, int n) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*' || c == '%') {
                for (int k = n; k <= name.length(); k++) {
                    if (match(p + 1, name, k)) {
                        return true;
                    }
                    if (k < name.length() && c == '%' && name.charAt(k) == MailboxNames.DELIMITER) {
                        return false;
                    }
                }
                return false;
            }
            if (n >= name.length() || name.charAt(n) != c) {
                return false;
            }
            p++;
            n++;
        }
        return n == name.length();
    }
}
