package org.imapharness.server.auth;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One account's time-based one-time passwords (RFC 6238): HMAC-SHA1, 30-second steps from the
 * Unix epoch, 6 digits, and the neighbouring step on either side accepted for clock skew. Each
 * accepted step is remembered so a code (or an older one) cannot be used twice; that memory is
 * per process, so after a restart a code seen in the last 90 seconds would pass once more.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted on each side of the current one. */
    public static final int WINDOW = 1;
    /** RFC 4226 §4 (R6): shared secrets of at least 128 bits. */
    public static final int MIN_SECRET_BYTES = 16;

    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final byte[] secret;
    private final AtomicLong lastAcceptedStep = new AtomicLong(Long.MIN_VALUE);

    public Totp(byte[] secret) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("TOTP secret must be at least " + MIN_SECRET_BYTES
                    + " bytes (" + (MIN_SECRET_BYTES * 8 + 4) / 5 + " base32 characters), was " + secret.length);
        }
        this.secret = secret.clone();
    }

    /** A secret as written in users files and {@code otpauth://} URIs. */
    public static Totp fromBase32(String base32) {
        return new Totp(Base32.decode(base32));
    }

    /** A fresh 160-bit secret in base32, the length RFC 4226 recommends. */
    public static String newSecret(SecureRandom random) {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The time step containing {@code time}. */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** HOTP (RFC 4226 §5.3): HMAC-SHA1 of the counter, dynamic truncation, then {@code digits} decimals. */
    public static int code(byte[] secret, long counter, int digits) {
        if (digits < 1 || digits > 8) {
            throw new IllegalArgumentException("digits must be in 1..8, was " + digits);
        }
        byte[] mac = hmacSha1(secret, counter);
        int offset = mac[mac.length - 1] & 0x0f;
        int binary = ((mac[offset] & 0x7f) << 24) | ((mac[offset + 1] & 0xff) << 16)
                | ((mac[offset + 2] & 0xff) << 8) | (mac[offset + 3] & 0xff);
        return binary % POW10[digits];
    }

    /** This account's code for {@code step}. */
    public int codeAt(long step) {
        return code(secret, step, DIGITS);
    }

    /**
     * The step within the window around {@code now} whose code is {@code code}, or
     * {@link Long#MIN_VALUE}. Always computes all three codes, so timing does not say which matched.
     * Does not consume the step: call {@link #consume} once the whole login has succeeded.
     */
    public long matchingStep(int code, Instant now) {
        long current = step(now);
        long match = Long.MIN_VALUE;
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (codeAt(step) == code && match == Long.MIN_VALUE) {
                match = step;
            }
        }
        return match;
    }

    /**
     * Marks {@code step} used. False if it, or a later step, was already accepted: that is a replay.
     */
    public boolean consume(long step) {
        long last;
        do {
            last = lastAcceptedStep.get();
            if (step <= last) {
                return false;
            }
        } while (!lastAcceptedStep.compareAndSet(last, step));
        return true;
    }

    private static byte[] hmacSha1(byte[] secret, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] message = new byte[8];
            for (int i = 7; i >= 0; i--) {
                message[i] = (byte) counter;
                counter >>>= 8;
            }
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is required of every Java platform", e);
        }
    }
}
