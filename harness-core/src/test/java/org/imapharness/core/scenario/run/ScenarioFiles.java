package org.imapharness.core.scenario.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.text.ScenarioParser;

/** The example scenarios under {@code src/test/resources/scenarios}. */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    static List<Path> in(String directory) {
        try {
            Path dir = Path.of(ScenarioFiles.class.getResource("/scenarios/" + directory).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".imap")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario parse(Path file) {
        try {
            return ScenarioParser.parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario named(String path) {
        return parse(in(path.substring(0, path.indexOf('/'))).stream()
                .filter(p -> p.getFileName().toString().equals(path.substring(path.indexOf('/') + 1)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no scenario " + path)));
    }
}
