package org.imapharness.server.fault;

/**
 * Renders {@code reference-server/FAULTS.md} from {@link Fault}, so the table cannot drift from
 * the enum: {@code FaultsDocumentTest} fails when the file differs and rewrites it when run with
 * {@code -Dfaults.regenerate=true}.
 */
public final class FaultsDocument {

    private FaultsDocument() {
    }

    /** The whole markdown file. */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Fault switches of the reference server\n\n")
                .append("Generated from `org.imapharness.server.fault.Fault` by `FaultsDocumentTest`; ")
                .append("do not edit by hand (run the test with `-Dfaults.regenerate=true`).\n\n")
                .append("Start the server with `--fault NAME` (repeatable, or comma-separated) or the ")
                .append("`fault` config key. Each fault breaks exactly one rule; the check that enforces it ")
                .append("must fail while the fault is on. The detection score is the share of faults caught.\n\n")
                .append("\"Caught by\" names the suites whose detection tests switch the fault on and see their ")
                .append("checks fail (conformance: FaultDetectionIT; security: security.FaultDetectionIT; sync: ")
                .append("SyncFaultsIT; fuzz: NetworkFuzzFaultsIT; concurrency: ConcurrencyIT); each of those tests ")
                .append("asserts it catches exactly the faults credited to it here (`FaultDetection`).\n\n")
                .append("Level MUST also covers behaviour an RFC defines normatively without the keyword ")
                .append("(for example what `BODY.PEEK` means). `no-throttle` breaks a security practice that ")
                .append("RFC 3501 §11 motivates but does not state as a keyworded rule.\n\n")
                .append("| name | rule broken | RFC section | level | caught by |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (Fault fault : Fault.values()) {
            out.append("| `").append(fault.cliName()).append("` | ")
                    .append(escape(fault.rule())).append(" | ")
                    .append(fault.rfc()).append(" | ")
                    .append(fault.level()).append(" | ")
                    .append(FaultDetection.suitesCatching(fault).stream().map(FaultDetection.Suite::label)
                            .collect(java.util.stream.Collectors.joining(", "))).append(" |\n");
        }
        return out.toString();
    }

    /** Keeps table cells intact: a pipe would split the cell, a backslash would escape the next char. */
    private static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|");
    }
}
