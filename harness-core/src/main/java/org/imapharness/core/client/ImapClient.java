package org.imapharness.core.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.concurrent.CompletableFuture;

/**
 * Opens connections. {@link #connect} completes with the connection once the server's greeting
 * has arrived (after the TLS handshake for implicit TLS); every step has its own timeout.
 */
public final class ImapClient {

    private ImapClient() {
    }

    /**
     * Connects, and waits without blocking for TLS (implicit mode) and the greeting. Fails with
     * {@link ImapTimeoutException} (connect, handshake, greeting), {@link ImapTlsException},
     * {@link GreetingRejectedException} for a {@code * BYE} greeting, or {@link ImapClientException}
     * when the TCP connection cannot be made.
     */
    public static CompletableFuture<ImapConnection> connect(ImapClientConfig config) {
        EventLoopGroup group = config.eventLoopGroup() != null ? config.eventLoopGroup() : EventLoops.shared();
        ChannelFactory<? extends Channel> channels =
                config.channelFactory() != null ? config.channelFactory() : NioSocketChannel::new;
        CompletableFuture<ImapConnection> ready = new CompletableFuture<>();
        if (config.tlsMode() != TlsMode.NONE) {
            try {
                TlsContexts.context(config.trust(), config.tlsResumption()); // fail here, clearly, rather than inside the pipeline
            } catch (ImapTlsException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channelFactory(channels)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        config.connectTimeout().toMillis()))
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ImapConnection connection;
                        try {
                            connection = new ImapConnection(ch, config);
                        } catch (RuntimeException e) {
                            ready.completeExceptionally(e);
                            throw e;
                        }
                        connection.greetingFuture().whenComplete((greeting, failure) -> {
                            if (failure == null) {
                                ready.complete(connection);
                            } else {
                                ready.completeExceptionally(failure);
                            }
                        });
                    }
                });
        try {
            bootstrap.connect(config.host(), config.port()).addListener(f -> {
                if (!f.isSuccess()) {
                    ready.completeExceptionally(connectFailure(config, f.cause()));
                }
            });
        } catch (RuntimeException e) {
            ready.completeExceptionally(connectFailure(config, e));
        }
        return ready;
    }

    private static ImapClientException connectFailure(ImapClientConfig config, Throwable cause) {
        if (cause instanceof ConnectTimeoutException) {
            return new ImapTimeoutException(ImapTimeoutException.Phase.CONNECT, null, null, config.connectTimeout(),
                    "cannot connect to " + config.endpoint() + ": no answer");
        }
        return new ImapClientException("cannot connect to " + config.endpoint() + ": " + cause.getMessage(), cause);
    }
}
