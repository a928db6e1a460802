package org.imapharness.core.scenario.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.scenario.ConnectionSpec;
import org.imapharness.core.scenario.ConnectionTranscript;
import org.imapharness.core.scenario.Outcome;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.ScenarioResult;
import org.imapharness.core.scenario.StartState;
import org.imapharness.core.scenario.match.Bindings;
import org.imapharness.core.target.Target;
import org.imapharness.protocol.codec.CommandWriter;
import org.imapharness.protocol.codec.Quirk;

/**
 * Runs scenarios against a target: prepares fixtures on a setup connection (and skips the
 * scenario if the target lacks a required capability), opens the scenario's connections in
 * their start states, runs the body, closes everything and deletes the fresh mailboxes. Never
 * throws for anything the server or the network does: every run ends in a {@link ScenarioResult}.
 * One runner may run scenarios from several threads at once.
 */
public final class ScenarioRunner {
    private final Target target;
    private final RunOptions options;

    public ScenarioRunner(Target target, RunOptions options) {
        this.target = target;
        this.options = options;
    }

    public ScenarioResult run(Scenario scenario) {
        long start = System.nanoTime();
        Duration timeout = scenario.header().timeout() != null ? scenario.header().timeout()
                : options.responseTimeout();
        ImapClientConfig config = target.clientConfig().withCommandTimeout(timeout);
        SetupCommands setup = new SetupCommands(new CommandWriter(config.writerOptions()), timeout);
        Secrets secrets = new Secrets();
        ConnectionOpener opener = new ConnectionOpener(target, config, setup, secrets, options.tolerated());
        Fixtures fixtures = new Fixtures(opener, setup);
        Fixtures.Prepared prepared = new Fixtures.Prepared();
        List<Session> all = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Outcome outcome;
        try {
            outcome = prepareAndRun(scenario, opener, fixtures, prepared, secrets, all, timeout);
        } catch (ScenarioFailure f) {
            outcome = new Outcome.Failed(f.failure());
        } catch (RunError e) {
            outcome = new Outcome.Errored(e.getMessage());
        } catch (RuntimeException e) {
            outcome = new Outcome.Errored("internal error in the interpreter: " + e + " at "
                    + java.util.Arrays.stream(e.getStackTrace()).limit(4).map(Object::toString)
                    .reduce((a, b) -> a + " < " + b).orElse("?"));
        } finally {
            all.forEach(Session::close);
        }
        if (!prepared.mailboxes.isEmpty()) {
            try {
                Session cleanup = opener.connect(all.size() + 1, "cleanup");
                all.add(cleanup);
                notes.addAll(fixtures.cleanUp(cleanup, target.user(1), prepared));
                cleanup.close();
            } catch (RunError e) {
                notes.add("cleanup: " + e.getMessage());
            }
        }
        if (target.insecure()) {
            notes.add("certificate checking was off: the server's identity was not verified");
        }
        List<ConnectionTranscript> transcripts = new ArrayList<>();
        Map<Quirk, Long> quirks = new EnumMap<>(Quirk.class);
        for (Session s : all) {
            s.wire.quirks().forEach((q, n) -> quirks.merge(q, n, Long::sum));
            transcripts.add(new ConnectionTranscript(s.label, s.wire.transcript().snapshot(),
                    s.wire.transcript().render()));
        }
        return new ScenarioResult(scenario.file(), scenario.name(), scenario.references(), target.description(),
                outcome, transcripts, Duration.ofNanos(System.nanoTime() - start), notes, quirks);
    }

    private Outcome prepareAndRun(Scenario scenario, ConnectionOpener opener, Fixtures fixtures,
                                  Fixtures.Prepared prepared, Secrets secrets, List<Session> all, Duration timeout)
            throws ScenarioFailure, RunError {
        int users = Builtins.usersNeeded(scenario);
        if (users > 1 && !target.users().distinct()) {
            return new Outcome.Skipped("needs " + users + " different users, and the target's user template "
                    + target.users().userPattern() + " names only one");
        }
        for (int n = 1; n <= users; n++) {
            secrets.add(target.user(n).password());
            secrets.add(SaslPlainText.base64(target.user(n)));
        }
        if (Fixtures.needed(scenario)) {
            Session s = opener.connect(0, "setup");
            all.add(s);
            fixtures.probe(s, scenario, target.user(1), prepared);
            Set<String> missing = missing(scenario, prepared.capabilities);
            if (!missing.isEmpty()) {
                return new Outcome.Skipped("the target does not advertise " + String.join(", ", missing)
                        + " (advertised: " + String.join(" ", advertised(scenario, prepared.capabilities)) + ")");
            }
            fixtures.create(s, scenario, prepared);
            s.close();
        }
        Bindings bindings = Builtins.bind(scenario, target, prepared);
        Map<Integer, Session> sessions = new LinkedHashMap<>();
        for (ConnectionSpec spec : scenario.header().connections()) {
            Session s = opener.connect(spec.number(), Integer.toString(spec.number()));
            all.add(s);
            sessions.put(spec.number(), s);
            String mailbox = spec.state() instanceof StartState.Selected sel ? Fixtures.mailbox(sel.mailbox(), prepared)
                    : null;
            opener.reach(s, spec.state(), target.user(spec.user()), mailbox, new ConnectionOpener.Capabilities(),
                    false);
        }
        new StepRunner(scenario, sessions, bindings, timeout).run();
        return new Outcome.Passed();
    }

    /** Required capabilities not advertised in the earliest state any connection starts in. */
    private static Set<String> missing(Scenario scenario, ConnectionOpener.Capabilities caps) {
        Set<String> missing = new TreeSet<>(scenario.header().requires());
        missing.removeAll(advertised(scenario, caps));
        return missing;
    }

    private static Set<String> advertised(Scenario scenario, ConnectionOpener.Capabilities caps) {
        int earliest = scenario.header().connections().stream().mapToInt(c -> rank(c.state())).min().orElse(2);
        Set<String> set = switch (earliest) {
            case 0 -> caps.beforeTls != null ? caps.beforeTls : caps.beforeLogin;
            case 1 -> caps.beforeLogin;
            default -> caps.afterLogin;
        };
        return set == null ? Set.of() : set;
    }

    private static int rank(StartState s) {
        if (s instanceof StartState.Connected) {
            return 0;
        }
        return s instanceof StartState.NotAuthenticated ? 1 : 2;
    }
}
