package org.imapharness.core.scenario.run;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.Step;
import org.imapharness.core.scenario.match.Bindings;
import org.imapharness.core.scenario.match.Value;

/**
 * Runs a scenario's body in file order: sends {@code C:} lines, matches each block of
 * expectation lines, evaluates {@code check:} lines and waits out {@code nothing for} lines.
 * Every wait is bounded by the response timeout (or the silence's own duration).
 */
final class StepRunner {
    private final Scenario scenario;
    private final Map<Integer, Session> sessions;
    private final Sender sender;
    private final BlockRunner blocks;
    private Bindings bindings;

    StepRunner(Scenario scenario, Map<Integer, Session> sessions, Bindings bindings, Duration timeout) {
        this.scenario = scenario;
        this.sessions = sessions;
        this.bindings = bindings;
        this.sender = new Sender(timeout);
        this.blocks = new BlockRunner(timeout);
    }

    Bindings run() throws ScenarioFailure, RunError {
        List<Step> steps = scenario.steps();
        int i = 0;
        while (i < steps.size()) {
            Step step = steps.get(i);
            Session s = sessions.get(step.connection());
            if (s != null && scenario.builtins().contains("tag")) {
                bindings = bindings.with("tag", new Value.Word(s.latestTag()));
            }
            try {
                if (step instanceof Step.Send send) {
                    sender.send(s, send, bindings);
                    i++;
                } else if (step instanceof Step.Check check) {
                    check(check);
                    i++;
                } else if (step instanceof Step.Silence silence) {
                    silence(s, silence);
                    i++;
                } else {
                    ExpectationBlock block = ExpectationBlock.at(steps, i);
                    bindings = blocks.run(s, block, bindings);
                    i += block.size();
                }
            } catch (Bindings.UnboundVariableException e) {
                throw new RunError(scenario.at(step.line()) + ": " + e.getMessage());
            }
        }
        return bindings;
    }

    private void check(Step.Check c) throws ScenarioFailure {
        long left;
        long right;
        try {
            left = bindings.valueOf(c.left());
            right = bindings.valueOf(c.right());
        } catch (IllegalArgumentException e) {
            throw Failures.failure(c.line(), c.source(), 0, "check: " + e.getMessage(), "", List.of());
        }
        if (!c.relation().test(left, right)) {
            throw Failures.failure(c.line(), c.source(), 0, "check failed: " + c.left() + " is " + left + ", "
                    + c.right() + " is " + right + ", so not " + c.left() + " " + c.relation().symbol() + " "
                    + c.right(), c.left() + " " + c.relation().symbol() + " " + c.right(), List.of());
        }
    }

    /** {@code nothing for 500ms}: no response, nor a close, may arrive meanwhile. */
    private static void silence(Session s, Step.Silence step) throws ScenarioFailure {
        WireEvent e = s.next(System.nanoTime() + step.duration().toNanos());
        if (e == null) {
            return;
        }
        String expected = "nothing for " + step.duration().toMillis() + " ms";
        if (e instanceof WireEvent.Received r) {
            throw Failures.failure(step.line(), step.source(), s.number, "a response arrived within "
                    + step.duration().toMillis() + " ms", expected, List.of(Failures.received(s.number, r, "")));
        }
        if (e instanceof WireEvent.Closed c) {
            throw Failures.failure(step.line(), step.source(), s.number, "the connection closed: " + c.reason(),
                    expected, List.of());
        }
        throw Failures.protocolProblem(step.line(), step.source(), s.number, e, expected);
    }
}
