package org.imapharness.core.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imapharness.protocol.codec.Quirk;

/**
 * The result of running one scenario against one target, with everything a report needs.
 *
 * @param file        the scenario file
 * @param name        the scenario's name
 * @param references  the requirements it checks
 * @param target      the target's description
 * @param outcome     passed, failed (with the failure), skipped (with the reason) or errored
 * @param transcripts every connection's traffic, the interpreter's own included
 * @param duration    wall-clock time of the run
 * @param notes       things worth knowing that did not decide the outcome (e.g. a cleanup that failed)
 * @param quirks      deviations from RFC 3501 §9 the run was told to tolerate and met, with counts
 */
public record ScenarioResult(String file, String name, List<RfcReference> references, String target,
                             Outcome outcome, List<ConnectionTranscript> transcripts, Duration duration,
                             List<String> notes, Map<Quirk, Long> quirks) {

    public ScenarioResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        references = List.copyOf(references);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        transcripts = List.copyOf(transcripts);
        Objects.requireNonNull(duration, "duration");
        notes = List.copyOf(notes);
        quirks = Map.copyOf(quirks);
    }

    public Outcome.Kind kind() {
        return outcome.kind();
    }

    /** The failure, or {@code null} unless FAILED. */
    public Failure failure() {
        return outcome instanceof Outcome.Failed f ? f.failure() : null;
    }

    /** The whole result as text: outcome, failure with expected and received, references, transcripts. */
    public String describe() {
        return ResultText.describe(this);
    }
}
