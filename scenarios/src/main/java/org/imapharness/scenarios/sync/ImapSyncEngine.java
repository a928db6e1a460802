package org.imapharness.scenarios.sync;

import org.imapharness.scenarios.engine.SuiteSelectors;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
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
        boolean all = SuiteSelectors.selectsPackage(request, PACKAGE)
                || SuiteSelectors.selectsClass(request, name -> name.equals(ImapSyncEngine.class.getName()))
                || SuiteSelectors.selectsRootHolding(request, PACKAGE.replace('.', '/'));
        for (SyncTestDescriptor.Kind kind : SyncTestDescriptor.Kind.values()) {
            SyncTestDescriptor test = new SyncTestDescriptor(uniqueId, kind);
            if (all || SuiteSelectors.selectsId(request, uniqueId, test.getUniqueId())) {
                engine.addChild(test);
            }
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        new SyncExecution(request.getConfigurationParameters(), request.getEngineExecutionListener())
                .run(request.getRootTestDescriptor());
    }
}
