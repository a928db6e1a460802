package org.imapharness.core.scenario.run;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Event loops for scenario connections when the client config names none: daemon threads, made
 * on first use, never shut down, so a forgotten connection never keeps a JVM alive.
 */
final class WireLoops {
    private WireLoops() {
    }

    static EventLoopGroup shared() {
        return Holder.GROUP;
    }

    private static final class Holder {
        static final EventLoopGroup GROUP = new MultiThreadIoEventLoopGroup(
                Math.max(2, Runtime.getRuntime().availableProcessors()),
                new DefaultThreadFactory("imap-scenario", true), NioIoHandler.newFactory());
    }
}
