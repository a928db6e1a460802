package org.imapharness.scenarios.sync;

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
 * The multi-device sync suite on the JUnit Platform (DESIGN.md §3, §7): two tests, the seeded
 * consistency run and the header-first sync measurement. Selected by this package (or a parent),
 * this class, a unique id, or the classpath root holding it; not by the test classes that share
 * the package, so running one of them (e.g. with {@code -Dit.test=SyncFaultsIT}) does not start a
 * whole sync run too.
 */
public final class ImapSyncEngine implements TestEngine {
    public static final String ID = "imap-sync";
    private static final String PACKAGE = ImapSyncEngine.class.getPackageName();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "IMAP multi-device sync");
        boolean all = request.getSelectorsByType(PackageSelector.class).stream()
                .anyMatch(s -> s.getPackageName().isEmpty() || (PACKAGE + ".").startsWith(s.getPackageName() + "."))
                || request.getSelectorsByType(ClassSelector.class).stream()
                .anyMatch(s -> s.getClassName().equals(ImapSyncEngine.class.getName()))
                || request.getSelectorsByType(ClasspathRootSelector.class).stream()
                .anyMatch(s -> holdsThisPackage(s.getClasspathRoot()));
        for (SyncTestDescriptor.Kind kind : SyncTestDescriptor.Kind.values()) {
            SyncTestDescriptor test = new SyncTestDescriptor(uniqueId, kind);
            if (all || request.getSelectorsByType(UniqueIdSelector.class).stream().map(UniqueIdSelector::getUniqueId)
                    .anyMatch(id -> id.equals(uniqueId) || id.equals(test.getUniqueId()))) {
                engine.addChild(test);
            }
        }
        return engine;
    }

    private static boolean holdsThisPackage(java.net.URI root) {
        try {
            Path dir = Path.of(root);
            return Files.isDirectory(dir) && Files.exists(dir.resolve(PACKAGE.replace('.', '/')));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false; // a jar root: only explicit selectors pick the suite from a jar
        }
    }

    @Override
    public void execute(ExecutionRequest request) {
        new SyncExecution(request.getConfigurationParameters(), request.getEngineExecutionListener())
                .run(request.getRootTestDescriptor());
    }
}
