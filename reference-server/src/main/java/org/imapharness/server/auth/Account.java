package org.imapharness.server.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One login: its name, its main password hash, an optional TOTP second factor, and app passwords
 * (extra hashes that log in without the second factor, for clients that cannot prompt for a code).
 */
public final class Account {

    private final String name;
    private final PasswordHash password;
    private final Totp totp;
    private final List<PasswordHash> appPasswords;

    public Account(String name, PasswordHash password, Totp totp, List<PasswordHash> appPasswords) {
        this.name = AccountNames.check(name);
        this.password = Objects.requireNonNull(password, "password");
        this.totp = totp;
        this.appPasswords = List.copyOf(appPasswords);
    }

    public static Account withPassword(String name, PasswordHash password) {
        return new Account(name, password, null, List.of());
    }

    public String name() {
        return name;
    }

    public PasswordHash password() {
        return password;
    }

    public Optional<Totp> totp() {
        return Optional.ofNullable(totp);
    }

    public List<PasswordHash> appPasswords() {
        return appPasswords;
    }

    @Override
    public String toString() {
        return "Account[" + name + (totp != null ? ", totp" : "") + ", " + appPasswords.size() + " app passwords]";
    }
}
