package org.imapharness.core.client;

import io.netty.channel.EventLoop;
import java.util.concurrent.CompletableFuture;

/**
 * An IDLE in progress (RFC 2177): the server has answered {@code +} and may now push untagged
 * responses, which reach the connection's untagged listeners as they arrive. The IDLE has no
 * time limit; {@link #done()} ends it and its completion then gets the command timeout. No other
 * command is written until the IDLE completes (§3: the client must not send commands meanwhile).
 */
public final class IdleSession {
    private final PendingCommand command;
    private final CommandDispatcher dispatcher;
    private final EventLoop loop;

    IdleSession(PendingCommand command, CommandDispatcher dispatcher, EventLoop loop) {
        this.command = command;
        this.dispatcher = dispatcher;
        this.loop = loop;
    }

    public String tag() {
        return command.tag();
    }

    /** False once the IDLE completed, by DONE or because the server ended it. */
    public boolean isActive() {
        return !command.result.isDone();
    }

    /** Sends DONE (once; later calls just return the same future) and returns the IDLE's result. */
    public CompletableFuture<CommandResult> done() {
        loop.execute(() -> dispatcher.idleDone(command));
        return command.result;
    }

    /** The IDLE command's result, whenever it completes. */
    public CompletableFuture<CommandResult> result() {
        return command.result;
    }
}
