package org.imapharness.server.auth;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * Checks a presented password against an account, or against nothing, with the same work either
 * way: one main-password derivation, one per app-password slot (the most any account has), and
 * three TOTP codes. Missing pieces are filled with a dummy hash of {@link Accounts#typicalCost()}
 * and a dummy TOTP secret, and no step exits early, so the time taken does not tell whether the
 * user exists, has a second factor, has app passwords, or which check failed.
 *
 * <p>With TOTP, the presented password is the password followed by the 6-digit code; app passwords
 * are compared whole and skip the code.
 */
final class CredentialCheck {

    private final PasswordHash dummyHash;
    private final Totp dummyTotp;
    private final int appSlots;
    private final LongAdder derivations = new LongAdder();

    CredentialCheck(Accounts accounts, SecureRandom random) {
        byte[] noPassword = new byte[32];
        random.nextBytes(noPassword);
        this.dummyHash = PasswordHash.create(noPassword, accounts.typicalCost(), random);
        this.dummyTotp = Totp.fromBase32(Totp.newSecret(random));
        this.appSlots = accounts.maxAppPasswords();
    }

    /** Whether {@code presented} logs in to {@code account} (null: unknown user, always false). */
    boolean verify(Account account, byte[] presented, Instant now) {
        Totp totp = account == null ? null : account.totp().orElse(null);
        boolean split = totp != null && presented.length > Totp.DIGITS;
        byte[] mainInput = split ? Arrays.copyOf(presented, presented.length - Totp.DIGITS) : presented;
        int code = split ? digits(presented, presented.length - Totp.DIGITS) : -1;
        try {
            boolean mainOk = matches(account == null ? dummyHash : account.password(), mainInput);
            long step = (totp != null ? totp : dummyTotp).matchingStep(code, now);
            boolean appOk = false;
            for (int slot = 0; slot < appSlots; slot++) {
                PasswordHash app = account != null && slot < account.appPasswords().size()
                        ? account.appPasswords().get(slot) : dummyHash;
                appOk |= matches(app, presented);
            }
            if (account == null) {
                return false;
            }
            if (appOk) {
                return true;
            }
            if (!mainOk) {
                return false;
            }
            // Consume only after everything else passed, so a wrong password cannot burn a code.
            return totp == null || (step != Long.MIN_VALUE && totp.consume(step));
        } finally {
            if (mainInput != presented) {
                Arrays.fill(mainInput, (byte) 0);
            }
        }
    }

    /** Password derivations done so far: the same count per attempt, whoever the user. */
    long derivations() {
        return derivations.sum();
    }

    /** Derivations each attempt costs. */
    int derivationsPerAttempt() {
        return 1 + appSlots;
    }

    private boolean matches(PasswordHash hash, byte[] password) {
        derivations.increment();
        return hash.matches(password);
    }

    /** The six ASCII digits at {@code from} as a number, or -1 if any is not a digit. */
    private static int digits(byte[] bytes, int from) {
        int value = 0;
        boolean valid = true;
        for (int i = from; i < from + Totp.DIGITS; i++) {
            int d = bytes[i] - '0';
            valid &= d >= 0 && d <= 9;
            value = value * 10 + d;
        }
        return valid ? value : -1;
    }
}
