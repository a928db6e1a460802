package org.imapharness.server.auth;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A password-hashing algorithm with its work factors. Written in config as
 * {@code argon2id:m=8192,t=2,p=1} or {@code pbkdf2-sha256:i=100000} ({@link #parse}); the same
 * parameters appear inside every hash made with it (see {@link PasswordHash}).
 *
 * <p>Both derivations run on raw password bytes (IMAP passwords are octets, not characters), which
 * is why PBKDF2 uses BouncyCastle's {@code PKCS5S2ParametersGenerator} rather than JCA's
 * char-based {@code PBEKeySpec}.
 */
public sealed interface HashCost permits HashCost.Argon2id, HashCost.Pbkdf2Sha256 {

    /**
     * Default for users files: Argon2id with 8 MiB, 2 passes, 1 lane. About 12–16 ms per check on
     * this project's 2-core machine, so a login storm is not all hashing. Weaker than OWASP's
     * 19 MiB minimum on purpose; raise it with {@code --cost} on the hash tool for real deployments.
     */
    HashCost DEFAULT = new Argon2id(8192, 2, 1);

    /**
     * For {@code --user NAME:PASSWORD} accounts hashed at start: 1 MiB, 1 pass, about 1 ms, so a
     * load test can create thousands of users quickly. Test setups only.
     */
    HashCost INLINE = new Argon2id(1024, 1, 1);

    /** The PHC identifier: {@code argon2id} or {@code pbkdf2-sha256}. */
    String algorithm();

    /** The parameter field of the PHC string, e.g. {@code m=8192,t=2,p=1}. */
    String parameters();

    /** Derives {@code length} bytes; deterministic for equal inputs, cost independent of password. */
    byte[] derive(byte[] password, byte[] salt, int length);

    /** The config form, {@code algorithm:parameters}. */
    default String spec() {
        return algorithm() + ":" + parameters();
    }

    /**
     * Reads {@code argon2id:m=KIB,t=PASSES,p=LANES} or {@code pbkdf2-sha256:i=ITERATIONS}.
     *
     * @throws IllegalArgumentException saying which part is wrong
     */
    static HashCost parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("hash cost '" + spec
                    + "' must look like argon2id:m=8192,t=2,p=1 or pbkdf2-sha256:i=100000");
        }
        return parse(spec.substring(0, colon).trim(), spec.substring(colon + 1).trim());
    }

    /** Builds a cost from a PHC algorithm id and its parameter field. */
    static HashCost parse(String algorithm, String parameters) {
        PhcParameters p = PhcParameters.parse(parameters);
        switch (algorithm) {
            case "argon2id":
                p.expectOnly("m", "t", "p");
                return new Argon2id(p.require("m"), p.require("t"), p.require("p"));
            case "pbkdf2-sha256":
                p.expectOnly("i");
                return new Pbkdf2Sha256(p.require("i"));
            default:
                throw new IllegalArgumentException("unknown hash algorithm '" + algorithm
                        + "'; expected argon2id or pbkdf2-sha256");
        }
    }

    /** Argon2id (RFC 9106), version 0x13, through BouncyCastle's {@link Argon2BytesGenerator}. */
    record Argon2id(int memoryKiB, int iterations, int parallelism) implements HashCost {
        /** 4 GiB: the memory a users file may ask for per check; beyond it a typo would exhaust the heap. */
        public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

        public Argon2id {
            if (parallelism < 1 || parallelism > 16) {
                throw new IllegalArgumentException("argon2id p must be in 1..16, was " + parallelism);
            }
            if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
                throw new IllegalArgumentException("argon2id m must be in " + 8 * parallelism + ".."
                        + MAX_MEMORY_KIB + " KiB, was " + memoryKiB);
            }
            if (iterations < 1 || iterations > 100) {
                throw new IllegalArgumentException("argon2id t must be in 1..100, was " + iterations);
            }
        }

        @Override
        public String algorithm() {
            return "argon2id";
        }

        @Override
        public String parameters() {
            return "m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
        }

        @Override
        public byte[] derive(byte[] password, byte[] salt, int length) {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(memoryKiB)
                    .withIterations(iterations)
                    .withParallelism(parallelism)
                    .withSalt(salt)
                    .build());
            byte[] out = new byte[length];
            generator.generateBytes(password, out);
            return out;
        }
    }

    /** PBKDF2 with HMAC-SHA256 (RFC 8018 §5.2). */
    record Pbkdf2Sha256(int iterations) implements HashCost {
        public Pbkdf2Sha256 {
            if (iterations < 1 || iterations > 100_000_000) {
                throw new IllegalArgumentException("pbkdf2-sha256 i must be in 1..100000000, was " + iterations);
            }
        }

        @Override
        public String algorithm() {
            return "pbkdf2-sha256";
        }

        @Override
        public String parameters() {
            return "i=" + iterations;
        }

        @Override
        public byte[] derive(byte[] password, byte[] salt, int length) {
            PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
            generator.init(password, salt, iterations);
            return ((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey();
        }
    }
}
