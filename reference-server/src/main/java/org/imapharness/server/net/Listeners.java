package org.imapharness.server.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Opens listening sockets on the server's event loops. */
public final class Listeners {
    /** Enough for a login storm's burst of connects while the acceptor catches up. */
    private static final int BACKLOG = 1024;

    private Listeners() {
    }

    /**
     * Binds {@code address:port} (0 = an ephemeral port) and returns the listening channel.
     *
     * @throws IllegalStateException naming the address when the port cannot be bound
     */
    public static Channel bind(EventLoops loops, InetAddress address, int port, ImapChannelInitializer initializer) {
        ChannelFuture bound = new ServerBootstrap()
                .group(loops.acceptor(), loops.workers())
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, BACKLOG)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(initializer)
                .bind(new InetSocketAddress(address, port))
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            throw new IllegalStateException("cannot listen on " + address.getHostAddress() + ":" + port + ": "
                    + (cause == null ? "unknown error" : cause.getMessage()), cause);
        }
        return bound.channel();
    }

    /** The port a bound listener got (useful after binding port 0). */
    public static int port(Channel listener) {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }
}
