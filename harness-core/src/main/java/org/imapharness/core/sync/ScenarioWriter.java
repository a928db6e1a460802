package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a failing run's trace as a scenario (docs/scenario-language.md) that replays it against
 * the target: every device connection becomes a numbered connection, logged in as the run's user;
 * the commands follow in the order they ran, each expecting the completion seen, and the command
 * where the check failed expects what the rule requires. Entries after the failure are left out;
 * an IDLE still open at the end gets its DONE, so the file is complete.
 */
public final class ScenarioWriter {
    /** The scenario language allows at most this many connections. */
    public static final int MAX_CONNECTIONS = 16;

    private ScenarioWriter() {
    }

    /**
     * @param title       what the scenario shows (the {@code name:} line)
     * @param violation   the failure the replay reproduces
     * @param seed        the run's seed, or null when it was replayed from bytes
     * @param requires    capabilities the run used (IDLE, CONDSTORE, ...)
     */
    public static String write(String title, Trace trace, Violation violation, Long seed, Set<String> requires) {
        List<Trace.Entry> entries = trace.entries();
        int last = trace.failing() >= 0 ? trace.failing() : entries.size() - 1;
        Map<String, Integer> connections = new LinkedHashMap<>();
        for (int i = 0; i <= last; i++) {
            connections.computeIfAbsent(entries.get(i).connection, k -> connections.size() + 1);
        }
        StringBuilder out = new StringBuilder();
        out.append("name: ").append(title).append('\n');
        out.append("description: written by the sync checker").append(seed == null ? "" : " (seed " + seed + ")")
                .append("; ").append(violation.describe().replace('\n', ' ')).append('\n');
        for (String rfc : rfcLines(violation.rule())) {
            out.append("rfc: ").append(rfc).append('\n');
        }
        if (!requires.isEmpty()) {
            out.append("requires: ").append(String.join(" ", requires)).append('\n');
        }
        out.append("connections: ").append(Math.max(1, connections.size())).append('\n');
        out.append("state: authenticated\n");
        out.append("mailbox: $box $f1 $f2\n");
        out.append("timeout: 5s\n");
        if (connections.size() > MAX_CONNECTIONS) {
            out.append("# this failure needs ").append(connections.size()).append(" connections; the scenario language allows ")
                    .append(MAX_CONNECTIONS).append('\n');
        }
        out.append("# connections: ").append(legend(connections)).append("\n\n");
        Set<String> idling = new LinkedHashSet<>();
        for (int i = 0; i <= last; i++) {
            Trace.Entry e = entries.get(i);
            String prefix = prefix(connections.get(e.connection));
            if (e.comment != null) {
                out.append("# ").append(e.comment.replace("\n", "\n# ")).append('\n');
            }
            for (String line : e.prelude) {
                out.append(prefix).append(line).append('\n');
            }
            if (e.client != null) {
                out.append(prefix).append("C: ").append(e.client).append('\n');
                if (e.client.equals("IDLE")) {
                    idling.add(e.connection);
                } else if (e.client.equals("DONE")) {
                    idling.remove(e.connection);
                }
            }
            for (String line : e.expect) {
                out.append(line.startsWith("check:") ? "" : prefix).append(line).append('\n');
            }
            if (e.completion != null) {
                out.append(prefix).append(e.completion).append('\n');
            }
        }
        for (String connection : idling) {
            String prefix = prefix(connections.get(connection));
            out.append(prefix).append("C: DONE\n").append(prefix).append("S: OK\n");
        }
        return withoutUnusedCaptures(out.toString());
    }

    /**
     * A capture made for a line the replay no longer reaches (the failure came first) would be an
     * error in the scenario language: such a capture becomes {@code *}.
     */
    static String withoutUnusedCaptures(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![$>=<!])\\$(cap\\d+|ms\\d+x\\d+)\\b").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            long uses = java.util.regex.Pattern.compile("\\$" + name + "\\b").matcher(text).results().count();
            m.appendReplacement(out, uses > 1 ? "\\$" + name : "*");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String prefix(int connection) {
        return connection == 1 ? "" : connection + " ";
    }

    private static String legend(Map<String, Integer> connections) {
        List<String> parts = new ArrayList<>();
        connections.forEach((name, n) -> parts.add(n + " = " + describe(name)));
        return String.join(", ", parts);
    }

    private static String describe(String connection) {
        if (connection.equals("auditor")) {
            return "the checker's own look at the server";
        }
        String[] parts = connection.substring(1).split("\\.");
        return "device " + parts[0] + (parts.length > 1 ? " (connection " + parts[1] + ")" : "");
    }

    /** {@code 3501 7.4.1 MUST} lines from the rule's references. */
    static List<String> rfcLines(Rule rule) {
        List<String> out = new ArrayList<>();
        String level = rule.level();
        for (String tag : rule.tags()) {
            if (tag.startsWith("rfc")) {
                int dash = tag.indexOf('-');
                out.add(tag.substring(3, dash) + " " + tag.substring(dash + 1) + " " + level);
            }
        }
        return out;
    }
}
