package org.imapharness.core.scenario.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The variables a scenario may use at each point of the file, which is read top to bottom:
 * built-ins, mailboxes from {@code mailbox:} lines, and values captured by earlier {@code S:}
 * lines. A capture that nothing uses is an error, because it is almost always a keyword such
 * as {@code $Forwarded} that should have been written {@code $$Forwarded}.
 */
final class Scope {
    private static final Pattern BUILTIN = Pattern.compile("(user|password|plain)[0-9]*|delimiter|tag");

    private final Map<String, Declared> declared = new LinkedHashMap<>();
    private final Set<String> builtinsUsed = new TreeSet<>();

    private static final class Declared {
        final int line;
        final int column;
        final boolean capture;
        boolean used;

        Declared(int line, int column, boolean capture) {
            this.line = line;
            this.column = column;
            this.capture = capture;
        }
    }

    /**
     * Built-ins: {@code $user}, {@code $password} and {@code $plain} (base64 SASL PLAIN
     * credentials) for user 1, the same with a number for user N, {@code $delimiter} (the
     * hierarchy delimiter) and {@code $tag} (the tag of the connection's latest command).
     */
    static boolean isBuiltin(String name) {
        return BUILTIN.matcher(name).matches() && !name.matches("(user|password|plain)0[0-9]*");
    }

    boolean isBound(String name) {
        return declared.containsKey(name) || isBuiltin(name);
    }

    /** Marks a use of {@code $name} at {@code column}; unbound names are an error there. */
    void use(String name, Cursor c, int column) {
        Declared d = declared.get(name);
        if (d != null) {
            d.used = true;
        } else if (isBuiltin(name)) {
            builtinsUsed.add(name);
        } else {
            throw c.errorAt(column - 1, "a variable captured by an earlier S: line or a built-in "
                    + "(write $$ for a dollar sign, e.g. $$Forwarded)", "$" + name + ", which is not bound here");
        }
    }

    void capture(String name, int line, int column) {
        declared.put(name, new Declared(line, column, true));
    }

    void declareMailbox(String name, Cursor c, int column) {
        if (isBound(name)) {
            throw c.errorAt(column - 1, "a new variable name", "$" + name + ", which is already bound");
        }
        declared.put(name, new Declared(c.line, column, false));
    }

    Set<String> builtinsUsed() {
        return builtinsUsed;
    }

    /** Fails on the first capture nothing used. */
    void checkCapturesUsed(String file, java.util.List<String> lines) {
        for (Map.Entry<String, Declared> e : declared.entrySet()) {
            Declared d = e.getValue();
            if (d.capture && !d.used) {
                Cursor at = new Cursor(file, d.line, lines.get(d.line - 1), d.column - 1);
                throw at.errorAt(d.column - 1, "a later use of $" + e.getKey()
                        + " (write * to accept any value, or $$" + e.getKey() + " for a keyword)",
                        "$" + e.getKey() + " captured but never used");
            }
        }
    }
}
