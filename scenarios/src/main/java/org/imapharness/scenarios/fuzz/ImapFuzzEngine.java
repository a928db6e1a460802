package org.imapharness.scenarios.fuzz;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The network fuzz suite on the JUnit Platform (DESIGN.md §3, §8): one test that fuzzes the
 * configured target ({@link FuzzSettings}). Selected by the package
 * {@code org.imapharness.scenarios.fuzz} (or a parent), by unique id
 * ({@code [engine:imap-fuzz]/[fuzz:network]}), by this class, or by the classpath root that holds
 * this class; test roots (the Jazzer tests share the package name) select nothing, so an ordinary
 * build never fuzzes a server by surprise.
 */
public final class ImapFuzzEngine implements TestEngine {
    public static final String ID = "imap-fuzz";
    private static final String PACKAGE = ImapFuzzEngine.class.getPackageName();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "IMAP network fuzzing");
        FuzzDescriptor test = new FuzzDescriptor(uniqueId);
        boolean selected = request.getSelectorsByType(PackageSelector.class).stream()
                .anyMatch(s -> s.getPackageName().isEmpty() || (PACKAGE + ".").startsWith(s.getPackageName() + "."))
                || request.getSelectorsByType(ClassSelector.class).stream()
                .anyMatch(s -> s.getClassName().equals(ImapFuzzEngine.class.getName()))
                || request.getSelectorsByType(ClasspathRootSelector.class).stream()
                .anyMatch(s -> holdsThisEngine(s.getClasspathRoot()))
                || request.getSelectorsByType(UniqueIdSelector.class).stream().map(UniqueIdSelector::getUniqueId)
                .anyMatch(id -> id.equals(uniqueId) || id.equals(test.getUniqueId()));
        if (selected) {
            engine.addChild(test);
        }
        return engine;
    }

    private static boolean holdsThisEngine(URI root) {
        try {
            Path dir = Path.of(root);
            return Files.isDirectory(dir)
                    && Files.exists(dir.resolve(ImapFuzzEngine.class.getName().replace('.', '/') + ".class"));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }

    @Override
    public void execute(ExecutionRequest request) {
        new FuzzExecution(request.getConfigurationParameters(), request.getEngineExecutionListener())
                .run(request.getRootTestDescriptor());
    }
}
