package org.imapharness.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.text.ScenarioParser;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Where a scenario file lives: a classpath resource (found through a URL, possibly inside a jar)
 * or a file on disk. Its {@link #id()} is the unique-id segment value, so a test can be
 * re-selected by id (an IDE's "run again").
 */
sealed interface ScenarioLocation {

    String CLASSPATH = "classpath:";
    String FILE = "file:";

    /** Stable text naming the scenario: {@code classpath:scenarios/x.imap} or {@code file:/abs/x.imap}. */
    String id();

    /** The file name alone, for display and for error messages. */
    String fileName();

    Scenario parse() throws IOException;

    /** The file's text, for the header lines of a file that does not parse. */
    String text() throws IOException;

    /** Where an IDE should jump to; with a line and column for a parse error. */
    TestSource source(int line, int column);

    /** The location an {@link #id()} names, or {@code null} if it names none. */
    static ScenarioLocation fromId(String id, ClassLoader loader) {
        if (id.startsWith(CLASSPATH)) {
            String name = id.substring(CLASSPATH.length());
            URL url = loader.getResource(name);
            return url == null ? null : new Resource(name, url);
        }
        if (id.startsWith(FILE)) {
            return new File(Path.of(id.substring(FILE.length())));
        }
        return null;
    }

    /** A classpath resource such as {@code scenarios/rfc3501/noop.imap}. */
    record Resource(String name, URL url) implements ScenarioLocation {
        public Resource {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
        }

        public String id() {
            return CLASSPATH + name;
        }

        public String fileName() {
            return name.substring(name.lastIndexOf('/') + 1);
        }

        public Scenario parse() throws IOException {
            return ScenarioParser.parse(url);
        }

        public String text() throws IOException {
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        public TestSource source(int line, int column) {
            return line > 0 ? ClasspathResourceSource.from(name, FilePosition.from(line, column))
                    : ClasspathResourceSource.from(name);
        }
    }

    /** A scenario file on disk. */
    record File(Path path) implements ScenarioLocation {
        public File {
            path = path.toAbsolutePath().normalize();
        }

        public String id() {
            return FILE + path;
        }

        public String fileName() {
            return path.getFileName().toString();
        }

        public Scenario parse() throws IOException {
            return ScenarioParser.parse(path);
        }

        public String text() throws IOException {
            return Files.readString(path, StandardCharsets.UTF_8);
        }

        public TestSource source(int line, int column) {
            return line > 0 ? FileSource.from(path.toFile(), FilePosition.from(line, column))
                    : FileSource.from(path.toFile());
        }
    }
}
