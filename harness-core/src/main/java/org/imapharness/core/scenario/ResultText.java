package org.imapharness.core.scenario;

import java.util.stream.Collectors;
import org.imapharness.protocol.model.Printable;

/** Renders a {@link ScenarioResult} for people: console output, JUnit failure messages. */
final class ResultText {
    private ResultText() {
    }

    static String describe(ScenarioResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.kind()).append(' ').append(r.file()).append(" (").append(r.name()).append(")");
        if (!r.references().isEmpty()) {
            sb.append(" [").append(r.references().stream().map(RfcReference::toString)
                    .collect(Collectors.joining(", "))).append(']');
        }
        sb.append(" against ").append(r.target()).append(" in ").append(r.duration().toMillis()).append(" ms\n");
        if (r.outcome() instanceof Outcome.Skipped s) {
            sb.append("  skipped: ").append(s.reason()).append('\n');
        } else if (r.outcome() instanceof Outcome.Errored e) {
            sb.append("  error: ").append(e.message()).append('\n');
        } else if (r.outcome() instanceof Outcome.Failed f) {
            failure(sb, r.file(), f.failure());
        }
        for (String note : r.notes()) {
            sb.append("  note: ").append(note).append('\n');
        }
        if (r.kind() == Outcome.Kind.FAILED || r.kind() == Outcome.Kind.ERRORED) {
            for (ConnectionTranscript t : r.transcripts()) {
                sb.append("  transcript of connection ").append(t.label()).append(":\n");
                t.rendered().lines().forEach(l -> sb.append("    ").append(l).append('\n'));
            }
        }
        return sb.toString();
    }

    private static void failure(StringBuilder sb, String file, Failure f) {
        String where = f.line() > 0 ? file + ":" + f.line() : file + " (the interpreter's " + f.source() + ")";
        sb.append("  ").append(where).append(": ").append(f.message()).append('\n');
        sb.append("  line:     ").append(f.source().strip()).append('\n');
        if (!f.expected().isEmpty()) {
            sb.append("  expected: ").append(f.expected()).append('\n');
        }
        if (f.received().isEmpty() && f.connection() > 0) {
            sb.append("  received: nothing\n");
        }
        for (ReceivedResponse x : f.received()) {
            sb.append("  received: ").append(x.parsed());
            if (f.connection() != x.connection()) {
                sb.append("  (connection ").append(x.connection()).append(')');
            }
            sb.append('\n');
            sb.append("      raw:  ").append(Printable.preview(x.raw().toByteArray(), 0, x.raw().length(), 400))
                    .append('\n');
            if (!x.note().isEmpty()) {
                sb.append("      why:  ").append(x.note()).append('\n');
            }
        }
    }
}
