package org.imapharness.scenarios.load;

import io.gatling.core.action.Action;
import io.gatling.core.structure.ScenarioContext;
import io.gatling.javaapi.core.ActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.imapharness.protocol.response.StatusCondition;

/**
 * One IMAP request in a scenario, ready for {@code exec(..)}. Immutable: {@link #check} and
 * {@link #marksDelivery} return new builders. Unless a check on {@code status()} is given, the
 * request is OK only when the server answers OK.
 */
public final class ImapActionBuilder implements ActionBuilder {

    /** What the request does, before it is bound to a simulation. */
    sealed interface Step {
        record Connect() implements Step {
        }

        /** {@code operation} is built from the protocol so that defaults (credentials) can apply. */
        record Send(Function<ImapProtocol, SessionValue<Operation>> operation, boolean endsConnection)
                implements Step {
        }

        record Idle(SessionValue<Duration> duration) implements Step {
        }
    }

    private final String name;
    private final Step step;
    private final List<ImapCheck> checks;
    private final PushClock clock;

    ImapActionBuilder(String name, Step step, List<ImapCheck> checks, PushClock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.step = step;
        this.checks = List.copyOf(checks);
        this.clock = clock;
    }

    /** Adds checks, run in order on the parsed result; the first that fails makes the request KO. */
    public ImapActionBuilder check(ImapCheck... more) {
        if (step instanceof Step.Connect) {
            throw new IllegalStateException(name + ": connect has no command result to check");
        }
        List<ImapCheck> all = new ArrayList<>(checks);
        all.addAll(List.of(more));
        return new ImapActionBuilder(name, step, all, clock);
    }

    /**
     * For an APPEND: stamps each sent message in {@code pushes}; for an IDLE: logs the push latency
     * of every stamped message announced while idling. See {@link PushClock}.
     */
    public ImapActionBuilder marksDelivery(PushClock pushes) {
        if (step instanceof Step.Connect) {
            throw new IllegalStateException(name + ": only APPEND and IDLE take part in push timing");
        }
        return new ImapActionBuilder(name, step, checks, Objects.requireNonNull(pushes, "pushes"));
    }

    private List<ImapCheck> effectiveChecks() {
        if (checks.stream().anyMatch(ImapCheck::isStatusCheck)) {
            return checks;
        }
        List<ImapCheck> all = new ArrayList<>();
        all.add(Imap.status().is(StatusCondition.OK));
        all.addAll(checks);
        return all;
    }

    @Override
    public io.gatling.core.action.builder.ActionBuilder asScala() {
        return new io.gatling.core.action.builder.ActionBuilder() {
            @Override
            public Action build(ScenarioContext ctx, Action next) {
                ImapComponents components = ctx.protocolComponentsRegistry().components(ImapProtocol.KEY);
                if (step instanceof Step.Connect) {
                    return new ConnectAction(name, components, next);
                }
                if (step instanceof Step.Idle idle) {
                    return new IdleAction(name, idle.duration(), effectiveChecks(), clock, components, next);
                }
                Step.Send send = (Step.Send) step;
                return new CommandAction(name, send.operation().apply(components.protocol()), effectiveChecks(),
                        send.endsConnection(), clock, components, next);
            }
        };
    }
}
