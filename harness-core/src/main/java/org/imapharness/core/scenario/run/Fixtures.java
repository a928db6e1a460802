package org.imapharness.core.scenario.run;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.core.scenario.MessageFixture;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.StartState;
import org.imapharness.core.scenario.Template;
import org.imapharness.core.target.Credentials;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * What a scenario needs before its connections open, done on a connection of its own as user 1:
 * learn the capabilities (to skip what the target does not offer), the personal namespace and
 * hierarchy delimiter (RFC 2342), create fresh mailboxes under unique names and append the
 * messages. {@link #cleanUp} deletes the fresh mailboxes afterwards.
 */
final class Fixtures {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConnectionOpener opener;
    private final SetupCommands setup;

    /** What the setup learnt: capabilities, mailbox names for the variables, the delimiter. */
    static final class Prepared {
        final ConnectionOpener.Capabilities capabilities = new ConnectionOpener.Capabilities();
        final Map<String, String> mailboxes = new LinkedHashMap<>();
        /** The personal namespace's prefix, put before fresh mailbox names. */
        String prefix = "";
        String delimiter;
    }

    Fixtures(ConnectionOpener opener, SetupCommands setup) {
        this.opener = opener;
        this.setup = setup;
    }

    /** Whether the scenario needs a setup connection at all. */
    static boolean needed(Scenario s) {
        return !s.header().requires().isEmpty() || !s.header().mailboxes().isEmpty()
                || !s.header().appends().isEmpty() || s.builtins().contains("delimiter");
    }

    /** Logs in, learns the capabilities and, when mailboxes are to be made, the namespace. */
    void probe(Session s, Scenario scenario, Credentials user, Prepared into) throws RunError, ScenarioFailure {
        opener.reach(s, new StartState.Authenticated(), user, null, into.capabilities, true);
        if (!scenario.header().mailboxes().isEmpty() || scenario.builtins().contains("delimiter")) {
            namespace(s, into);
        }
    }

    void create(Session s, Scenario scenario, Prepared into) throws RunError, ScenarioFailure {
        for (String variable : scenario.header().mailboxes()) {
            String name = into.prefix + "ih-" + Long.toString(RANDOM.nextLong() >>> 1, 36);
            SetupCommands.Reply r = setup.run(s, new Command.Create(name), "CREATE " + name);
            if (!r.ok()) {
                throw new RunError("cannot create the fresh mailbox for $" + variable + " (" + name + "): "
                        + r.completion().status() + " " + r.completion().text());
            }
            into.mailboxes.put(variable, name);
        }
        for (MessageFixture m : scenario.header().appends()) {
            String mailbox = m.mailbox().render(v -> mailboxOrBuiltin(v, into));
            SetupCommands.Reply r = setup.run(s, new Command.Append(mailbox, m.flags().isEmpty() ? null : m.flags(),
                    m.date(), m.message()), "APPEND to " + mailbox + " (line " + m.line() + ")");
            if (!r.ok()) {
                throw new RunError("line " + m.line() + ": APPEND of " + m.source() + " to " + mailbox
                        + " was refused: " + r.completion().status() + " " + r.completion().text());
            }
        }
    }

    private static String mailboxOrBuiltin(String variable, Prepared p) {
        String name = p.mailboxes.get(variable);
        if (name == null) {
            throw new IllegalStateException("$" + variable + " is not a mailbox of this scenario");
        }
        return name;
    }

    /** The personal namespace's prefix and delimiter (RFC 2342 §5), else LIST "" "" (RFC 3501 §6.3.8). */
    private void namespace(Session s, Prepared into) throws RunError, ScenarioFailure {
        if (into.capabilities.afterLogin.contains("NAMESPACE")) {
            SetupCommands.Reply r = setup.run(s, new Command.Namespace(), "NAMESPACE");
            for (UntaggedResponse u : r.untagged()) {
                if (u instanceof UntaggedResponse.Namespace n && n.personal() != null && !n.personal().isEmpty()) {
                    var first = n.personal().get(0);
                    into.prefix = first.prefix();
                    into.delimiter = first.delimiter() == null ? null : String.valueOf(first.delimiter());
                }
            }
        }
        if (into.delimiter == null) {
            SetupCommands.Reply r = setup.run(s, new Command.List("", "", false), "LIST \"\" \"\"");
            for (UntaggedResponse u : r.untagged()) {
                if (u instanceof UntaggedResponse.ListItem l && l.delimiter() != null) {
                    into.delimiter = String.valueOf(l.delimiter());
                }
            }
        }
        if (into.delimiter == null) {
            into.delimiter = "/";
        }
    }

    /** Deletes the fresh mailboxes and everything under them; returns notes on what failed. */
    List<String> cleanUp(Session s, Credentials user, Prepared prepared) {
        List<String> notes = new ArrayList<>();
        try {
            opener.reach(s, new StartState.Authenticated(), user, null, new ConnectionOpener.Capabilities(), false);
            for (String name : prepared.mailboxes.values()) {
                List<String> doomed = new ArrayList<>();
                SetupCommands.Reply r = setup.run(s, new Command.List("", name + "*", false), "LIST " + name + "*");
                for (UntaggedResponse u : r.untagged()) {
                    if (u instanceof UntaggedResponse.ListItem l) {
                        doomed.add(l.mailbox());
                    }
                }
                doomed.sort(Comparator.comparingInt(String::length).reversed());
                for (String d : doomed) {
                    SetupCommands.Reply del = setup.run(s, new Command.Delete(d), "DELETE " + d);
                    if (!del.ok()) {
                        notes.add("cleanup: DELETE " + d + " was refused: " + del.completion().text());
                    }
                }
            }
        } catch (RunError | ScenarioFailure e) {
            notes.add("cleanup did not finish: " + e.getMessage());
        }
        return notes;
    }

    /** Resolves a start state's mailbox, e.g. {@code $box} to its fresh name. */
    static String mailbox(Template t, Prepared p) {
        return t.render(v -> mailboxOrBuiltin(v, p));
    }
}
