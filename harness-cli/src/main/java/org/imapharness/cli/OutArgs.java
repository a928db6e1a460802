package org.imapharness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: where a subcommand writes its reports ({@code @Mixin}, same default everywhere). */
final class OutArgs {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "imap-harness-report",
            description = "Directory for the reports (default: ${DEFAULT-VALUE}); created if missing.")
    Path out;

    /** The directory, created; a path that cannot be a directory is a usage problem. */
    Path directory() {
        try {
            return Files.createDirectories(out);
        } catch (IOException e) {
            throw new UsageProblem("--out " + out + ": cannot create the directory (" + e + ")");
        }
    }
}
