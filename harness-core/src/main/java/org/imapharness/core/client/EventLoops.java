package org.imapharness.core.client;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The event loops connections use when the config names none: one NIO group per JVM, created on
 * first use, with daemon threads so that forgetting to close a connection never keeps a test JVM
 * alive. Never shut down: it lives as long as the JVM.
 */
final class EventLoops {

    private EventLoops() {
    }

    static EventLoopGroup shared() {
        return Holder.GROUP;
    }

    /** Lazy holder: the group exists only once a connection is made. */
    private static final class Holder {
        static final EventLoopGroup GROUP = new MultiThreadIoEventLoopGroup(
                Runtime.getRuntime().availableProcessors(),
                new DefaultThreadFactory("imap-client", true),
                NioIoHandler.newFactory());
    }
}
