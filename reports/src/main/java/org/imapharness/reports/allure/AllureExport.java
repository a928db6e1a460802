package org.imapharness.reports.allure;

import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Run;

/**
 * Writes a run as Allure results ({@code *-result.json} plus attachments), the same directory
 * allure-jupiter would fill, so teams that use Allure see imap-harness runs from the CLI and
 * from Maven alike. Labels map our conventions onto Allure's: suite, feature = RFC section,
 * severity = requirement level; RFC sections become links.
 */
public final class AllureExport {
    private AllureExport() {
    }

    public static void write(Run run, Path resultsDir, Path reportDir) throws IOException {
        Files.createDirectories(resultsDir);
        FileSystemResultsWriter writer = new FileSystemResultsWriter(resultsDir);
        long clock = startMillis(run);
        for (Check check : run.checks()) {
            TestResult result = result(check, run, clock);
            clock += check.durationMs();
            attach(writer, result, "transcript", check.transcript());
            if (!check.replay().isEmpty() && Files.isRegularFile(reportDir.resolve(check.replay()))) {
                attach(writer, result, "replay " + check.replay(), Files.readString(reportDir.resolve(check.replay())));
            }
            writer.write(result);
        }
        Files.writeString(resultsDir.resolve("environment.properties"),
                "target=" + run.target().uri() + "\ninsecure=" + run.target().insecure() + "\n", StandardCharsets.UTF_8);
    }

    static TestResult result(Check check, Run run, long start) {
        List<Label> labels = new ArrayList<>();
        labels.add(label("parentSuite", "imap-harness"));
        labels.add(label("suite", check.suite()));
        labels.add(label("severity", AllureVocabulary.severity(check.level())));
        labels.add(label("host", run.target().uri()));
        check.rfc().forEach(s -> labels.add(label("feature", s.toString())));
        check.tags().forEach(t -> labels.add(label("tag", t)));
        List<Link> links = check.rfc().stream()
                .map(s -> new Link().setName(s.toString()).setUrl(s.url()).setType("link")).toList();
        String historyId = UUID.nameUUIDFromBytes(check.id().getBytes(StandardCharsets.UTF_8)).toString();
        return new TestResult()
                .setUuid(UUID.randomUUID().toString())
                .setHistoryId(historyId)
                .setTestCaseId(historyId)
                .setFullName(check.id())
                .setName(check.name())
                .setStatus(AllureVocabulary.status(check.outcome()))
                .setStatusDetails(new StatusDetails().setMessage(check.reason()).setTrace(check.report()))
                .setStage(Stage.FINISHED)
                .setLabels(labels)
                .setLinks(links)
                .setStart(start)
                .setStop(start + check.durationMs());
    }

    private static void attach(FileSystemResultsWriter writer, TestResult result, String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        String source = UUID.randomUUID() + "-attachment.txt";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writer.write(source, new ByteArrayInputStream(bytes));
        result.getAttachments().add(new Attachment().setName(name).setSource(source).setType("text/plain")
                .setSize((long) bytes.length));
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }

    private static long startMillis(Run run) {
        try {
            return Instant.parse(run.startedAt()).toEpochMilli();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }
}
