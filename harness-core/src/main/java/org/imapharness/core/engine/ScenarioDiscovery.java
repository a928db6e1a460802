package org.imapharness.core.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;

/**
 * Turns a discovery request's selectors into scenario files. A classpath root contributes the
 * {@code .imap} files under its {@code scenarios/} directory; a package {@code scenarios.rfc3501}
 * or resource directory {@code scenarios/rfc3501} the files under it, in directories and jars
 * alike. Selectors of other kinds (classes, methods) select nothing, so a build that runs Jupiter
 * classes runs no scenarios by accident.
 */
final class ScenarioDiscovery {
    static final String SUFFIX = ".imap";

    private final ClassLoader loader;
    private final String root;
    private final Map<String, ScenarioLocation> found = new LinkedHashMap<>();

    ScenarioDiscovery(ClassLoader loader, String root) {
        this.loader = loader;
        this.root = root;
    }

    /** Every scenario the request selects, plus those in {@code extraDirs}, each once, in a stable order. */
    List<ScenarioLocation> discover(EngineDiscoveryRequest request, UniqueId engineId, List<Path> extraDirs) {
        request.getSelectorsByType(ClasspathRootSelector.class).forEach(s -> classpathRoot(s.getClasspathRoot()));
        request.getSelectorsByType(PackageSelector.class)
                .forEach(s -> resourceDirectory(s.getPackageName().isEmpty() ? root : s.getPackageName().replace('.', '/')));
        request.getSelectorsByType(ClasspathResourceSelector.class).forEach(s -> resource(s.getClasspathResourceName()));
        request.getSelectorsByType(FileSelector.class).forEach(s -> file(s.getPath()));
        request.getSelectorsByType(DirectorySelector.class).forEach(s -> directory(s.getPath()));
        request.getSelectorsByType(UniqueIdSelector.class).forEach(s -> uniqueId(s.getUniqueId(), engineId));
        extraDirs.forEach(this::directory);
        return List.copyOf(found.values());
    }

    private void add(ScenarioLocation location) {
        found.putIfAbsent(location.id(), location);
    }

    private void classpathRoot(URI rootUri) {
        if (!"file".equals(rootUri.getScheme())) {
            return;
        }
        Path dir = Path.of(rootUri).resolve(root);
        if (Files.isDirectory(dir)) {
            walk(dir).forEach(p -> add(new ScenarioLocation.Resource(root + "/" + relative(dir, p), url(p))));
        }
    }

    private void resource(String name) {
        String clean = name.startsWith("/") ? name.substring(1) : name;
        if (clean.endsWith(SUFFIX)) {
            URL url = loader.getResource(clean);
            if (url != null) {
                add(new ScenarioLocation.Resource(clean, url));
            }
        } else {
            resourceDirectory(clean);
        }
    }

    /** Every copy of a resource directory on the classpath: in directories and in jars. */
    private void resourceDirectory(String name) {
        String dirName = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        try {
            for (URL url : Collections.list(loader.getResources(dirName))) {
                switch (url.getProtocol()) {
                    case "file" -> {
                        Path dir = Path.of(url.toURI());
                        walk(dir).forEach(p -> add(new ScenarioLocation.Resource(dirName + "/" + relative(dir, p), url(p))));
                    }
                    case "jar" -> jarDirectory(url, dirName);
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath directory " + dirName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("classpath directory " + dirName + " has a malformed URL", e);
        }
    }

    private void jarDirectory(URL url, String dirName) throws IOException, URISyntaxException {
        URI uri = url.toURI();
        FileSystem fs;
        boolean opened = false;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        try {
            Path dir = fs.getPath(dirName);
            for (Path p : walk(dir)) {
                String name = dirName + "/" + relative(dir, p);
                URL resource = loader.getResource(name);
                if (resource != null) {
                    add(new ScenarioLocation.Resource(name, resource));
                }
            }
        } finally {
            if (opened) {
                fs.close();
            }
        }
    }

    private void file(Path path) {
        if (path.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(path)) {
            add(new ScenarioLocation.File(path));
        }
    }

    private void directory(Path dir) {
        if (Files.isDirectory(dir)) {
            walk(dir).forEach(p -> add(new ScenarioLocation.File(p)));
        }
    }

    private void uniqueId(UniqueId id, UniqueId engineId) {
        if (!id.hasPrefix(engineId)) {
            return;
        }
        if (id.equals(engineId)) {
            resourceDirectory(root);
            return;
        }
        UniqueId.Segment last = id.getLastSegment();
        if (ScenarioDescriptor.SEGMENT.equals(last.getType())) {
            ScenarioLocation location = ScenarioLocation.fromId(last.getValue(), loader);
            if (location != null) {
                add(location);
            }
        }
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenario directory " + dir, e);
        }
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(dir.getFileSystem().getSeparator(), "/");
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a URL of " + p, e);
        }
    }
}
