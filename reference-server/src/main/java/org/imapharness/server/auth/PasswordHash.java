package org.imapharness.server.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A salted password hash in PHC string format, self-describing so a users file can mix
 * algorithms and costs:
 * <pre>
 *   $argon2id$v=19$m=8192,t=2,p=1$SALT$HASH
 *   $pbkdf2-sha256$i=100000$SALT$HASH
 * </pre>
 * SALT and HASH are standard base64 without padding (the argon2 reference tool's form). Salts are
 * 8–64 bytes (16 when we make them), hashes 16–64 bytes (32 when we make them).
 */
public final class PasswordHash {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final HashCost cost;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(HashCost cost, byte[] salt, byte[] hash) {
        this.cost = cost;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code password} with a fresh random salt. */
    public static PasswordHash create(byte[] password, HashCost cost, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(cost, salt, cost.derive(password, salt, HASH_BYTES));
    }

    /**
     * Reads a PHC string.
     *
     * @throws IllegalArgumentException naming the malformed part (never echoing the hash itself)
     */
    public static PasswordHash parse(String phc) {
        if (!phc.startsWith("$")) {
            throw new IllegalArgumentException("password hash must start with '$' (e.g. $argon2id$...)");
        }
        String[] fields = phc.substring(1).split("\\$", -1);
        String algorithm = fields[0];
        int next = 1;
        if ("argon2id".equals(algorithm)) {
            if (fields.length != 5) {
                throw new IllegalArgumentException("argon2id hash must be $argon2id$v=19$m=..,t=..,p=..$SALT$HASH, "
                        + "found " + (fields.length + 1) + " '$' fields");
            }
            if (!"v=19".equals(fields[1])) {
                throw new IllegalArgumentException("argon2id hash version must be v=19, was " + fields[1]);
            }
            next = 2;
        } else if ("pbkdf2-sha256".equals(algorithm)) {
            if (fields.length != 4) {
                throw new IllegalArgumentException("pbkdf2-sha256 hash must be $pbkdf2-sha256$i=..$SALT$HASH, "
                        + "found " + (fields.length + 1) + " '$' fields");
            }
        } else {
            throw new IllegalArgumentException("unknown hash algorithm '" + algorithm
                    + "'; expected argon2id or pbkdf2-sha256");
        }
        HashCost cost = HashCost.parse(algorithm, fields[next]);
        byte[] salt = decode("salt", fields[next + 1], 8);
        byte[] hash = decode("hash", fields[next + 2], 16);
        return new PasswordHash(cost, salt, hash);
    }

    private static byte[] decode(String what, String field, int minBytes) {
        byte[] bytes;
        try {
            bytes = B64_DECODER.decode(field);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("password hash " + what + " is not base64: " + e.getMessage());
        }
        if (bytes.length < minBytes || bytes.length > 64) {
            throw new IllegalArgumentException("password hash " + what + " must be " + minBytes
                    + "..64 bytes, was " + bytes.length);
        }
        return bytes;
    }

    /**
     * Whether {@code password} hashes to this value. Costs the full derivation whatever the input,
     * and compares in constant time ({@link MessageDigest#isEqual}).
     */
    public boolean matches(byte[] password) {
        byte[] derived = cost.derive(password, salt, hash.length);
        try {
            return MessageDigest.isEqual(derived, hash);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    public HashCost cost() {
        return cost;
    }

    /** The PHC string; round-trips through {@link #parse}. */
    public String encoded() {
        StringBuilder out = new StringBuilder("$").append(cost.algorithm());
        if (cost instanceof HashCost.Argon2id) {
            out.append("$v=19");
        }
        return out.append('$').append(cost.parameters())
                .append('$').append(B64.encodeToString(salt))
                .append('$').append(B64.encodeToString(hash))
                .toString();
    }

    /** Names the algorithm and cost only; the salt and hash stay out of logs. */
    @Override
    public String toString() {
        return "PasswordHash[" + cost.spec() + "]";
    }
}
