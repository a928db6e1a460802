package org.imapharness.server.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {

    private static final HashCost CHEAP = new HashCost.Argon2id(64, 1, 1);
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();

    private String hash(String password) {
        return PasswordHash.create(password.getBytes(UTF_8), CHEAP, random).encoded();
    }

    private Path write(String... lines) throws IOException {
        return Files.write(dir.resolve("users"), List.of(lines), UTF_8);
    }

    @Test
    void readsAccountsWithTotpAndAppPasswords() throws IOException {
        Path file = write(
                "# test accounts",
                "",
                "alice:" + hash("wonderland"),
                "  bob:" + hash("builder") + ":" + SECRET + "   ",
                "carol:" + hash("main") + "::app=" + hash("phone") + ":app=" + hash("laptop"),
                "dave:" + hash("x") + ":" + SECRET + ":app=" + hash("mail-app"));
        List<Account> accounts = UsersFile.read(file, UsersFile.Options.DEFAULTS);
        assertEquals(List.of("alice", "bob", "carol", "dave"), accounts.stream().map(Account::name).toList());
        assertTrue(accounts.get(0).password().matches("wonderland".getBytes(UTF_8)));
        assertTrue(accounts.get(0).totp().isEmpty());
        assertTrue(accounts.get(1).totp().isPresent());
        assertEquals(2, accounts.get(2).appPasswords().size());
        assertTrue(accounts.get(2).totp().isEmpty());
        assertTrue(accounts.get(2).appPasswords().get(1).matches("laptop".getBytes(UTF_8)));
        assertTrue(accounts.get(3).totp().isPresent());
        assertEquals(1, accounts.get(3).appPasswords().size());
    }

    @Test
    void plainPasswordsNeedToBeEnabledAndAreHashedAtLoad() throws IOException {
        Path file = write("eve:{plain}apple#pie");
        UsersFileException e = assertThrows(UsersFileException.class,
                () -> UsersFile.read(file, UsersFile.Options.DEFAULTS));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("{plain}, which is off"), e.getMessage());
        Account eve = UsersFile.read(file, new UsersFile.Options(true, CHEAP)).get(0);
        assertTrue(eve.password().matches("apple#pie".getBytes(UTF_8)));
        assertEquals(CHEAP, eve.password().cost());
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        assertError(write("# ok", "alice"), 2, "found no ':'");
        assertError(write("alice:" + hash("a"), "alice:" + hash("b")), 2, "user 'alice' is defined twice");
        assertError(write("al ice:" + hash("a")), 1, "contains U+0020 at position 2");
        assertError(write(":" + hash("a")), 1, "user name is empty");
        assertError(write("alice:$argon2id$v=19$m=64"), 1, "password: argon2id hash must be");
        assertError(write("alice:" + hash("a") + ":NOTBASE32!"), 1, "base32 character '!'");
        assertError(write("alice:" + hash("a") + ":app=" + hash("b")), 1, "field 3 must be the TOTP secret");
        assertError(write("alice:" + hash("a") + "::" + hash("b")), 1, "field 4 must be app=HASH");
        assertError(write("alice:" + hash("a") + "::app=$nope$"), 1, "app password 1: unknown hash algorithm");
    }

    @Test
    void unreadableAndNonUtf8FilesAreReported() throws IOException {
        UsersFileException missing = assertThrows(UsersFileException.class,
                () -> UsersFile.read(dir.resolve("absent"), UsersFile.Options.DEFAULTS));
        assertEquals(0, missing.line());
        assertTrue(missing.getMessage().contains("cannot be read"), missing.getMessage());
        Path latin1 = Files.write(dir.resolve("latin1"), new byte[] {'j', (byte) 0xfc, ':', 'x'});
        UsersFileException bad = assertThrows(UsersFileException.class,
                () -> UsersFile.read(latin1, UsersFile.Options.DEFAULTS));
        assertTrue(bad.getMessage().endsWith("is not valid UTF-8"), bad.getMessage());
    }

    private void assertError(Path file, int line, String reason) {
        UsersFileException e = assertThrows(UsersFileException.class,
                () -> UsersFile.read(file, UsersFile.Options.DEFAULTS));
        assertEquals(file, e.file());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
    }

    @Test
    void hashLineMakesALineTheReaderAccepts() throws IOException {
        String line = UsersFile.hashLine("frank", "tr0ub4dor".getBytes(UTF_8), CHEAP);
        assertTrue(line.startsWith("frank:$argon2id$v=19$m=64,t=1,p=1$"), line);
        Account frank = UsersFile.read(write(line), UsersFile.Options.DEFAULTS).get(0);
        assertTrue(frank.password().matches("tr0ub4dor".getBytes(UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> UsersFile.hashLine("a:b", new byte[] {1}));
    }

    @Test
    void theToolReadsThePasswordFromStdinAndPrintsALine() throws IOException {
        String[] out = runTool("s3cret\n", "--cost", "argon2id:m=64,t=1,p=1", "--totp", "gina");
        String line = out[0].strip();
        assertTrue(out[1].startsWith("otpauth://totp/imap-harness:gina?secret="), out[1]);
        assertFalse(line.contains("s3cret"));
        Account gina = UsersFile.read(write(line), UsersFile.Options.DEFAULTS).get(0);
        assertTrue(gina.totp().isPresent());
        assertTrue(gina.password().matches("s3cret".getBytes(UTF_8)));

        String app = runTool("app-pass\n", "--cost", "argon2id:m=64,t=1,p=1", "--app", "gina")[0].strip();
        assertTrue(app.startsWith("app=$argon2id$"), app);

        String[] usage = runTool("", "--cost");
        assertTrue(usage[1].contains("--cost needs a value") && usage[1].contains("usage:"), usage[1]);
    }

    private static String[] runTool(String stdin, String... args) throws IOException {
        InputStream original = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(UTF_8)));
            UsersFileTool.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        } finally {
            System.setIn(original);
        }
        return new String[] {out.toString(UTF_8), err.toString(UTF_8)};
    }

    @Test
    void inlineUsersSplitAtTheFirstColonAndHideThePassword() {
        InlineUser user = InlineUser.parse("henry:pass:with:colons");
        assertEquals("henry", user.name());
        assertEquals("pass:with:colons", user.password());
        assertFalse(user.toString().contains("pass"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InlineUser.parse("henry"));
        assertTrue(e.getMessage().contains("NAME:PASSWORD"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InlineUser.parse("henry:"));
    }

    @Test
    void accountsMergeFileAndInlineUsersAndRefuseDuplicates() throws IOException {
        Path file = write("alice:" + hash("a"));
        Accounts accounts = Accounts.load(file, UsersFile.Options.DEFAULTS,
                List.of(new InlineUser("bob", "b")), CHEAP);
        assertEquals(List.of("alice", "bob"), List.copyOf(accounts.names()));
        assertTrue(accounts.find("bob").orElseThrow().password().matches("b".getBytes(UTF_8)));
        assertTrue(accounts.find("Bob").isEmpty(), "names are case-sensitive");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Accounts.load(file,
                UsersFile.Options.DEFAULTS, List.of(new InlineUser("alice", "x")), CHEAP));
        assertTrue(e.getMessage().contains("'alice' is defined twice"), e.getMessage());
    }

    @Test
    void typicalCostIsTheMostCommonOne() {
        HashCost other = new HashCost.Pbkdf2Sha256(3);
        Accounts accounts = Accounts.of(List.of(
                Account.withPassword("a", PasswordHash.create(new byte[] {1}, CHEAP, random)),
                Account.withPassword("b", PasswordHash.create(new byte[] {1}, CHEAP, random)),
                Account.withPassword("c", PasswordHash.create(new byte[] {1}, other, random))));
        assertEquals(CHEAP, accounts.typicalCost());
        assertEquals(HashCost.DEFAULT, Accounts.of(List.of()).typicalCost());
    }
}
