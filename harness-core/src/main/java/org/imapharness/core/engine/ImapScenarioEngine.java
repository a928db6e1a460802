package org.imapharness.core.engine;

import java.io.IOException;
import org.imapharness.core.scenario.ScenarioSyntaxException;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * Runs {@code .imap} scenario files on the JUnit Platform, each as one test tagged with its RFC
 * sections, levels and required capabilities, against the target the configuration names (see
 * {@link EngineSettings}). Registered through {@code META-INF/services}, so Maven Surefire, Gradle,
 * an IDE or the console launcher find it whenever harness-core is on the test classpath.
 */
public final class ImapScenarioEngine implements TestEngine {
    public static final String ID = "imap-scenarios";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "IMAP scenarios");
        ConfigurationParameters parameters = request.getConfigurationParameters();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (ScenarioLocation location : new ScenarioDiscovery(loader, EngineSettings.root(parameters))
                .discover(request, uniqueId, EngineSettings.extraDirs(parameters))) {
            engine.addChild(describe(uniqueId, location));
        }
        return engine;
    }

    private static ScenarioDescriptor describe(UniqueId engineId, ScenarioLocation location) {
        try {
            return ScenarioDescriptor.parsed(engineId, location, location.parse());
        } catch (ScenarioSyntaxException e) {
            return ScenarioDescriptor.broken(engineId, location, e.getMessage(), e.line(), e.column(), textOf(location));
        } catch (IOException | RuntimeException e) {
            return ScenarioDescriptor.broken(engineId, location,
                    location.fileName() + ": cannot read the scenario: " + e.getMessage(), 0, 0, "");
        }
    }

    private static String textOf(ScenarioLocation location) {
        try {
            return location.text();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void execute(ExecutionRequest request) {
        new ScenarioExecution(request.getConfigurationParameters(), request.getEngineExecutionListener())
                .run(request.getRootTestDescriptor());
    }
}
