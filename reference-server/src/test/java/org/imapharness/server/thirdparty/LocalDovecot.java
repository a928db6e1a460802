package org.imapharness.server.thirdparty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dovecot's {@code imap} binary run as a pre-authenticated tunnel over a Maildir in a temp dir:
 * interimap's usual "local" side (its getting-started guide). Dovecot never keeps mail as root, so
 * as root the mail belongs to the package's {@code dovecot} user, as testenv/dovecot does.
 */
final class LocalDovecot {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Pattern FETCH = Pattern.compile("^\\* \\d+ FETCH \\(", Pattern.MULTILINE);
    private static final Pattern FLAGS = Pattern.compile("FLAGS \\(([^)]*)\\)");
    private static final Pattern SUBJECT = Pattern.compile("(?im)^Subject: ?([^\r\n]*)");

    private final Path dir;
    private final Path config;

    private LocalDovecot(Path dir, Path config) {
        this.dir = dir;
        this.config = config;
    }

    static LocalDovecot create(Path dir) throws IOException, InterruptedException {
        Path mail = Files.createDirectories(dir.resolve("Mail"));
        // The mail user must be able to pass through the test's temp dirs (JUnit makes them 0700).
        for (Path p : List.of(dir.getParent(), dir)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String uid = run("id", "-u");
        String gid = run("id", "-g");
        if (uid.equals("0")) {
            uid = run("id", "-u", "dovecot");
            gid = run("id", "-g", "dovecot");
            Files.setAttribute(mail, "unix:uid", Integer.parseInt(uid));
            Files.setAttribute(mail, "unix:gid", Integer.parseInt(gid));
        }
        String conf = "ssl = no\nlog_path = " + dir.resolve("dovecot.log") + "\nmail_location = maildir:" + mail
                + "\nmail_uid = " + uid + "\nmail_gid = " + gid + "\nfirst_valid_uid = 1\nfirst_valid_gid = 1\n"
                + "namespace {\n  inbox = yes\n  separator = /\n}\n";
        return new LocalDovecot(dir, Files.writeString(dir.resolve("dovecot.conf"), conf));
    }

    /**
     * The tunnel command for interimap's {@code [local]} section: a clean environment, as the guide's
     * wrapper. Started by root with a socket for output, Dovecot's imap takes itself for an inetd
     * service and refuses; the trailing {@code cat} makes its output a pipe.
     */
    String tunnelCommand() {
        return "env -i PATH=/usr/bin:/bin USER=alice HOME=" + dir + " doveadm -c " + config + " exec imap | cat";
    }

    /** Runs IMAP command lines (no tags needed: numbered here) in one session; returns what Dovecot answered. */
    String session(List<String> commands) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        int tag = 0;
        for (String command : commands) {
            script.append('t').append(++tag).append(' ').append(command).append("\r\n");
        }
        script.append("z LOGOUT\r\n");
        Path input = Files.writeString(Files.createTempFile(dir, "script-", ".imap"), script, StandardCharsets.UTF_8);
        // Through a pipe: Dovecot polls its input with epoll, which refuses regular files.
        ExternalProgram.Outcome out = ExternalProgram.run(List.of("sh", "-c", "cat " + input + " | " + tunnelCommand()),
                dir, Map.of(), LIMIT);
        if (!out.succeeded() || Pattern.compile("(?m)^t\\d+ (NO|BAD)").matcher(out.stdout()).find()) {
            throw new AssertionError("local Dovecot session failed\n" + out.describe());
        }
        return out.stdout();
    }

    /** APPEND with a non-synchronizing literal (Dovecot has LITERAL+), so the script needs no round trip. */
    static String append(String mailbox, String flags, String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        return "APPEND \"" + mailbox + "\" (" + flags + ") {" + bytes.length + "+}\r\n" + message;
    }

    /** Subject to flags (without \Recent, which is per session) of every message in {@code mailbox}. */
    Map<String, Set<String>> messages(String mailbox) throws IOException, InterruptedException {
        String out = session(List.of("EXAMINE \"" + mailbox + "\"",
                "FETCH 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])"));
        Map<String, Set<String>> found = new TreeMap<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = FETCH.matcher(out);
        while (m.find()) {
            starts.add(m.start());
        }
        for (int i = 0; i < starts.size(); i++) {
            String chunk = out.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : out.length());
            Matcher f = FLAGS.matcher(chunk);
            Matcher s = SUBJECT.matcher(chunk);
            if (!f.find() || !s.find()) {
                throw new AssertionError("unreadable FETCH response from Dovecot:\n" + chunk);
            }
            Set<String> flags = new TreeSet<>(List.of(f.group(1).split(" ")));
            flags.remove("");
            flags.remove("\\Recent");
            found.put(s.group(1).trim(), flags);
        }
        return found;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
