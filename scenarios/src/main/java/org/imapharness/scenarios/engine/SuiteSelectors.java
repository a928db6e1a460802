package org.imapharness.scenarios.engine;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;

/**
 * The selector tests the suite engines (security, sync, fuzz) share: each suite runs only when a
 * request names it, by its package (or a parent), a class, its unique id or the classpath root
 * that holds it, so an ordinary build never starts one against a server by surprise.
 */
public final class SuiteSelectors {
    private SuiteSelectors() {
    }

    /** A package selector for {@code pkg} or one of its parents (the empty package included). */
    public static boolean selectsPackage(EngineDiscoveryRequest request, String pkg) {
        return request.getSelectorsByType(PackageSelector.class).stream()
                .anyMatch(s -> s.getPackageName().isEmpty() || (pkg + ".").startsWith(s.getPackageName() + "."));
    }

    /** A class selector whose class name passes {@code test}. */
    public static boolean selectsClass(EngineDiscoveryRequest request, Predicate<String> test) {
        return request.getSelectorsByType(ClassSelector.class).stream().anyMatch(s -> test.test(s.getClassName()));
    }

    /** A classpath root selector for a directory that holds {@code relativePath}; a jar root never does. */
    public static boolean selectsRootHolding(EngineDiscoveryRequest request, String relativePath) {
        return request.getSelectorsByType(ClasspathRootSelector.class).stream()
                .anyMatch(s -> holds(s.getClasspathRoot(), relativePath));
    }

    /** A unique id selector for one of {@code ids}. */
    public static boolean selectsId(EngineDiscoveryRequest request, UniqueId... ids) {
        return request.getSelectorsByType(UniqueIdSelector.class).stream().map(UniqueIdSelector::getUniqueId)
                .anyMatch(id -> Arrays.asList(ids).contains(id));
    }

    private static boolean holds(URI root, String relativePath) {
        try {
            Path dir = Path.of(root);
            return Files.isDirectory(dir) && Files.exists(dir.resolve(relativePath));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return false; // a jar root: only explicit selectors pick the suite from a jar
        }
    }
}
