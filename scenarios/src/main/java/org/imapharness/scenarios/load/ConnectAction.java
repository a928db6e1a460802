package org.imapharness.scenarios.load;

import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import org.imapharness.core.client.ImapClient;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.ImapConnection;
import org.imapharness.core.client.TlsMode;

/**
 * Opens the virtual user's connection on the user's own Gatling event loop. Logs up to three
 * requests that do not overlap: {@code name} (TCP connect), {@code name (TLS handshake)} for
 * implicit TLS, and {@code name (greeting)} (until the server's {@code * OK}), each once; the
 * first phase that fails is the KO and later phases are not logged.
 */
final class ConnectAction extends ImapAction {

    ConnectAction(String name, ImapComponents components, Action next) {
        super(name, components, next);
    }

    @Override
    protected void run(Session session) {
        ImapProtocol protocol = components.protocol();
        ImapConnection existing = ImapComponents.connection(session);
        if (existing != null && existing.isOpen() && protocol.reuseConnections()) {
            next.$bang(session);
            return;
        }
        Session fresh = session;
        if (existing != null) {
            existing.closeAsync();
            fresh = session.remove(ImapComponents.CONNECTION);
        }
        Session s = fresh;
        ConnectProbe probe = new ConnectProbe(components.channelFactory(), clock);
        ImapClientConfig config = protocol.clientConfig().withEventLoopGroup(s.eventLoop(), probe);
        boolean implicitTls = protocol.tlsMode() == TlsMode.IMPLICIT;
        long start = clock.nowMillis();
        ImapClient.connect(config).whenComplete((connection, failure) -> {
            long end = clock.nowMillis();
            if (probe.tcpEstablished == 0) {
                logKo(s, name, start, end, null, describe(failure));
                next.$bang(s.markAsFailed());
                return;
            }
            logOk(s, name, start, probe.tcpEstablished);
            long greetingStart = probe.tcpEstablished;
            if (implicitTls) {
                String tlsRequest = name + " (TLS handshake)";
                if (probe.tlsFinished == 0 || probe.tlsFailure != null) {
                    String why = probe.tlsFailure != null ? describe(probe.tlsFailure) : describe(failure);
                    logKo(s, tlsRequest, probe.tcpEstablished, probe.tlsFinished == 0 ? end : probe.tlsFinished,
                            null, why);
                    next.$bang(s.markAsFailed());
                    if (connection != null) {
                        connection.closeAsync();
                    }
                    return;
                }
                logOk(s, tlsRequest, probe.tcpEstablished, probe.tlsFinished);
                greetingStart = probe.tlsFinished;
            }
            String greetingRequest = name + " (greeting)";
            if (failure != null) {
                logKo(s, greetingRequest, greetingStart, end, null, describe(failure));
                next.$bang(s.markAsFailed());
                return;
            }
            logOk(s, greetingRequest, greetingStart, end);
            next.$bang(s.set(ImapComponents.CONNECTION, connection));
        });
    }
}
