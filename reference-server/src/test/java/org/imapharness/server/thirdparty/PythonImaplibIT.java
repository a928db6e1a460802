package org.imapharness.server.thirdparty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imapharness.server.RunningServer;
import org.imapharness.server.it.TestServers;
import org.imapharness.server.message.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's standard-library {@code imaplib} (which we did not write) against the reference server.
 * The scripts in {@code thirdparty/} check what imaplib sees; this class then checks the server's
 * store, so both ends agree on what happened.
 */
class PythonImaplibIT {
    private static final Duration LIMIT = Duration.ofSeconds(40);

    private static RunningServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = TestServers.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void implicitTlsSessionStoresEveryCorpusMessageByteForByte() throws Exception {
        ExternalProgram.Outcome run = python("imaplib_session.py", String.valueOf(server.tlsPort()),
                ServerTruth.writeCa(server, dir).toString(), "alice", TestServers.PASSWORD,
                ServerTruth.writeCorpus(dir).toString());
        assertTrue(run.succeeded(), run::describe);

        // The script appends in file-name order, as does the corpus index.
        List<Corpus.Entry> corpus = Corpus.all().stream().sorted(Comparator.comparing(Corpus.Entry::name)).toList();
        List<ServerTruth.Stored> projects = ServerTruth.messages(server, "alice", "Projects");
        assertEquals(corpus.size() - 1, projects.size(), "the first message was expunged\n" + run.describe());
        for (int i = 0; i < projects.size(); i++) {
            assertArrayEquals(corpus.get(i + 1).bytes(), projects.get(i).bytes(), corpus.get(i + 1).name());
        }
        assertTrue(projects.get(0).flags().contains("\\Flagged"), "STORE +FLAGS on message 2: " + projects.get(0));
        assertTrue(projects.get(0).flags().contains("\\Seen"), "FETCH RFC822 sets \\Seen: " + projects.get(0));

        List<ServerTruth.Stored> copies = ServerTruth.messages(server, "alice", "Projekte/Größe & Maß");
        assertEquals(2, copies.size(), run::describe);
        assertArrayEquals(corpus.get(0).bytes(), copies.get(0).bytes());
        assertEquals(Set.of("\\Seen", "\\Flagged"), copies.get(0).flags(),
                "COPY keeps the flags as they were; \\Deleted came later");
        assertTrue(ServerTruth.exists(server, "alice", "Projects/2026"));
    }

    @Test
    void startTlsOnThePlainPortThenLogin() throws Exception {
        ExternalProgram.Outcome run = python("imaplib_starttls.py", String.valueOf(server.plainPort()),
                ServerTruth.writeCa(server, dir).toString(), "bob", TestServers.PASSWORD);
        assertTrue(run.succeeded(), run::describe);
        assertTrue(run.stdout().contains("\"TLSv1.3\"") || run.stdout().contains("\"TLSv1.2\""), run::describe);
    }

    private ExternalProgram.Outcome python(String script, String... args) throws IOException, InterruptedException {
        Path python = ExternalProgram.require("python3", "python3");
        Path file = dir.resolve(script);
        try (InputStream in = PythonImaplibIT.class.getResourceAsStream("/thirdparty/" + script)) {
            Files.copy(in, file);
        }
        List<String> command = new ArrayList<>(List.of(python.toString(), file.toString()));
        command.addAll(List.of(args));
        // Python must not pick up the developer's site packages or write bytecode next to the script.
        return ExternalProgram.run(command, dir, Map.of("PYTHONNOUSERSITE", "1", "PYTHONDONTWRITEBYTECODE", "1"),
                LIMIT);
    }
}
