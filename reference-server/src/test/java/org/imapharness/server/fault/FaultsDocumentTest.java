package org.imapharness.server.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** FAULTS.md is generated from the enum; this keeps the two equal. */
class FaultsDocumentTest {

    /** Surefire runs with the module directory as working directory. */
    private static final Path FILE = Path.of("FAULTS.md");

    @Test
    void faultsMarkdownMatchesTheEnum() throws IOException {
        String expected = FaultsDocument.markdown();
        if (Boolean.getBoolean("faults.regenerate")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(FILE), FILE.toAbsolutePath() + " is missing; run with -Dfaults.regenerate=true");
        assertEquals(expected, Files.readString(FILE, StandardCharsets.UTF_8),
                "FAULTS.md is out of date; run FaultsDocumentTest with -Dfaults.regenerate=true");
    }

    @Test
    void everyFaultHasOneRow() {
        String markdown = FaultsDocument.markdown();
        for (Fault fault : Fault.values()) {
            assertTrue(markdown.contains("| `" + fault.cliName() + "` | "), fault.cliName());
        }
        assertEquals(Fault.values().length + 2, markdown.lines().filter(l -> l.startsWith("|")).count());
    }
}
