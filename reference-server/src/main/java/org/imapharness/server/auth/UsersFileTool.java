package org.imapharness.server.auth;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Prints a users-file line. The password is read from the terminal without echo (or the first line
 * of standard input when there is no terminal), never from the arguments, so it stays out of shell
 * history and process listings.
 * <pre>
 *   java -cp reference-server.jar org.imapharness.server.auth.UsersFileTool [--cost SPEC] [--totp] [--app] NAME
 * </pre>
 * {@code --totp} adds a fresh TOTP secret and prints its {@code otpauth://} URI on standard error
 * for an authenticator app; {@code --app} prints only an {@code app=HASH} field to append to the
 * user's line. The CLI's {@code serve} command can expose the same as a subcommand.
 */
public final class UsersFileTool {

    private UsersFileTool() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /** The tool without {@code System.exit}; returns the exit status (0 ok, 2 usage). */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        HashCost cost = HashCost.DEFAULT;
        boolean totp = false;
        boolean app = false;
        String name = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--cost" -> cost = HashCost.parse(argument(args, ++i, "--cost"));
                    case "--totp" -> totp = true;
                    case "--app" -> app = true;
                    default -> {
                        if (args[i].startsWith("-") || name != null) {
                            throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                        }
                        name = AccountNames.check(args[i]);
                    }
                }
            }
            if (name == null) {
                throw new IllegalArgumentException("missing user NAME");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: UsersFileTool [--cost argon2id:m=8192,t=2,p=1] [--totp] [--app] NAME");
            return 2;
        }
        byte[] password = readPassword(name, err);
        try {
            if (password.length == 0) {
                err.println("error: empty password");
                return 2;
            }
            PasswordHash hash = PasswordHash.create(password, cost, new SecureRandom());
            if (app) {
                out.println("app=" + hash.encoded());
                return 0;
            }
            String line = name + ":" + hash.encoded();
            if (totp) {
                String secret = Totp.newSecret(new SecureRandom());
                line += ":" + secret;
                err.println("otpauth://totp/imap-harness:" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                        + "?secret=" + secret + "&issuer=imap-harness&algorithm=SHA1&digits=6&period=30");
            }
            out.println(line);
            return 0;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static String argument(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static byte[] readPassword(String name, PrintStream err) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] chars = console.readPassword("password for %s: ", name);
            if (chars == null) {
                return new byte[0];
            }
            byte[] bytes = new String(chars).getBytes(StandardCharsets.UTF_8);
            Arrays.fill(chars, '\0');
            return bytes;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? new byte[0] : line.getBytes(StandardCharsets.UTF_8);
    }
}
