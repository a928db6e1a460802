package org.imapharness.server.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opens listening sockets. On Linux every worker event loop gets its own listener on the port
 * ({@code SO_REUSEPORT}; the kernel spreads new connections over them) and keeps the connections
 * it accepts. Elsewhere one acceptor thread hands each connection to a worker. The hand-off is a
 * thread wake-up on the path of every new connection: measured with sequential TLS handshakes
 * (issue 8) it cost about a fifth of the rate on an idle machine, far more on a busy one.
 */
public final class Listeners {
    /** Enough for a login storm's burst of connects while the acceptor catches up. */
    private static final int BACKLOG = 1024;

    /** Only Linux balances connections over {@code SO_REUSEPORT} listeners; BSDs give them all to one. */
    private static final boolean PER_LOOP = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .contains("linux") && reusePortSupported();

    private Listeners() {
    }

    /**
     * Binds {@code address:port} (0 = an ephemeral port) and returns the listening channel; closing
     * it closes the port (with per-loop listeners, all of them).
     *
     * @throws IllegalStateException naming the address when the port cannot be bound
     */
    public static Channel bind(EventLoops loops, InetAddress address, int port, ImapChannelInitializer initializer) {
        if (!PER_LOOP) {
            return bind(bootstrap(loops.acceptor(), loops.workers(), initializer), address, port);
        }
        // SO_REUSEPORT would also let a second server started on the same port share it silently:
        // an exclusive bind first makes that fail as "address in use" (and picks the ephemeral port).
        int chosen = exclusivePort(address, port);
        List<Channel> listeners = new ArrayList<>();
        try {
            for (var executor : loops.workers()) {
                EventLoopGroup loop = (EventLoopGroup) executor;
                listeners.add(bind(bootstrap(loop, loop, initializer)
                        .option(NioChannelOption.of(StandardSocketOptions.SO_REUSEPORT), true), address, chosen));
            }
        } catch (IllegalStateException e) {
            listeners.forEach(Channel::close);
            throw e;
        }
        Channel first = listeners.get(0);
        first.closeFuture().addListener(f -> listeners.forEach(Channel::close));
        return first;
    }

    /** The port a bound listener got (useful after binding port 0). */
    public static int port(Channel listener) {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    private static ServerBootstrap bootstrap(EventLoopGroup acceptor, EventLoopGroup workers,
            ImapChannelInitializer initializer) {
        return new ServerBootstrap()
                .group(acceptor, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, BACKLOG)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(initializer);
    }

    private static Channel bind(ServerBootstrap bootstrap, InetAddress address, int port) {
        ChannelFuture bound = bootstrap.bind(new InetSocketAddress(address, port)).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw cannotListen(address, port, bound.cause());
        }
        return bound.channel();
    }

    /** Binds and releases {@code port} without sharing, so a port in use fails here; returns the port bound. */
    private static int exclusivePort(InetAddress address, int port) {
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            probe.bind(new InetSocketAddress(address, port));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw cannotListen(address, port, e);
        }
    }

    private static IllegalStateException cannotListen(InetAddress address, int port, Throwable cause) {
        return new IllegalStateException("cannot listen on " + address.getHostAddress() + ":" + port + ": "
                + (cause == null ? "unknown error" : cause.getMessage()), cause);
    }

    private static boolean reusePortSupported() {
        try (ServerSocketChannel channel = ServerSocketChannel.open()) {
            return channel.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT);
        } catch (IOException e) {
            return false;
        }
    }
}
