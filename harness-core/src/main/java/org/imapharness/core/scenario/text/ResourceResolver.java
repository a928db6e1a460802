package org.imapharness.core.scenario.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the message files that {@code append:} lines name, relative to the scenario file, as
 * links in a web page are relative to the page.
 */
@FunctionalInterface
public interface ResourceResolver {

    /** The file's bytes; an {@link IOException} when it cannot be read. */
    byte[] read(String relativePath) throws IOException;

    /** For scenarios parsed from a string: no files can be named. */
    static ResourceResolver none() {
        return path -> {
            throw new IOException("this scenario was not read from a file, so \"" + path + "\" cannot be resolved");
        };
    }

    /** Files in (or below) {@code directory}. */
    static ResourceResolver directory(Path directory) {
        return path -> {
            Path file = directory.resolve(path).normalize();
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            return Files.readAllBytes(file);
        };
    }

    /** Resources next to {@code base}, e.g. another entry of the same jar. */
    static ResourceResolver relativeTo(URL base) {
        return path -> {
            URL url = new URL(base, path);
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            } catch (java.io.FileNotFoundException e) {
                throw new NoSuchFileException(url.toString());
            }
        };
    }
}
