package org.imapharness.scenarios.fuzz;

import org.imapharness.scenarios.engine.SuiteSelectors;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
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
        boolean selected = SuiteSelectors.selectsPackage(request, PACKAGE)
                || SuiteSelectors.selectsClass(request, name -> name.equals(ImapFuzzEngine.class.getName()))
                || SuiteSelectors.selectsRootHolding(request, ImapFuzzEngine.class.getName().replace('.', '/') + ".class")
                || SuiteSelectors.selectsId(request, uniqueId, test.getUniqueId());
        if (selected) {
            engine.addChild(test);
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        new FuzzExecution(request.getConfigurationParameters(), request.getEngineExecutionListener())
                .run(request.getRootTestDescriptor());
    }
}
