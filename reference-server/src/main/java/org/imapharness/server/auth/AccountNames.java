package org.imapharness.server.auth;

/**
 * What a user name may be: 1–255 characters, no {@code :} (the users-file separator), no
 * whitespace or control characters (so it is a plain IMAP atom or simple quoted string). Names are
 * case-sensitive.
 */
public final class AccountNames {

    static final int MAX_LENGTH = 255;

    private AccountNames() {
    }

    /** @throws IllegalArgumentException saying what is wrong with {@code name} */
    public static String check(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("user name is empty");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("user name is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ':' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("user name '" + name + "' contains "
                        + (c == ':' ? "':'" : String.format("U+%04X", (int) c)) + " at position " + i);
            }
        }
        return name;
    }
}
