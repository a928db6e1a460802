package org.imapharness.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Discovery, tags, and the failures that need no server: parse errors and a target that cannot be opened. */
class ImapScenarioEngineTest {
    private static final Path PASS = Path.of("src/test/resources/scenarios/pass");

    @Test
    void engineIsFoundThroughTheServiceLoaderUnderItsId() {
        TestDescriptor root = EngineTestKit.engine(ImapScenarioEngine.ID).selectors(selectPackage("scenarios.pass"))
                .discover().getEngineDescriptor();
        assertEquals(countFiles(PASS), root.getChildren().size(), () -> fileNames(root).toString());
    }

    @Test
    void packageResourceFileAndDirectorySelectorsFindScenarios() {
        assertTrue(fileNames(discover(selectPackage("scenarios.fail"))).contains("wrong-exists.imap"));
        assertEquals(Set.of("idle.imap"), fileNames(discover(selectClasspathResource("scenarios/pass/idle.imap"))));
        assertEquals(countFiles(PASS), discover(selectClasspathResource("scenarios/pass")).getChildren().size());
        assertEquals(Set.of("idle.imap"), fileNames(discover(selectFile(PASS.resolve("idle.imap").toFile()))));
        assertEquals(countFiles(PASS), discover(selectDirectory(PASS.toFile())).getChildren().size());
    }

    @Test
    void aScenarioSelectedTwiceIsOneTest() {
        assertEquals(1, discover(selectClasspathResource("scenarios/pass/idle.imap"),
                selectClasspathResource("/scenarios/pass/idle.imap")).getChildren().size());
    }

    @Test
    void classSelectorsSelectNoScenarios() {
        assertEquals(0, discover(selectClass(ImapScenarioEngineTest.class)).getChildren().size());
    }

    @Test
    void configuredDirectoriesAreAlwaysSearched() {
        TestDescriptor root = EngineTestKit.engine(new ImapScenarioEngine())
                .configurationParameter("imap.scenarios.dirs", PASS.toAbsolutePath().toString())
                .selectors(selectClass(ImapScenarioEngineTest.class)).discover().getEngineDescriptor();
        assertEquals(countFiles(PASS), root.getChildren().size());
    }

    @Test
    void aTestCanBeSelectedAgainByItsUniqueId() {
        TestDescriptor first = discover(selectClasspathResource("scenarios/pass/idle.imap")).getChildren()
                .iterator().next();
        TestDescriptor again = discover(selectUniqueId(first.getUniqueId())).getChildren().iterator().next();
        assertEquals(first.getUniqueId(), again.getUniqueId());
        assertEquals(ClasspathResourceSource.from("scenarios/pass/idle.imap"), again.getSource().orElseThrow());
    }

    @Test
    void scenariosAreTaggedWithSectionsLevelsAndCapabilities() {
        TestDescriptor select = discover(selectClasspathResource("scenarios/pass/select-fresh.imap")).getChildren()
                .iterator().next();
        assertEquals(Set.of(TestTag.create("rfc3501-6.3.1"), TestTag.create("rfc3501-7.3.1"), TestTag.create("MUST")),
                select.getTags());
        TestDescriptor idle = discover(selectClasspathResource("scenarios/pass/idle.imap")).getChildren()
                .iterator().next();
        assertTrue(idle.getTags().contains(TestTag.create("cap-IDLE")), idle.getTags()::toString);
        assertTrue(idle.getDisplayName().startsWith("idle.imap: "), idle::getDisplayName);
    }

    @Test
    void aFileThatDoesNotParseIsAFailedTestNamingFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.imap"), "name: broken\n\nC: NOOP\nS: OK [UIDNEXT\n");
        EngineExecutionResults results = EngineTestKit.engine(new ImapScenarioEngine())
                .configurationParameter("imap.target", "imap://127.0.0.1:1?tls=none")
                .configurationParameter("imap.user", "nobody")
                .selectors(selectDirectory(dir.toFile())).execute();
        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        String message = failureMessage(results);
        assertTrue(message.startsWith("broken.imap:4:"), message);
        assertTrue(message.contains("expected"), message);
        TestDescriptor test = results.testEvents().failed().list().get(0).getTestDescriptor();
        FileSource source = (FileSource) test.getSource().orElseThrow();
        assertEquals(4, source.getPosition().orElseThrow().getLine());
    }

    @Test
    void aFileThatDoesNotParseKeepsTheTagsOfItsHeaderSoTagFiltersStillReportIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.imap"),
                "name: broken\nrfc: 3501 6.4.5 MUST\nrequires: IDLE\n\nC: NOOP\nS: OK [UIDNEXT\n");
        TestDescriptor root = EngineTestKit.engine(new ImapScenarioEngine()).selectors(selectDirectory(dir.toFile()))
                .discover().getEngineDescriptor();
        Set<String> tags = root.getChildren().iterator().next().getTags().stream().map(TestTag::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("rfc3501-6.4.5", "MUST", "cap-IDLE"), tags);
    }

    @Test
    void aScenarioTheHarnessCouldNotRunFailsWithCouldNotRunErrorAndTheCapabilitiesAreNotProbed() {
        EngineExecutionResults results = EngineTestKit.engine(new ImapScenarioEngine())
                .configurationParameter("imap.target", "imap://127.0.0.1:1?tls=none")
                .configurationParameter("imap.user", "nobody")
                .selectors(selectClasspathResource("scenarios/pass/idle.imap")).execute();
        Throwable thrown = results.testEvents().failed().list().get(0).getPayload(TestExecutionResult.class)
                .orElseThrow().getThrowable().orElseThrow();
        assertTrue(thrown instanceof CouldNotRunError, thrown::toString);
        assertTrue(((CouldNotRunError) thrown).problem().contains("127.0.0.1:1"), thrown::getMessage);
        assertEquals(0, results.allEvents().reportingEntryPublished().count(), "nothing ran, so nothing to say");
    }

    @Test
    void aTargetThatCannotBeOpenedFailsEachScenarioWithTheReason() {
        EngineExecutionResults results = EngineTestKit.engine(new ImapScenarioEngine())
                .configurationParameter("imap.target", "gopher://example.com")
                .selectors(selectClasspathResource("scenarios/pass/idle.imap")).execute();
        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        String message = failureMessage(results);
        assertTrue(message.contains("unknown target \"gopher://example.com\""), message);
    }

    @Test
    void aBadSettingFailsTheScenariosButLeavesThemDiscoverable() {
        EngineExecutionResults results = EngineTestKit.engine(new ImapScenarioEngine())
                .configurationParameter("imap.target", "imaps://127.0.0.1:1")
                .configurationParameter("imap.user", "nobody")
                .configurationParameter("imap.certificate", "/nonexistent/cert.pem")
                .selectors(selectClasspathResource("scenarios/pass/idle.imap")).execute();
        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        String message = failureMessage(results);
        assertTrue(message.contains("cannot read trusted certificate /nonexistent/cert.pem"), message);
    }

    private static String failureMessage(EngineExecutionResults results) {
        return results.testEvents().failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
    }

    private static TestDescriptor discover(DiscoverySelector... selectors) {
        return EngineTestKit.engine(new ImapScenarioEngine()).selectors(selectors).discover().getEngineDescriptor();
    }

    private static Set<String> fileNames(TestDescriptor root) {
        return root.getChildren().stream().map(d -> ((ScenarioDescriptor) d).location().fileName())
                .collect(Collectors.toSet());
    }

    private static long countFiles(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".imap")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
