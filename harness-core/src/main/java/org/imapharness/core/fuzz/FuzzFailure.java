package org.imapharness.core.fuzz;

import java.nio.file.Path;

/**
 * A failure of a run, shrunk: the finding, the case that showed it (its number and the choice
 * bytes, which regenerate the command), the shrunk bytes and command, whether the shrunk case
 * still failed on a fresh connection, and the replay scenario.
 *
 * @param replay     the scenario text (the scenario language, {@code C-raw:} lines)
 * @param replayFile where it was written, or null
 */
public record FuzzFailure(Finding finding, long caseNumber, byte[] choices, byte[] shrunkChoices,
                          WireCommand shrunk, boolean reproduced, String replay, Path replayFile) {

    public String describe() {
        return finding.describe() + "\n  case " + caseNumber + ", shrunk from " + choices.length + " to "
                + shrunkChoices.length + " choice bytes" + (reproduced ? "" : " (did NOT reproduce on a fresh connection: "
                + "depends on what the session did before)") + "\n  command: " + Texts.printable(shrunk.bytes(), 300)
                + (replayFile != null ? "\n  replay: " + replayFile : "");
    }
}
