package org.imapharness.core.scenario.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imapharness.core.scenario.ConnectionSpec;
import org.imapharness.core.scenario.MessageFixture;
import org.imapharness.core.scenario.RfcReference;
import org.imapharness.core.scenario.ScenarioHeader;
import org.imapharness.core.scenario.StartState;
import org.imapharness.core.scenario.Tagging;

/**
 * The header lines of a scenario, in any order: each is checked as it is read, and what depends
 * on other lines (mailbox variables, connection numbers) once the header ends.
 */
final class HeaderParser {
    static final Set<String> KEYS = Set.of("name", "description", "rfc", "requires", "connections", "state", "user",
            "mailbox", "append", "tags", "tagging", "timeout");
    private static final Set<String> REPEATABLE = Set.of("rfc", "requires", "mailbox", "append", "tags");
    private static final int MAX_CONNECTIONS = 16;

    /** A per-connection setting and where it was written, checked once the connection count is known. */
    private record Prefixed<T>(Cursor at, T value) {
    }

    private final Scope scope;
    private final FixtureParser fixtures;
    private final Set<String> seen = new HashSet<>();
    private String name;
    private String description = "";
    private final List<RfcReference> references = new ArrayList<>();
    private final Set<String> requires = new LinkedHashSet<>();
    private int connections = 1;
    private StartState defaultState = new StartState.NotAuthenticated();
    private int defaultUser = 1;
    private final Map<Integer, Prefixed<StartState>> states = new LinkedHashMap<>();
    private final Map<Integer, Prefixed<Integer>> users = new LinkedHashMap<>();
    private final List<String> mailboxes = new ArrayList<>();
    private final List<MessageFixture> appends = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private Tagging tagging = Tagging.AUTO;
    private Duration timeout;

    HeaderParser(Scope scope, ResourceResolver resolver) {
        this.scope = scope;
        this.fixtures = new FixtureParser(scope, resolver);
    }

    void line(Cursor c, LineHead head, Literals.BlockSource blocks) {
        String key = head.key();
        if (!REPEATABLE.contains(key) && !seen.add(key + "#" + head.connection())) {
            throw c.errorAt(head.keyPos(), "each header once; \"" + key + ":\" was already given", "\"" + key + ":\"");
        }
        if (head.connection() != 0 && !key.equals("state") && !key.equals("user")) {
            throw c.errorAt(0, "a connection number only before C:, S:, S?:, state: or user:");
        }
        switch (key) {
            case "name" -> name = text(c, true);
            case "description" -> description = text(c, false);
            case "rfc" -> references.add(rfc(c));
            case "requires" -> words(c, "a capability name").forEach(w -> requires.add(w.toUpperCase(Locale.ROOT)));
            case "connections" -> connections = number(c, MAX_CONNECTIONS,
                    "a number of connections, 1 to " + MAX_CONNECTIONS);
            case "state" -> {
                StartState s = fixtures.state(c);
                if (head.connection() == 0) {
                    defaultState = s;
                } else {
                    states.put(head.connection(), new Prefixed<>(c, s));
                }
            }
            case "user" -> {
                int u = number(c, 99, "a user number, 1 to 99 (the n of the target's user template)");
                if (head.connection() == 0) {
                    defaultUser = u;
                } else {
                    users.put(head.connection(), new Prefixed<>(c, u));
                }
            }
            case "mailbox" -> mailboxes.addAll(fixtures.mailboxVariables(c));
            case "append" -> appends.add(fixtures.append(c, blocks));
            case "tags" -> tags.addAll(words(c, "a tag"));
            case "tagging" -> tagging = tagging(c);
            case "timeout" -> timeout = ExpectationParser.duration(c);
            default -> throw new IllegalStateException("unhandled header " + key);
        }
    }

    int connections() {
        return connections;
    }

    Tagging tagging() {
        return tagging;
    }

    /** The header, once the body starts; {@code first} is the first body line (or the last line). */
    ScenarioHeader finish(Cursor first) {
        if (name == null) {
            throw new Cursor(first.file, 1, "", 0).errorAt(0, "a \"name:\" header line", "a header without one");
        }
        fixtures.checkUses();
        checkPrefixes(states);
        checkPrefixes(users);
        List<ConnectionSpec> specs = new ArrayList<>();
        for (int n = 1; n <= connections; n++) {
            StartState s = states.containsKey(n) ? states.get(n).value() : defaultState;
            int u = users.containsKey(n) ? users.get(n).value() : defaultUser;
            specs.add(new ConnectionSpec(n, s, u));
        }
        return new ScenarioHeader(name, description, references, new ArrayList<>(requires), specs, mailboxes,
                appends, tags, tagging, timeout);
    }

    private void checkPrefixes(Map<Integer, ? extends Prefixed<?>> prefixed) {
        for (Map.Entry<Integer, ? extends Prefixed<?>> e : prefixed.entrySet()) {
            if (e.getKey() > connections) {
                throw e.getValue().at().errorAt(0, "a connection number up to " + connections
                        + " (see \"connections:\")", "connection " + e.getKey());
            }
        }
    }

    private static String text(Cursor c, boolean required) {
        String t = c.text.substring(c.pos).strip();
        if (required && t.isEmpty()) {
            throw c.error("a text after the colon");
        }
        return t;
    }

    /** {@code 3501 6.4.5 MUST}, also {@code MUST NOT}, {@code SHOULD}, {@code SHOULD NOT}, {@code MAY}. */
    private static RfcReference rfc(Cursor c) {
        c.skipSpaces();
        int start = c.pos;
        while (Character.isDigit(c.peek())) {
            c.pos++;
        }
        if (c.pos == start || c.pos - start > 5 || !c.accept(' ')) {
            throw c.errorAt(start, "an RFC number, a section and a level, e.g. \"rfc: 3501 6.4.5 MUST\"");
        }
        int rfc = Integer.parseInt(c.text.substring(start, c.pos - 1));
        int section = c.pos;
        while (Character.isLetterOrDigit(c.peek()) || c.peek() == '.' && Character.isLetterOrDigit(c.peek(1))) {
            c.pos++;
        }
        if (c.pos == section || !c.accept(' ')) {
            throw c.errorAt(section, "a section such as 6.4.5 and a space");
        }
        String sectionText = c.text.substring(section, c.pos - 1);
        String level = c.text.substring(c.pos).strip();
        RfcReference.Level l = switch (level) {
            case "MUST", "MUST NOT" -> RfcReference.Level.MUST;
            case "SHOULD", "SHOULD NOT" -> RfcReference.Level.SHOULD;
            case "MAY" -> RfcReference.Level.MAY;
            default -> throw c.error("MUST, MUST NOT, SHOULD, SHOULD NOT or MAY");
        };
        return new RfcReference(rfc, sectionText, l);
    }

    private static List<String> words(Cursor c, String what) {
        List<String> words = new ArrayList<>();
        for (String w : c.text.substring(c.pos).split("[\\s,]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            throw c.error(what);
        }
        return words;
    }

    private static int number(Cursor c, int max, String expected) {
        String t = c.text.substring(c.pos).strip();
        c.skipSpaces();
        if (!t.matches("[0-9]{1,3}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > max) {
            throw c.error(expected);
        }
        return Integer.parseInt(t);
    }

    private static Tagging tagging(Cursor c) {
        c.skipSpaces();
        return switch (c.text.substring(c.pos).strip()) {
            case "auto" -> Tagging.AUTO;
            case "explicit" -> Tagging.EXPLICIT;
            default -> throw c.error("auto or explicit");
        };
    }
}
