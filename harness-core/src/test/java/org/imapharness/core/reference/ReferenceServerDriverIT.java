package org.imapharness.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.transcript.Direction;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The harness-core driver against the embedded reference server, part 1: the commands of the
 * not-authenticated and any states (RFC 3501 §6.1, §6.2) with STARTTLS, LOGIN and AUTHENTICATE
 * PLAIN (RFC 4959 SASL-IR and the continuation form), ID (RFC 2971), ENABLE (RFC 5161) and
 * NAMESPACE (RFC 2342). Mailbox management, the selected state, FETCH and IDLE have their own
 * classes beside this one. Every response on every connection must parse without a problem or quirk.
 */
class ReferenceServerDriverIT {
    private static final String USER = "session";
    private static final Set<String> EXTENSIONS = Set.of("IMAP4REV1", "LITERAL+", "IDLE", "UIDPLUS", "MOVE",
            "ENABLE", "NAMESPACE", "UNSELECT", "ID", "SPECIAL-USE", "CONDSTORE", "QRESYNC", "ESEARCH", "CHILDREN");

    private final StrictConnections connections = new StrictConnections();

    @AfterEach
    void everyResponseParsedStrictly() {
        connections.assertCleanAndClose();
    }

    @Test
    void implicitTlsCapabilityNoopIdAndLogout() {
        BlockingImapClient client = connections.connect(EmbeddedReference.implicitTls());
        assertTrue(client.connection().isTls());
        assertEquals(StatusCondition.OK, client.greeting().status());
        String tls = client.connection().tlsSession().getProtocol();
        assertTrue(tls.equals("TLSv1.3") || tls.equals("TLSv1.2"), tls);

        List<String> caps = client.capability().single(UntaggedResponse.Capability.class).capabilities();
        assertTrue(upper(caps).containsAll(EXTENSIONS), caps::toString);
        assertTrue(upper(caps).containsAll(Set.of("AUTH=PLAIN", "SASL-IR")), "TLS is up: login offered " + caps);
        assertFalse(upper(caps).contains("STARTTLS"), "no STARTTLS on the implicit TLS port: " + caps);
        assertFalse(upper(caps).contains("LOGINDISABLED"), caps::toString);
        client.noop();

        CommandResult id = client.send(new Command.Id(Map.of("name", "imap-harness", "version", "test")));
        assertTrue(id.isOk());
        Map<String, String> server = id.single(UntaggedResponse.Id.class).parameters();
        assertNotNull(server, "the server identifies itself (RFC 2971 §3.2)");
        assertTrue(server.containsKey("name"), server::toString);
        assertTrue(client.send(new Command.Id(null)).isOk(), "ID NIL");

        CommandResult logout = client.logout();
        UntaggedResponse.Status bye = logout.single(UntaggedResponse.Status.class);
        assertEquals(StatusCondition.BYE, bye.status(), "LOGOUT sends BYE before its OK (RFC 3501 §6.1.3)");
    }

    @Test
    void startTlsGatesLoginAndRenewsCapabilities() {
        BlockingImapClient client = connections.connect(EmbeddedReference.startTls());
        Set<String> before = upper(client.capability().single(UntaggedResponse.Capability.class).capabilities());
        assertTrue(before.containsAll(Set.of("STARTTLS", "LOGINDISABLED")), before::toString);
        assertFalse(before.contains("AUTH=PLAIN"), "no plaintext mechanism before TLS: " + before);
        assertEquals(StatusCondition.NO, client.send(new Command.Login(USER, EmbeddedReference.PASSWORD)).status(),
                "LOGIN before STARTTLS is refused (RFC 3501 §6.2.3, LOGINDISABLED)");

        client.startTls().requireOk();
        assertTrue(client.connection().isTls());
        Set<String> after = upper(client.connection().capabilities());
        assertFalse(after.contains("STARTTLS") || after.contains("LOGINDISABLED"), after::toString);
        assertTrue(after.containsAll(Set.of("AUTH=PLAIN", "SASL-IR")), after::toString);

        CommandResult login = client.login(USER, EmbeddedReference.PASSWORD);
        ResponseCode.Capability renewed = login.code(ResponseCode.Capability.class);
        assertNotNull(renewed, "the login's OK carries the new capability list");
        assertTrue(upper(renewed.capabilities()).containsAll(EXTENSIONS), renewed::toString);
        client.logout();
    }

    @Test
    void startTlsIsRefusedOnceTlsIsActive() {
        BlockingImapClient client = connections.connect(EmbeddedReference.implicitTls());
        CommandResult again = client.send(new Command.StartTls());
        assertFalse(again.isOk(), "STARTTLS inside TLS: " + again.completion());
        client.noop(); // the connection is still usable
        client.logout();
    }

