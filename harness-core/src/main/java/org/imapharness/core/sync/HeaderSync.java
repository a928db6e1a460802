package org.imapharness.core.sync;

import java.util.List;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.client.ImapClient;
import org.imapharness.core.client.ImapConnection;
import org.imapharness.core.target.Credentials;
import org.imapharness.core.target.Target;
import org.imapharness.core.transcript.Direction;
import org.imapharness.core.transcript.TranscriptEntry;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.Section;

/**
 * Measures what a header-first initial sync saves: the bytes the server sends for
 * {@code UID FETCH 1:* (UID FLAGS ENVELOPE BODYSTRUCTURE)} against
 * {@code UID FETCH 1:* (UID FLAGS BODY.PEEK[])}, over the same messages in a fresh folder.
 */
public final class HeaderSync {

    /** Server bytes of each sync, and header / full. */
    public record Result(int messages, long headerBytes, long fullBytes) {
        public double ratio() {
            return fullBytes == 0 ? 0 : (double) headerBytes / fullBytes;
        }
    }

    private HeaderSync() {
    }

    public static Result measure(Target target, List<byte[]> messages) {
        var config = target.clientConfig().withTranscriptLimitBytes(64 << 20).withTagPrefix("HS");
        ImapConnection c = Waits.await(ImapClient.connect(config), config.commandTimeout(), "cannot connect");
        try {
            if (target.requiresStartTls()) {
                Waits.await(c.startTls(), config.commandTimeout(), "STARTTLS");
            }
            Credentials user = target.user(1);
            run(c, c.hasCapability("LOGINDISABLED") ? c.authenticatePlain(user.user(), user.password())
                    : c.login(user.user(), user.password()), config.commandTimeout());
            String folder = Folders.fresh('/').main();
            run(c, c.send(new Command.Create(folder)), config.commandTimeout());
            try {
                for (byte[] m : messages) {
                    run(c, c.send(new Command.Append(folder, List.of(), null, Octets.of(m))), config.commandTimeout());
                }
                run(c, c.send(new Command.Select(folder, true, false, null)), config.commandTimeout());
                long header = serverBytes(run(c, c.send(new Command.Fetch(true, SequenceSet.all(), List.of(
                        FetchAttribute.Simple.UID, FetchAttribute.Simple.FLAGS, FetchAttribute.Simple.ENVELOPE,
                        FetchAttribute.Simple.BODYSTRUCTURE), null, false)), config.commandTimeout()));
                long full = serverBytes(run(c, c.send(new Command.Fetch(true, SequenceSet.all(), List.of(
                        FetchAttribute.Simple.UID, FetchAttribute.Simple.FLAGS,
                        new FetchAttribute.BodySection(Section.WHOLE, true, null)), null, false)),
                        config.commandTimeout()));
                return new Result(messages.size(), header, full);
            } finally {
                run(c, c.send(new Command.Close()), config.commandTimeout());
                run(c, c.send(new Command.Delete(folder)), config.commandTimeout());
            }
        } finally {
            c.close();
        }
    }

    private static CommandResult run(ImapConnection c, java.util.concurrent.CompletableFuture<CommandResult> f,
                                     java.time.Duration timeout) {
        CommandResult r = Waits.await(f, timeout, "header sync");
        if (!r.isOk()) {
            throw new SyncException("header sync: " + r.command().command().name() + " refused: " + r.completion());
        }
        return r;
    }

    private static long serverBytes(CommandResult r) {
        return r.transcript().stream().filter(e -> e.direction() == Direction.SERVER)
                .mapToLong(TranscriptEntry::originalLength).sum();
    }
}
