package org.imapharness.core.scenario.run;

import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.scenario.StartState;
import org.imapharness.core.target.Credentials;
import org.imapharness.core.target.Target;
import org.imapharness.protocol.codec.Quirk;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Brings a new connection to a start state (RFC 3501 §3): greeting, STARTTLS when the target
 * requires it (§6.2.1), login (LOGIN, or AUTHENTICATE PLAIN when the server advertises
 * LOGINDISABLED, §6.2.3), SELECT or EXAMINE. Records the capabilities seen on the way.
 */
final class ConnectionOpener {
    private final Target target;
    private final ImapClientConfig config;
    private final SetupCommands setup;
    private final Secrets secrets;
    private final Set<Quirk> tolerated;

    /** Capabilities as advertised at each point; {@code null} when not learnt. */
    static final class Capabilities {
        Set<String> beforeTls;
        Set<String> beforeLogin;
        Set<String> afterLogin;
    }

    ConnectionOpener(Target target, ImapClientConfig config, SetupCommands setup, Secrets secrets,
                     Set<Quirk> tolerated) {
        this.target = target;
        this.config = config;
        this.setup = setup;
        this.secrets = secrets;
        this.tolerated = tolerated;
    }

    Session connect(int number, String label) throws RunError {
        return new Session(number, label, WireConnection.open(config, secrets, tolerated), config.tagPrefix());
    }

    /**
     * Takes {@code s} from just connected to {@code state}; {@code mailbox} is the resolved name
     * for a selected state. Fills {@code caps} as far as it learns them when {@code probe}.
     */
    void reach(Session s, StartState state, Credentials user, String mailbox, Capabilities caps, boolean probe)
            throws RunError, ScenarioFailure {
        if (state instanceof StartState.Connected) {
            return;
        }
        UntaggedResponse.Status greeting = setup.greeting(s);
        Set<String> known = capabilities(greeting.code());
        if (target.requiresStartTls()) {
            if (probe && caps.beforeTls == null) {
                caps.beforeTls = known != null ? known : capabilityCommand(s);
            }
            SetupCommands.Reply r = setup.run(s, new Command.StartTls(), "STARTTLS");
            if (!r.ok()) {
                throw new RunError("the target requires STARTTLS, and the server refused it: "
                        + r.completion().status() + " " + r.completion().text());
            }
            known = null;
        }
        if (probe && caps.beforeLogin == null) {
            caps.beforeLogin = known != null ? known : capabilityCommand(s);
            known = caps.beforeLogin;
        }
        if (state instanceof StartState.NotAuthenticated) {
            return;
        }
        if (greeting.status() != StatusCondition.PREAUTH) {
            known = login(s, user, known);
        }
        if (probe && caps.afterLogin == null) {
            caps.afterLogin = known != null ? known : capabilityCommand(s);
        }
        if (state instanceof StartState.Selected sel) {
            String verb = sel.readOnly() ? "EXAMINE " : "SELECT ";
            SetupCommands.Reply r = setup.run(s, new Command.Select(mailbox, sel.readOnly(), false, null),
                    verb + mailbox);
            if (!r.ok()) {
                throw new RunError(verb + mailbox + " was refused: " + r.completion().status() + " "
                        + r.completion().text());
            }
        }
    }

    /** Logs in; returns the capabilities from the completion's code, or null. */
    private Set<String> login(Session s, Credentials user, Set<String> known) throws RunError, ScenarioFailure {
        if (known == null) {
            known = capabilityCommand(s);
        }
        SetupCommands.Reply r;
        if (known.contains("LOGINDISABLED")) {
            Octets plain = Octets.of(SaslPlainText.message(user));
            boolean ir = known.contains("SASL-IR");
            byte[] answer = (Base64.getEncoder().encodeToString(plain.toByteArray()) + "\r\n").getBytes();
            r = setup.run(s, new Command.Authenticate("PLAIN", ir ? plain : null),
                    "AUTHENTICATE PLAIN as " + user.user(), ir ? null : answer);
        } else {
            r = setup.run(s, new Command.Login(user.user(), user.password()), "LOGIN as " + user.user());
        }
        if (!r.ok()) {
            throw new RunError("login as " + user.user() + " was refused: " + r.completion().status() + " "
                    + r.completion().text());
        }
        return capabilities(r.completion().code());
    }

    private Set<String> capabilityCommand(Session s) throws RunError, ScenarioFailure {
        SetupCommands.Reply r = setup.run(s, new Command.Capability(), "CAPABILITY");
        Set<String> caps = new LinkedHashSet<>();
        for (UntaggedResponse u : r.untagged()) {
            if (u instanceof UntaggedResponse.Capability c) {
                c.capabilities().forEach(x -> caps.add(x.toUpperCase(Locale.ROOT)));
            }
        }
        return caps;
    }

    private static Set<String> capabilities(ResponseCode code) {
        if (code instanceof ResponseCode.Capability c) {
            Set<String> caps = new LinkedHashSet<>();
            c.capabilities().forEach(x -> caps.add(x.toUpperCase(Locale.ROOT)));
            return caps;
        }
        return null;
    }
}
