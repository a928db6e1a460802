package org.imapharness.reports.listener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Puts the files that replay failing checks into {@code replay/} beside the report, so the HTML
 * links to a file that outlives the build's working directories and the classpath.
 */
final class ReplayFiles {
    static final String DIRECTORY = "replay";

    private final Path reportDir;
    private final ClassLoader loader;
    private final Set<String> taken = new HashSet<>();

    ReplayFiles(Path reportDir, ClassLoader loader) {
        this.reportDir = reportDir;
        this.loader = loader;
    }

    /** Copies an explicit replay file ({@code imap.replay}); the relative path, or empty if it is missing. */
    synchronized String copy(String replayPath) {
        Path file = Path.of(replayPath);
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            return store(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the replay file " + file, e);
        }
    }

    /** Copies a scenario file a test came from (a {@code .imap} file on disk or on the classpath). */
    synchronized String copy(Optional<TestSource> source) {
        try {
            if (source.orElse(null) instanceof FileSource f && f.getFile().getName().endsWith(".imap")) {
                return copy(f.getFile().toString());
            }
            if (source.orElse(null) instanceof ClasspathResourceSource c && c.getClasspathResourceName().endsWith(".imap")) {
                String name = c.getClasspathResourceName();
                try (InputStream in = loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
                    return in == null ? "" : store(name.substring(name.lastIndexOf('/') + 1), in);
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the scenario file of " + source.orElseThrow(), e);
        }
    }

    private String store(String fileName, InputStream in) throws IOException {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String name = safe;
        for (int i = 2; !taken.add(name); i++) {
            name = i + "-" + safe;
        }
        Path dir = Files.createDirectories(reportDir.resolve(DIRECTORY));
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        return DIRECTORY + "/" + name;
    }
}
