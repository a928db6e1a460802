package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.client.ImapClient;
import org.imapharness.core.client.ImapConnection;
import org.imapharness.core.target.Credentials;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The checker's own connection: learns the server's capabilities and hierarchy delimiter, makes
 * and removes the run's folders, and reads the truth of a folder afresh with EXAMINE (read-only,
 * so looking changes nothing, RFC 3501 §6.3.2) and UID FETCH. Its commands are not part of the
 * trace unless a check on what it read fails.
 */
final class Auditor implements AutoCloseable {
    private static final List<FetchAttribute> TRUTH_ITEMS = List.of(FetchAttribute.Simple.UID,
            FetchAttribute.Simple.FLAGS, FetchAttribute.Simple.RFC822_SIZE, FetchAttribute.Simple.INTERNALDATE,
            FetchAttribute.Simple.ENVELOPE, FetchAttribute.Simple.BODYSTRUCTURE);

    private final ImapConnection connection;
    private final SyncRun run;
    private final Set<String> capabilities;

    Auditor(SyncRun run) {
        this.run = run;
        ImapConnection c = Waits.await(ImapClient.connect(run.clientConfig("au")), run.config().commandTimeout(),
                "cannot connect to " + run.target().description());
        if (run.target().requiresStartTls()) {
            Waits.await(c.startTls(), run.config().commandTimeout(), "STARTTLS");
        }
        Credentials user = run.target().user(1);
        CommandResult login = send(c, c.hasCapability("LOGINDISABLED") ? c.authenticatePlain(user.user(), user.password())
                : c.login(user.user(), user.password()), "login");
        if (!login.isOk()) {
            c.close();
            throw new SyncException("login as " + user.user() + " refused: " + login.completion());
        }
        this.connection = c;
        Set<String> caps = new LinkedHashSet<>();
        send(c, c.send(new Command.Capability()), "CAPABILITY").untagged(UntaggedResponse.Capability.class)
                .forEach(cap -> cap.capabilities().forEach(x -> caps.add(x.toUpperCase(Locale.ROOT))));
        this.capabilities = Set.copyOf(caps);
    }

    Set<String> capabilities() {
        return capabilities;
    }

    /** The personal namespace's hierarchy delimiter (LIST "" "", RFC 3501 §6.3.8). */
    char delimiter() {
        CommandResult r = send(connection, connection.send(new Command.List("", "", false)), "LIST");
        for (UntaggedResponse.ListItem item : r.untagged(UntaggedResponse.ListItem.class)) {
            if (item.delimiter() != null) {
                return item.delimiter();
            }
        }
        return '/';
    }

    CommandResult command(Command command) {
        return send(connection, connection.send(command), command.name());
    }

    /** The folder as the server holds it now, or null when it cannot be examined. */
    Truth read(String folder) {
        boolean condstore = capabilities.contains("CONDSTORE");
        CommandResult examined = command(new Command.Select(folder, true, condstore, null));
        if (!examined.isOk()) {
            return null;
        }
        SelectCodes codes = SelectCodes.of(examined);
        long exists = examined.untagged(UntaggedResponse.Exists.class).stream()
                .mapToLong(UntaggedResponse.Exists::count).reduce((a, b) -> b).orElse(0);
        List<Long> uids = new ArrayList<>();
        Map<Long, Set<String>> flags = new HashMap<>();
        Map<Long, Long> modSeqs = new HashMap<>();
        Map<Long, Truth.StaticData> statics = new HashMap<>();
        if (exists > 0) {
            List<FetchAttribute> items = new ArrayList<>(TRUTH_ITEMS);
            if (condstore) {
                items.add(FetchAttribute.Simple.MODSEQ);
            }
            CommandResult fetched = command(new Command.Fetch(true, SequenceSet.all(), items, null, false));
            List<UntaggedResponse.Fetch> rows = new ArrayList<>(fetched.untagged(UntaggedResponse.Fetch.class));
            rows.sort(java.util.Comparator.comparingLong(UntaggedResponse.Fetch::sequenceNumber));
            for (UntaggedResponse.Fetch f : rows) {
                MessageAttribute.Uid uid = f.get(MessageAttribute.Uid.class);
                if (uid == null || uids.contains(uid.uid())) {
                    continue;
                }
                uids.add(uid.uid());
                MessageAttribute.Flags fl = f.get(MessageAttribute.Flags.class);
                flags.put(uid.uid(), FlagNames.of(fl == null ? List.of() : fl.flags()));
                MessageAttribute.ModSeq ms = f.get(MessageAttribute.ModSeq.class);
                if (ms != null) {
                    modSeqs.put(uid.uid(), ms.modSeq());
                }
                statics.put(uid.uid(), staticData(f));
            }
        }
        leave();
        return new Truth(folder, codes.uidValidity(), codes.uidNext(), codes.highestModSeq(), uids, flags, modSeqs, statics);
    }

    /**
     * Leaves the folder just read rather than staying in it until the next EXAMINE: a device may
     * delete it meanwhile, and Cyrus 3.6 (delete_mode: immediate) then drops every session that
     * has it selected, without BYE, which would end the whole run. UNSELECT (RFC 3691) if
     * offered, else CLOSE, which expunges nothing in a folder opened with EXAMINE (RFC 3501 §6.4.2).
     */
    private void leave() {
        command(capabilities.contains("UNSELECT") ? new Command.Unselect() : new Command.Close());
    }

    private static Truth.StaticData staticData(UntaggedResponse.Fetch f) {
        MessageAttribute.Rfc822Size size = f.get(MessageAttribute.Rfc822Size.class);
        MessageAttribute.InternalDate date = f.get(MessageAttribute.InternalDate.class);
        MessageAttribute.EnvelopeItem envelope = f.get(MessageAttribute.EnvelopeItem.class);
        MessageAttribute.Body body = f.get(MessageAttribute.Body.class);
        return new Truth.StaticData(size == null ? -1 : size.size(),
                date == null ? "" : date.dateTime().toInstant().toString(),
                envelope == null ? "" : envelope.envelope().toString(), body == null ? "" : body.structure().toString());
    }

    private CommandResult send(ImapConnection c, java.util.concurrent.CompletableFuture<CommandResult> f, String what) {
        return Waits.await(f, run.config().commandTimeout(), "the checker's " + what);
    }

    @Override
    public void close() {
        connection.close();
    }
}
