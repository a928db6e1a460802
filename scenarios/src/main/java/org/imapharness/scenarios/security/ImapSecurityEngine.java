package org.imapharness.scenarios.security;

import java.net.URISyntaxException;
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
 * The security suite on the JUnit Platform: each {@link SecurityCheck} is one test. Selected by
 * the package {@code org.imapharness.scenarios.security} (or a parent), by unique id (the engine
 * or one check, {@code [engine:imap-security]/[check:starttls-injection]}), by a class of this
 * package, or by the classpath root holding it. A test classpath root without it selects nothing,
 * so a build's ordinary test run never attacks a server by surprise.
 */
public final class ImapSecurityEngine implements TestEngine {
    public static final String ID = "imap-security";
    private static final String PACKAGE = ImapSecurityEngine.class.getPackageName();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "IMAP security checks");
        boolean all = request.getSelectorsByType(PackageSelector.class).stream()
                .anyMatch(s -> s.getPackageName().isEmpty() || (PACKAGE + ".").startsWith(s.getPackageName() + "."))
                || request.getSelectorsByType(ClassSelector.class).stream()
                .anyMatch(s -> s.getClassName().startsWith(PACKAGE + "."))
                || request.getSelectorsByType(ClasspathRootSelector.class).stream()
                .anyMatch(s -> holdsThisPackage(s.getClasspathRoot()));
        for (SecurityCheck check : SecurityChecks.all()) {
            CheckDescriptor descriptor = new CheckDescriptor(uniqueId, check);
            if (all || selectedById(request, uniqueId, descriptor.getUniqueId())) {
                engine.addChild(descriptor);
            }
        }
        return engine;
    }

    private static boolean selectedById(EngineDiscoveryRequest request, UniqueId engineId, UniqueId checkId) {
        return request.getSelectorsByType(UniqueIdSelector.class).stream().map(UniqueIdSelector::getUniqueId)
                .anyMatch(id -> id.equals(engineId) || id.equals(checkId));
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
        new SecurityExecution(request.getConfigurationParameters(), request.getEngineExecutionListener())
                .run(request.getRootTestDescriptor());
    }
}
