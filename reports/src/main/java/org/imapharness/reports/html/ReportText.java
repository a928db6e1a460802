package org.imapharness.reports.html;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a failure report (harness-core {@code ResultText}: {@code expected:}, {@code received:},
 * {@code raw:}, {@code why:} lines) as escaped HTML, marking in each received line and its raw
 * bytes the token where it departs from the expected pattern, and the transcript with the
 * responses the failure considered marked. Text of any other shape is shown as it is.
 */
final class ReportText {
    private static final String EXPECTED = "expected: ";
    private static final String RECEIVED = "received: ";
    private static final String RAW = "raw:  ";
    private static final String WHY = "why:  ";

    private ReportText() {
    }

    static String report(String report) {
        StringBuilder sb = new StringBuilder();
        String expected = null;
        boolean first = true;
        for (String line : report.split("\n", -1)) {
            String body = line.stripLeading();
            String indent = line.substring(0, line.length() - body.length());
            if (first) {
                sb.append("<span class=\"head\">").append(Html.escape(line)).append("</span>");
            } else if (body.startsWith(EXPECTED)) {
                expected = body.substring(EXPECTED.length());
                sb.append(indent).append("<span class=\"exp\">").append(Html.escape(body)).append("</span>");
            } else if (expected != null && (body.startsWith(RECEIVED) || body.startsWith(RAW))) {
                String label = body.startsWith(RECEIVED) ? RECEIVED : RAW;
                sb.append(indent).append(Html.escape(label)).append(marked(expected, body.substring(label.length())));
            } else if (body.startsWith(WHY)) {
                sb.append(indent).append("<span class=\"why\">").append(Html.escape(body)).append("</span>");
            } else {
                sb.append(Html.escape(line));
            }
            sb.append('\n');
            first = false;
        }
        return sb.toString().stripTrailing();
    }

    /** The text with the mismatching token wrapped in {@code <mark>}. */
    static String marked(String expected, String received) {
        String connectionNote = "";
        int note = received.lastIndexOf("  (connection ");
        String text = received;
        if (note > 0) {
            connectionNote = received.substring(note);
            text = received.substring(0, note);
        }
        Optional<MismatchLocator.Span> span = MismatchLocator.locate(expected, text);
        if (span.isEmpty()) {
            return Html.escape(received);
        }
        MismatchLocator.Span s = span.get();
        return Html.escape(text.substring(0, s.start())) + "<mark>" + Html.escape(text.substring(s.start(), s.end()))
                + "</mark>" + Html.escape(text.substring(s.end())) + Html.escape(connectionNote);
    }

    /** The transcript, escaped, with the server lines the report considered marked. */
    static String transcript(String transcript, String report) {
        Set<String> considered = new HashSet<>();
        for (String line : report.split("\n")) {
            String body = line.strip();
            if (body.startsWith(RECEIVED)) {
                considered.add(body.substring(RECEIVED.length()).replaceAll("  \\(connection \\d+\\)$", "").strip());
            } else if (body.startsWith(RAW)) {
                considered.add(body.substring(RAW.length()).replaceAll("\\\\r\\\\n$", "").strip());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String line : transcript.split("\n", -1)) {
            String body = line.strip();
            boolean server = body.startsWith("S: ");
            if (server && considered.contains(body.substring(3).strip())) {
                sb.append("<span class=\"considered\">").append(Html.escape(line)).append("</span>");
            } else {
                sb.append(Html.escape(line));
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
