package org.imapharness.scenarios.load;

import io.gatling.commons.util.Clock;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;

/**
 * Times the phases of one connect so that TCP, the TLS handshake and the greeting get percentiles
 * of their own. It wraps Gatling's channel factory and puts itself first in the new channel's
 * pipeline, before the driver's handlers: it sees the channel become active (TCP established)
 * before the TLS handler starts its handshake, hooks the handshake's future, and then leaves the
 * pipeline so that it costs nothing per read. Confined to the channel's event loop.
 */
final class ConnectProbe extends ChannelInboundHandlerAdapter implements ChannelFactory<Channel> {
    private final ChannelFactory<? extends Channel> delegate;
    private final Clock clock;

    long tcpEstablished;
    long tlsFinished;
    Throwable tlsFailure;

    ConnectProbe(ChannelFactory<? extends Channel> delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public Channel newChannel() {
        Channel channel = delegate.newChannel();
        channel.pipeline().addLast("imap-load-connect-probe", this);
        return channel;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        tcpEstablished = clock.nowMillis();
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        if (tls != null) {
            tls.handshakeFuture().addListener(f -> {
                tlsFinished = clock.nowMillis();
                tlsFailure = f.cause();
            });
        }
        ctx.fireChannelActive();
        ctx.pipeline().remove(this);
    }
}
