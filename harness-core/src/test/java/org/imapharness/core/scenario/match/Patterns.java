package org.imapharness.core.scenario.match;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imapharness.core.scenario.ResponsePattern;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.Step;
import org.imapharness.core.scenario.text.ScenarioParser;
import org.imapharness.protocol.codec.ResponseParser;
import org.imapharness.protocol.response.Response;

/** Test helpers: a pattern as an S: line writes it, a response as a server sends it. */
final class Patterns {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([a-z][a-z0-9]*)");

    private Patterns() {
    }

    /**
     * The pattern of {@code S: line}. {@code $n} is bound by an earlier line; other variables
     * are captures, used by a later line so that the parser accepts them.
     */
    static ResponsePattern of(String line) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(line);
        while (m.find()) {
            names.add(m.group(1));
        }
        names.add("n");
        String uses = String.join(" ", names.stream().map(n -> "$" + n).toList());
        boolean completion = line.matches("(OK|NO|BAD).*");
        String text = "name: t\nstate: authenticated\nC: NOOP\nS: * $n RECENT\n"
                + (completion ? "S: " + line + "\n" : "S: " + line + "\nS: OK\n")
                + "C: X " + uses + "\nS: OK\n";
        Scenario s = ScenarioParser.parse("t.imap", text);
        return ((Step.Expect) s.steps().get(2)).pattern();
    }

    static Response response(String wire) {
        return ResponseParser.strict().parse((wire + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    static Response response(byte[] wire) {
        return ResponseParser.strict().parse(wire);
    }
}
