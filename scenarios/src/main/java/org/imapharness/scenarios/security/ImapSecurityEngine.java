package org.imapharness.scenarios.security;

import org.imapharness.scenarios.engine.SuiteSelectors;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
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
        boolean all = SuiteSelectors.selectsPackage(request, PACKAGE)
                || SuiteSelectors.selectsClass(request, name -> name.startsWith(PACKAGE + "."))
                || SuiteSelectors.selectsRootHolding(request, PACKAGE.replace('.', '/'));
        for (SecurityCheck check : SecurityChecks.all()) {
            CheckDescriptor descriptor = new CheckDescriptor(uniqueId, check);
            if (all || SuiteSelectors.selectsId(request, uniqueId, descriptor.getUniqueId())) {
                engine.addChild(descriptor);
            }
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        new SecurityExecution(request.getConfigurationParameters(), request.getEngineExecutionListener())
                .run(request.getRootTestDescriptor());
    }
}
