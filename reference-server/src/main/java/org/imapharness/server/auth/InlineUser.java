package org.imapharness.server.auth;

/**
 * A user given on the command line or in the config file as {@code NAME:PASSWORD}; hashed at
 * start with {@link HashCost#INLINE}. The password is everything after the first colon.
 */
public record InlineUser(String name, String password) {

    public InlineUser {
        AccountNames.check(name);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("user '" + name + "' has an empty password");
        }
    }

    /** @throws IllegalArgumentException if there is no colon, or the name or password is invalid */
    public static InlineUser parse(String nameColonPassword) {
        int colon = nameColonPassword.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("user must be NAME:PASSWORD, found no ':'");
        }
        return new InlineUser(nameColonPassword.substring(0, colon), nameColonPassword.substring(colon + 1));
    }

    /** Keeps the password out of logs and error messages. */
    @Override
    public String toString() {
        return "InlineUser[" + name + ":***]";
    }
}
