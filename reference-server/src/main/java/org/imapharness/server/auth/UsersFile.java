package org.imapharness.server.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the users file (format in {@code reference-server/USERS.md}). One account per
 * line, UTF-8, {@code #} comments and blank lines ignored:
 * <pre>
 *   name:HASH
 *   name:HASH:TOTP-SECRET
 *   name:HASH:TOTP-SECRET:app=HASH:app=HASH
 *   name:HASH::app=HASH                 (app passwords without TOTP)
 *   name:{plain}password                (only with allowPlain)
 * </pre>
 * HASH is a {@link PasswordHash} PHC string; TOTP-SECRET is base32.
 */
public final class UsersFile {

    private static final String PLAIN = "{plain}";
    private static final String APP = "app=";

    /**
     * @param allowPlain whether {@code {plain}} passwords are accepted (off by default: a file of
     *                   clear passwords is for throwaway test setups)
     * @param plainCost  the cost {@code {plain}} passwords are hashed with at load time
     */
    public record Options(boolean allowPlain, HashCost plainCost) {
        public static final Options DEFAULTS = new Options(false, HashCost.INLINE);
    }

    private UsersFile() {
    }

    /** @throws UsersFileException naming file and line of the first problem */
    public static List<Account> read(Path file, Options options) {
        List<String> lines;
        try {
            lines = List.of(StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString().split("\r?\n", -1));
        } catch (CharacterCodingException e) {
            throw new UsersFileException(file, 0, "is not valid UTF-8");
        } catch (IOException e) {
            throw new UsersFileException(file, 0, "cannot be read: " + e);
        }
        SecureRandom random = new SecureRandom();
        List<Account> accounts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                Account account = parseLine(line, options, random);
                if (!seen.add(account.name())) {
                    throw new IllegalArgumentException("user '" + account.name() + "' is defined twice");
                }
                accounts.add(account);
            } catch (IllegalArgumentException e) {
                throw new UsersFileException(file, i + 1, e.getMessage());
            }
        }
        return accounts;
    }

    /** One non-comment line; {@code random} salts {@code {plain}} passwords. */
    static Account parseLine(String line, Options options, SecureRandom random) {
        String[] fields = line.split(":", -1);
        if (fields.length < 2) {
            throw new IllegalArgumentException("expected name:hash[:totp-secret][:app=hash...], found no ':'");
        }
        String name = AccountNames.check(fields[0]);
        PasswordHash password = secret(fields[1], "password", options, random);
        Totp totp = null;
        if (fields.length > 2 && !fields[2].isEmpty()) {
            if (fields[2].startsWith(APP)) {
                throw new IllegalArgumentException("field 3 must be the TOTP secret (empty for none), "
                        + "found app=; write name:hash::app=...");
            }
            totp = Totp.fromBase32(fields[2]);
        }
        List<PasswordHash> apps = new ArrayList<>();
        for (int f = 3; f < fields.length; f++) {
            if (!fields[f].startsWith(APP)) {
                throw new IllegalArgumentException("field " + (f + 1) + " must be app=HASH");
            }
            apps.add(secret(fields[f].substring(APP.length()), "app password " + (apps.size() + 1), options, random));
        }
        return new Account(name, password, totp, apps);
    }

    private static PasswordHash secret(String field, String what, Options options, SecureRandom random) {
        if (field.startsWith(PLAIN)) {
            if (!options.allowPlain()) {
                throw new IllegalArgumentException(what + " is {plain}, which is off; hash it with UsersFileTool "
                        + "or enable auth.allow-plain-passwords");
            }
            byte[] clear = field.substring(PLAIN.length()).getBytes(StandardCharsets.UTF_8);
            if (clear.length == 0) {
                throw new IllegalArgumentException(what + " is empty");
            }
            return PasswordHash.create(clear, options.plainCost(), random);
        }
        try {
            return PasswordHash.parse(field);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }

    /** A users-file line for {@code name} with a fresh {@link HashCost#DEFAULT} hash. */
    public static String hashLine(String name, byte[] password) {
        return hashLine(name, password, HashCost.DEFAULT);
    }

    public static String hashLine(String name, byte[] password, HashCost cost) {
        return AccountNames.check(name) + ":" + PasswordHash.create(password, cost, new SecureRandom()).encoded();
    }
}
