package org.imapharness.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imapharness.server.it.ScriptClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server answered OK survives {@code kill -9}: a server process with a durable store is
 * killed in the middle of a stream of APPENDs, restarted on the same directory, and every
 * acknowledged message must be there, byte for byte (and the acknowledged STORE and EXPUNGE too).
 */
class DurabilityIT {
    private static final Pattern APPENDUID = Pattern.compile("OK \\[APPENDUID \\d+ (\\d+)]");
    private static final Pattern PLAIN_PORT = Pattern.compile("plain\\+STARTTLS +[^ ]+:(\\d+)");

    @TempDir
    Path store;

    @Test
    void acknowledgedChangesSurviveKillDashNine() throws Exception {
        Map<Long, byte[]> acknowledged = new ConcurrentHashMap<>();
        Process first = startServer();
        try {
            int port = awaitReady(first);
            try (ScriptClient c = ScriptClient.plain(port)) {
                c.readLine();
                assertTrue(ScriptClient.tagged(c.command("l", "LOGIN alice secret")).startsWith("l OK"));
                for (int i = 0; i < 3; i++) {
                    byte[] m = message(new Random(i), i);
                    acknowledged.put(append(c, "s" + i, m), m);
                }
                c.command("sel", "SELECT INBOX");
                assertTrue(ScriptClient.tagged(c.command("f", "UID STORE 1 +FLAGS (\\Flagged)")).startsWith("f OK"));
                assertTrue(ScriptClient.tagged(c.command("d", "UID STORE 2 +FLAGS (\\Deleted)")).startsWith("d OK"));
                assertTrue(ScriptClient.tagged(c.command("x", "EXPUNGE")).startsWith("x OK"));
                acknowledged.remove(2L);

                Thread load = new Thread(() -> appendUntilKilled(c, acknowledged), "append-load");
                load.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (acknowledged.size() < 25 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
                assertTrue(first.waitFor(10, TimeUnit.SECONDS));
                load.join(10_000);
            }
        } finally {
            first.destroyForcibly();
        }
        assertTrue(acknowledged.size() >= 20, "the load ran: " + acknowledged.size() + " acknowledged");

        Process second = startServer();
        try {
            int port = awaitReady(second);
            try (ScriptClient c = ScriptClient.plain(port)) {
                c.readLine();
                c.command("l", "LOGIN alice secret");
                c.command("s", "EXAMINE INBOX");
                Map<Long, byte[]> stored = new HashMap<>();
                Map<Long, String> flags = new HashMap<>();
                for (String line : c.command("f", "UID FETCH 1:* (UID FLAGS BODY.PEEK[])")) {
                    Matcher m = Pattern.compile("^\\* \\d+ FETCH \\(UID (\\d+) FLAGS \\(([^)]*)\\) BODY\\[] \\{(\\d+)}\r\n")
                            .matcher(line);
                    if (m.find()) {
                        int size = Integer.parseInt(m.group(3));
                        String body = line.substring(m.end(), m.end() + size);
                        stored.put(Long.parseLong(m.group(1)), body.getBytes(StandardCharsets.ISO_8859_1));
                        flags.put(Long.parseLong(m.group(1)), m.group(2));
                    }
                }
                for (Map.Entry<Long, byte[]> e : acknowledged.entrySet()) {
                    assertTrue(stored.containsKey(e.getKey()), "acknowledged UID " + e.getKey() + " lost");
                    assertArrayEquals(e.getValue(), stored.get(e.getKey()), "UID " + e.getKey() + " changed");
                }
                assertTrue(!stored.containsKey(2L), "the acknowledged EXPUNGE held");
                assertTrue(flags.get(1L).contains("\\Flagged"), "the acknowledged STORE held: " + flags.get(1L));
                assertTrue(stored.size() <= acknowledged.size() + 1, "at most the one in flight was added");
            }
        } finally {
            second.destroy();
            second.waitFor(10, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    private static void appendUntilKilled(ScriptClient c, Map<Long, byte[]> acknowledged) {
        Random random = new Random(42);
        try {
            for (int i = 3; ; i++) {
                byte[] m = message(random, i);
                acknowledged.put(append(c, "a" + i, m), m);
            }
        } catch (IOException | RuntimeException killed) {
            // the server died mid-command: that message was never acknowledged
        }
    }

    /** APPENDs with a non-synchronizing literal; returns the UID only once the server said OK. */
    private static long append(ScriptClient c, String tag, byte[] message) throws IOException {
        byte[] head = (tag + " APPEND INBOX {" + message.length + "+}\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + message.length + 2];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(message, 0, all, head.length, message.length);
        all[all.length - 2] = '\r';
        all[all.length - 1] = '\n';
        c.sendRaw(all);
        String tagged = ScriptClient.tagged(c.readUntilTagged(tag));
        Matcher m = APPENDUID.matcher(tagged);
        if (!m.find()) {
            throw new IllegalStateException("APPEND not acknowledged: " + tagged);
        }
        return Long.parseLong(m.group(1));
    }

    /** A message with 8-bit octets and varied sizes (no NUL, which IMAP literals cannot carry). */
    private static byte[] message(Random random, int n) {
        StringBuilder text = new StringBuilder("From: load@example.org\r\nSubject: message " + n + "\r\n\r\n");
        int lines = 1 + random.nextInt(200);
        for (int i = 0; i < lines; i++) {
            int width = random.nextInt(78);
            for (int j = 0; j < width; j++) {
                text.append((char) (random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x80) : 0x20 + random.nextInt(0x5f)));
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private Process startServer() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ServeMain.class.getName(),
                "--port", "0", "--tls-port", "off", "--store", store.toString(),
                "--user", "alice:secret", "--allow-plaintext-auth"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /**
     * Reads the server's output up to {@code ready} and returns the plain port; the rest is drained
     * in the background. A watchdog kills a server that is not ready within 60 s, which ends the read.
     */
    private static int awaitReady(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                process.destroyForcibly();
            } catch (InterruptedException ready) {
                // started in time
            }
        }, "server-start-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        int port = -1;
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            Matcher m = PLAIN_PORT.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
        }
        watchdog.interrupt();
        assertEquals("ready", line, "the server printed its ports and 'ready'");
        assertTrue(port > 0, "the server printed its plain port");
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe from filling up
                }
            } catch (IOException ended) {
                // process gone
            }
        }, "server-output");
        drain.setDaemon(true);
        drain.start();
        return port;
    }
}
