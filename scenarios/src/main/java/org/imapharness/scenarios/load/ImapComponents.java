package org.imapharness.scenarios.load;

import io.gatling.core.CoreComponents;
import io.gatling.core.protocol.ProtocolComponents;
import io.gatling.core.session.Session;
import io.gatling.netty.util.Transports;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import org.imapharness.core.client.ImapConnection;
import scala.Function1;
import scala.Option;
import scala.runtime.BoxedUnit;

/**
 * The protocol bound to one simulation run: Gatling's core services plus the socket type that
 * matches Gatling's event loops (epoll when native transport is on). The virtual user's
 * connection lives in its session under {@link #CONNECTION} and is closed when the user ends.
 */
public final class ImapComponents implements ProtocolComponents {
    /** Session attribute holding the virtual user's {@link ImapConnection}. */
    public static final String CONNECTION = "imap.connection";

    private final ImapProtocol protocol;
    private final CoreComponents core;
    private final ChannelFactory<? extends Channel> channelFactory;

    ImapComponents(ImapProtocol protocol, CoreComponents core) {
        this.protocol = protocol;
        this.core = core;
        var netty = core.configuration().netty();
        this.channelFactory = Transports.newSocketChannelFactory(netty.useNativeTransport(), netty.useIoUring());
    }

    public ImapProtocol protocol() {
        return protocol;
    }

    public CoreComponents core() {
        return core;
    }

    ChannelFactory<? extends Channel> channelFactory() {
        return channelFactory;
    }

    /** The user's open connection, or null. */
    static ImapConnection connection(Session session) {
        Option<Object> value = session.attributes().get(CONNECTION);
        return value.isDefined() ? (ImapConnection) value.get() : null;
    }

    @Override
    public Function1<Session, Session> onStart() {
        return s -> s;
    }

    @Override
    public Function1<Session, BoxedUnit> onExit() {
        return s -> {
            ImapConnection c = connection(s);
            if (c != null) {
                c.closeAsync();
            }
            return BoxedUnit.UNIT;
        };
    }
}