    @Test
    void authenticatePlainWithInitialResponse() throws Exception {
        BlockingImapClient client = connections.connect(EmbeddedReference.implicitTls());
        CommandResult auth = client.connection().authenticatePlain(null, USER, EmbeddedReference.PASSWORD, true)
                .get(StrictConnections.WAIT.toSeconds(), TimeUnit.SECONDS).requireOk();
        assertFalse(Wire.serverSentContinuation(auth), "SASL-IR needs no round trip (RFC 4959)");
        client.noop();
        client.logout();
    }

    @Test
    void authenticatePlainAnsweringTheContinuation() throws Exception {
        BlockingImapClient client = connections.connect(EmbeddedReference.implicitTls());
        CommandResult auth = client.connection().authenticatePlain(USER, USER, EmbeddedReference.PASSWORD, false)
                .get(StrictConnections.WAIT.toSeconds(), TimeUnit.SECONDS).requireOk();
        assertTrue(Wire.serverSentContinuation(auth), "the server asked with '+' (RFC 3501 §6.2.2)");
        assertTrue(Wire.sentBy(Direction.CLIENT, auth).lines().anyMatch(l -> l.equals("AUTHENTICATE PLAIN")
                || l.endsWith(" AUTHENTICATE PLAIN")), Wire.sentBy(Direction.CLIENT, auth));
        client.noop();
        client.logout();
    }

    @Test
    void wrongPasswordIsRefusedAndTheConnectionStaysUsable() {
        BlockingImapClient client = connections.connect(EmbeddedReference.implicitTls());
        CommandResult refused = client.send(new Command.Login("nobody", "not-the-password"));
        assertEquals(StatusCondition.NO, refused.status(), refused.completion()::toString);
        assertTrue(client.send(new Command.Noop()).isOk());
        client.logout();
    }

    @Test
    void enableReportsOnlyWhatItSwitchedOn() {
        BlockingImapClient client = connections.loggedIn(USER);
        CommandResult first = client.send(new Command.Enable(List.of("QRESYNC", "X-UNKNOWN")));
        assertTrue(first.isOk());
        List<String> enabled = upper(first.single(UntaggedResponse.Enabled.class).capabilities()).stream().toList();
        assertTrue(enabled.contains("QRESYNC") && !enabled.contains("X-UNKNOWN"), enabled::toString);
        CommandResult again = client.send(new Command.Enable(List.of("QRESYNC")));
        assertTrue(again.single(UntaggedResponse.Enabled.class).capabilities().isEmpty(),
                "already enabled: not listed again (RFC 5161 §3.1)");
        client.logout();
    }

    @Test
    void namespaceIsOnePersonalRoot() {
        BlockingImapClient client = connections.loggedIn(USER);
        UntaggedResponse.Namespace ns = client.send(new Command.Namespace()).requireOk()
                .single(UntaggedResponse.Namespace.class);
        assertEquals(1, ns.personal().size(), ns::toString);
        assertEquals("", ns.personal().get(0).prefix());
        assertEquals('/', ns.personal().get(0).delimiter());
        assertTrue(ns.otherUsers() == null || ns.otherUsers().isEmpty(), ns::toString);
        assertTrue(ns.shared() == null || ns.shared().isEmpty(), ns::toString);
        client.logout();
    }

    @Test
    void commandsOutsideTheirStateAreRejected() {
        BlockingImapClient client = connections.connect(EmbeddedReference.implicitTls());
        CommandResult select = client.send(new Command.Select("INBOX", false, false, null));
        assertFalse(select.isOk(), "SELECT before authentication: " + select.completion());
        client.login(USER, EmbeddedReference.PASSWORD);
        CommandResult fetch = client.send(new Command.Fetch(false, SequenceSet.of(1),
                List.of(FetchAttribute.Simple.FLAGS), null, false));
        assertEquals(StatusCondition.BAD, fetch.status(), "FETCH with nothing selected: " + fetch.completion());
        assertEquals(StatusCondition.BAD, client.send(new Command.Login(USER, EmbeddedReference.PASSWORD)).status(),
                "LOGIN when already authenticated");
        client.logout();
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() throws Exception {
        BlockingImapClient client = connections.loggedIn(USER);
        List<CompletableFuture<CommandResult>> inFlight = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Command c = switch (i % 4) {
                case 0 -> new Command.Noop();
                case 1 -> new Command.Capability();
                case 2 -> new Command.Status("INBOX", List.of(StatusItem.MESSAGES));
                default -> new Command.List("", "INBOX", false);
            };
            inFlight.add(client.connection().send(c));
        }
        for (int i = 0; i < inFlight.size(); i++) {
            CommandResult r = inFlight.get(i).get(StrictConnections.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertTrue(r.isOk(), r.completion()::toString);
            if (i % 4 == 2) {
                assertEquals("INBOX", r.untagged(UntaggedResponse.StatusData.class).get(0).mailbox());
            }
        }
        client.logout();
    }

    private static Set<String> upper(List<String> values) {
        return upper(Set.copyOf(values));
    }

    private static Set<String> upper(Set<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
