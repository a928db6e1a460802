package org.imapharness.core.client;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * A small blocking facade over {@link ImapConnection}, for tests and scripts. Each call waits for
 * its command (bounded by the command timeout) and throws the driver's unchecked exceptions:
 * {@link ImapTimeoutException}, {@link ConnectionClosedException}, and for the named commands
 * below {@link ImapCommandException} when the server answers NO or BAD. {@link #send} returns
 * every result, whatever its status. One thread at a time.
 */
public final class BlockingImapClient implements AutoCloseable {
    /** Slack over the futures' own timeouts, which normally end every wait first. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final ImapConnection connection;

    private BlockingImapClient(ImapConnection connection) {
        this.connection = connection;
    }

    public static BlockingImapClient connect(ImapClientConfig config) {
        Duration limit = config.connectTimeout().plus(config.tlsHandshakeTimeout()).plus(config.commandTimeout());
        return new BlockingImapClient(await(ImapClient.connect(config), limit));
    }

    /** The asynchronous connection underneath, for pipelining, listeners and IDLE. */
    public ImapConnection connection() {
        return connection;
    }

    public UntaggedResponse.Status greeting() {
        return connection.greeting();
    }

    /** Any command; the result may be NO or BAD. */
    public CommandResult send(Command command) {
        return await(connection.send(command), connection.config().commandTimeout());
    }

    public CommandResult capability() {
        return ok(new Command.Capability());
    }

    public CommandResult noop() {
        return ok(new Command.Noop());
    }

    public CommandResult login(String user, String password) {
        return ok(new Command.Login(user, password));
    }

    public CommandResult authenticatePlain(String user, String password) {
        return await(connection.authenticatePlain(user, password), connection.config().commandTimeout()).requireOk();
    }

    /** STARTTLS, the handshake and a fresh CAPABILITY. */
    public CommandResult startTls() {
        Duration limit = connection.config().commandTimeout().multipliedBy(2)
                .plus(connection.config().tlsHandshakeTimeout());
        return await(connection.startTls(), limit);
    }

    public CommandResult select(String mailbox) {
        return ok(new Command.Select(mailbox, false, false, null));
    }

    public CommandResult examine(String mailbox) {
        return ok(new Command.Select(mailbox, true, false, null));
    }

    public CommandResult create(String mailbox) {
        return ok(new Command.Create(mailbox));
    }

    public CommandResult list(String reference, String pattern) {
        return ok(new Command.List(reference, pattern, false));
    }

    public CommandResult append(String mailbox, byte[] message) {
        return append(mailbox, null, null, message);
    }

    /** {@code flags} and {@code internalDate} may be null (omitted). */
    public CommandResult append(String mailbox, List<String> flags, OffsetDateTime internalDate, byte[] message) {
        return ok(new Command.Append(mailbox, flags, internalDate, Octets.of(message)));
    }

    public CommandResult fetch(SequenceSet set, FetchAttribute... items) {
        return ok(new Command.Fetch(false, set, List.of(items), null, false));
    }

    public CommandResult uidFetch(SequenceSet uids, FetchAttribute... items) {
        return ok(new Command.Fetch(true, uids, List.of(items), null, false));
    }

    public CommandResult store(SequenceSet set, StoreMode mode, String... flags) {
        return ok(new Command.Store(false, set, mode, false, List.of(flags), null));
    }

    public CommandResult search(SearchKey... keys) {
        return ok(new Command.Search(false, null, List.of(keys), null));
    }

    public CommandResult copy(SequenceSet set, String mailbox) {
        return ok(new Command.Copy(false, set, mailbox));
    }

    public CommandResult expunge() {
        return ok(new Command.Expunge(null));
    }

    /** LOGOUT (RFC 3501 §6.1.3), then closes the socket. */
    public CommandResult logout() {
        try {
            return ok(new Command.Logout());
        } finally {
            connection.close();
        }
    }

    @Override
    public void close() {
        connection.close();
    }

    private CommandResult ok(Command command) {
        return send(command).requireOk();
    }

    static <T> T await(CompletableFuture<T> future, Duration limit) {
        try {
            return future.get(limit.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ImapClientException(String.valueOf(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new ImapTimeoutException(ImapTimeoutException.Phase.COMMAND, null, null, limit.plus(GRACE),
                    "blocking call got no answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImapClientException("interrupted while waiting", e);
        }
    }
}
