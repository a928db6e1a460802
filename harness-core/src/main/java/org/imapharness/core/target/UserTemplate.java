package org.imapharness.core.target;

import java.util.Objects;

/**
 * How the users of a target are named, so that scenarios and simulated devices can log in as
 * several users: {@code %d} in either pattern stands for the user number (1, 2, ...), e.g.
 * {@code user%d} / {@code secret}. Without {@code %d} in the user pattern every number names
 * the same user.
 */
public record UserTemplate(String userPattern, String passwordPattern) {

    public UserTemplate {
        Objects.requireNonNull(userPattern, "userPattern");
        Objects.requireNonNull(passwordPattern, "passwordPattern");
        if (userPattern.isEmpty()) {
            throw new IllegalArgumentException("the user pattern is empty");
        }
        check(userPattern, "user");
        check(passwordPattern, "password");
    }

    private static void check(String pattern, String what) {
        String rest = pattern.replace("%d", "").replace("%%", "");
        if (rest.contains("%")) {
            throw new IllegalArgumentException("the " + what + " pattern may contain only %d (the user number) "
                    + "and %% (a percent sign), not: " + (what.equals("user") ? pattern : "(hidden)"));
        }
    }

    /** The same user and password for every number. */
    public static UserTemplate single(String user, String password) {
        return new UserTemplate(user.replace("%", "%%"), password.replace("%", "%%"));
    }

    /** User {@code n}, from 1. */
    public Credentials user(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("user numbers start at 1: " + n);
        }
        return new Credentials(fill(userPattern, n), fill(passwordPattern, n));
    }

    /** Whether different numbers give different users. */
    public boolean distinct() {
        return userPattern.replace("%%", "").contains("%d");
    }

    private static String fill(String pattern, int n) {
        return pattern.replace("%%", "\u0000").replace("%d", Integer.toString(n)).replace('\u0000', '%');
    }

    @Override
    public String toString() {
        return "UserTemplate[" + userPattern + ", ***]";
    }
}
