package org.imapharness.core.scenario.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.match.Bindings;
import org.imapharness.core.scenario.match.Value;
import org.imapharness.core.target.Credentials;
import org.imapharness.core.target.Target;

/**
 * The built-in variables: {@code $user}, {@code $password}, {@code $plain} (base64 SASL PLAIN,
 * RFC 4616) of user 1 and the same with a number for user N; {@code $delimiter}; the fresh
 * mailboxes; {@code $tag} is bound step by step by the {@link StepRunner}.
 */
final class Builtins {
    private static final Pattern NUMBERED = Pattern.compile("(user|password|plain)([0-9]*)");

    private Builtins() {
    }

    /** The highest user number the scenario logs in as or names. */
    static int usersNeeded(Scenario scenario) {
        int max = scenario.header().usersNeeded();
        for (String name : scenario.builtins()) {
            Matcher m = NUMBERED.matcher(name);
            if (m.matches() && !m.group(2).isEmpty()) {
                max = Math.max(max, Integer.parseInt(m.group(2)));
            }
        }
        return max;
    }

    static Bindings bind(Scenario scenario, Target target, Fixtures.Prepared prepared) {
        Bindings b = Bindings.empty();
        for (String name : scenario.builtins()) {
            Matcher m = NUMBERED.matcher(name);
            if (m.matches()) {
                Credentials c = target.user(m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2)));
                String value = switch (m.group(1)) {
                    case "user" -> c.user();
                    case "password" -> c.password();
                    default -> SaslPlainText.base64(c);
                };
                b = b.with(name, new Value.Text(value, false));
            } else if (name.equals("delimiter")) {
                b = b.with(name, new Value.Text(prepared.delimiter == null ? "/" : prepared.delimiter, false));
            }
        }
        for (var e : prepared.mailboxes.entrySet()) {
            b = b.with(e.getKey(), new Value.Text(e.getValue(), true));
        }
        return b;
    }
}
