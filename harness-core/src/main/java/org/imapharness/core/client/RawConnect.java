package org.imapharness.core.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Connecting for the raw wire connections (scenario interpreter, fuzzer), which build their own
 * pipelines: the connect attempt is bounded by the config's connect timeout, with a second of
 * grace over Netty's own CONNECT_TIMEOUT_MILLIS, and failures read as one line naming the endpoint.
 */
public final class RawConnect {
    private RawConnect() {
    }

    /** Connects {@code bootstrap} to the config's endpoint; the greeting is left unread. */
    public static Channel connect(Bootstrap bootstrap, ImapClientConfig config) throws IOException {
        ChannelFuture f = bootstrap.connect(config.host(), config.port());
        if (!f.awaitUninterruptibly(config.connectTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
            f.cancel(false);
            throw new IOException("cannot connect to " + config.endpoint() + ": no answer within "
                    + config.connectTimeout().toSeconds() + " s");
        }
        if (!f.isSuccess()) {
            throw new IOException("cannot connect to " + config.endpoint() + ": " + RootCause.message(f.cause()));
        }
        return f.channel();
    }
}
