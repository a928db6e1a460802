package org.imapharness.scenarios.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import org.imapharness.core.client.TlsMode;
import org.imapharness.core.engine.ImapScenarioEngine;
import org.imapharness.core.target.TargetException;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.imapharness.core.target.UserTemplate;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.testcontainers.DockerClientFactory;

/**
 * {@code container:IMAGE} targets. This machine has no Docker engine, which is exactly the case
 * that must end in skipped scenarios with the reason rather than failures.
 */
class ContainerTargetTest {

    @Test
    void optionsNameImagePortAndUsers() {
        ContainerOptions dovecot = ContainerOptions.parse("container:dovecot/dovecot:2.3.21", null);
        assertEquals("dovecot/dovecot:2.3.21", dovecot.image());
        assertEquals(TlsMode.IMPLICIT, dovecot.tls());
        assertEquals(993, dovecot.port());
        assertEquals(ContainerOptions.DOVECOT_USERS, dovecot.users());
        ContainerOptions plain = ContainerOptions.parse("container:example/imapd?tls=none", new UserTemplate("u%d", "p"));
        assertEquals(TlsMode.NONE, plain.tls());
        assertEquals(143, plain.port());
        assertEquals(TlsMode.STARTTLS, ContainerOptions.parse("container:dovecot/dovecot?tls=starttls", null).tls());
    }

    @Test
    void mistakesAreExplainedBeforeDockerIsAskedFor() {
        assertTrue(assertThrows(TargetException.class, () -> ContainerOptions.parse("container:example/imapd", null))
                .getMessage().contains("no default users are known for this image; give --user or --user-template"));
        assertTrue(assertThrows(TargetException.class, () -> ContainerOptions.parse("container:dovecot/dovecot?tls=yes", null))
                .getMessage().contains("the only option is ?tls=implicit"));
        assertTrue(assertThrows(TargetException.class, () -> ContainerOptions.parse("container:?tls=none", null))
                .getMessage().contains("names no image"));
    }

    @Test
    void withoutDockerTheTargetIsUnavailableWithTheReason() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine runs here");
        TargetException e = assertThrows(TargetException.class,
                () -> Targets.open(TargetOptions.of("container:dovecot/dovecot:2.3.21", null)));
        assertTrue(e.isUnavailable(), e.getMessage());
        assertTrue(e.getMessage().contains("needs a Docker engine, and none is running here"), e.getMessage());
    }

    @Test
    void withoutDockerScenariosAreSkippedNotFailed() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine runs here");
        EngineExecutionResults results = EngineTestKit.engine(ImapScenarioEngine.ID)
                .configurationParameter("imap.target", "container:dovecot/dovecot:2.3.21")
                .selectors(selectClasspathResource("scenarios/rfc3501/6.1.2-noop-every-state.imap"),
                        selectClasspathResource("scenarios/rfc3501/6.3.1-select-responses.imap"))
                .execute();
        assertEquals(2, results.testEvents().aborted().count());
        assertEquals(0, results.testEvents().failed().count());
        String reason = results.testEvents().aborted().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
        assertTrue(reason.contains("needs a Docker engine"), reason);
        assertFalse(reason.contains("Exception"), "a reason, not a stack trace: " + reason);
    }
}
