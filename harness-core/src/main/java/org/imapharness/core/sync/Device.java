package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.client.IdleSession;
import org.imapharness.core.client.ImapClient;
import org.imapharness.core.client.ImapConnection;
import org.imapharness.core.target.Credentials;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * One simulated device: a connection (or none while offline), the mailbox it has selected, its
 * {@link DeviceView}, and how it keeps in step ({@link Behaviour}). Every command it sends is
 * recorded in the run's trace; responses reach the view as they arrive.
 */
final class Device {
    final int index;
    final Behaviour behaviour;
    final DeviceView view;
    private final SyncRun run;
    private ImapConnection connection;
    private int incarnation;
    private String name;
    private String selected;
    private boolean readOnly;
    private IdleSession idle;
    private volatile Trace.Entry current;
    /** When the completion of the latest command arrived (the transcript's clock). */
    private long completedAt;
    /** The laptop's memory while offline: folder, state, and the SELECT whose codes it kept. */
    private String savedFolder;
    private DeviceView.Snapshot saved;
    private Trace.Entry savedSelect;
    private Trace.Entry lastSelect;
    private long lastSelectModSeq;
    private long savedModSeq;

    Device(int index, SyncRun run) {
        this.index = index;
        this.behaviour = Behaviour.of(index);
        this.run = run;
        this.view = new DeviceView(f -> run.report(f, index, current));
    }

    String name() {
        return name;
    }

    boolean online() {
        return connection != null;
    }

    boolean everConnected() {
        return incarnation > 0;
    }

    String selected() {
        return selected;
    }

    boolean readOnly() {
        return readOnly;
    }

    boolean idling() {
        return idle != null;
    }

    /** Opens a connection and logs in; the laptop enables QRESYNC, the CONDSTORE poller CONDSTORE (RFC 5161). */
    void connect() {
        incarnation++;
        name = "d" + (index + 1) + (incarnation > 1 ? "." + incarnation : "");
        ImapConnection c = Waits.await(ImapClient.connect(run.clientConfig("d" + (index + 1) + "x")),
                run.config().commandTimeout(), "device " + (index + 1) + " cannot connect");
        if (run.target().requiresStartTls()) {
            Waits.await(c.startTls(), run.config().commandTimeout(), "device " + (index + 1) + " STARTTLS");
        }
        Credentials user = run.target().user(1);
        CommandResult login = Waits.await(c.hasCapability("LOGINDISABLED") ? c.authenticatePlain(user.user(), user.password())
                : c.login(user.user(), user.password()), run.config().commandTimeout(), "device " + (index + 1) + " login");
        if (!login.isOk()) {
            c.close();
            throw new SyncException("device " + (index + 1) + ": login as " + user.user() + " refused: " + login.completion());
        }
        c.addUntaggedListener(view::apply);
        connection = c;
        if (behaviour == Behaviour.LAPTOP_QRESYNC && run.has("QRESYNC")) {
            run.uses("QRESYNC");
            exec(new Command.Enable(List.of("QRESYNC")), DeviceView.Phase.ALLOWS_EXPUNGE);
        }
    }

    /** Runs one command, recorded in the trace with the completion seen. */
    CommandResult exec(Command command, DeviceView.Phase phase) {
        Trace.Entry entry = run.trace().send(name, CommandText.of(command, run.folders()), run.step());
        current = entry;
        view.begin(phase, command.name());
        try {
            CommandResult r = Waits.await(connection.send(command), run.config().commandTimeout(),
                    "device " + (index + 1) + " " + command.name());
            entry.completion("S: " + r.status());
            completedAt = r.transcript().isEmpty() ? System.nanoTime()
                    : r.transcript().get(r.transcript().size() - 1).nanoTime();
            return r;
        } finally {
            view.end();
        }
    }

    long completedAt() {
        return completedAt;
    }

    Trace.Entry lastEntry() {
        return current;
    }

    /** SELECT or EXAMINE, then reads every message's UID and flags (and MODSEQ with CONDSTORE). */
    void select(String folder, boolean examine) {
        stopIdle();
        boolean condstore = behaviour == Behaviour.CONDSTORE_POLLER && run.has("CONDSTORE");
        if (condstore) {
            run.uses("CONDSTORE");
        }
        view.clear(0, 0);
        CommandResult r = exec(new Command.Select(folder, examine, condstore, null), DeviceView.Phase.ALLOWS_EXPUNGE);
        if (!r.isOk()) {
            selected = null;
            return;
        }
        selected = folder;
        readOnly = examine;
        lastSelect = current;
        selectCodes(r, folder);
        fetchUnknowns();
    }

    private void selectCodes(CommandResult r, String folder) {
        SelectCodes codes = SelectCodes.of(r);
        view.codes(codes.uidValidity(), codes.highestModSeq());
        lastSelectModSeq = codes.highestModSeq();
        if (codes.uidNext() > 0) {
            run.checkUidNext(folder, codes.uidValidity(), codes.uidNext(), index, current, "UIDNEXT");
        }
    }

    /** Learns the UID and flags of messages announced by EXISTS but not yet fetched. */
    void fetchUnknowns() {
        List<FetchAttribute> items = new ArrayList<>(List.of(FetchAttribute.Simple.UID, FetchAttribute.Simple.FLAGS));
        if (behaviour.condstore() && run.has("CONDSTORE")) {
            items.add(FetchAttribute.Simple.MODSEQ);
        }
        // A FETCH may bring EXISTS for messages it did not cover (the server flushes after its data): go again.
        for (int round = 0; round < 3 && online() && run.passed(); round++) {
            int first = view.uids().indexOf(0L) + 1;
            if (first == 0) {
                return;
            }
            exec(new Command.Fetch(false, SequenceSet.range(first, SequenceSet.STAR), items, null, false),
                    DeviceView.Phase.FORBIDS_EXPUNGE);
        }
    }

    /** Enters IDLE (the phone, on its folder, between its own actions). */
    void startIdle() {
        if (idle != null || !online() || selected == null || !run.has("IDLE")) {
            return;
        }
        run.uses("IDLE");
        Trace.Entry entry = run.trace().send(name, "IDLE", run.step());
        current = entry;
        view.begin(DeviceView.Phase.IDLE, "IDLE");
        idle = Waits.await(connection.idle(), run.config().commandTimeout(), "device " + (index + 1) + " IDLE");
        entry.completion("S: +");
    }

    /** Leaves IDLE with DONE and waits for its completion. */
    void stopIdle() {
        if (idle == null) {
            return;
        }
        Trace.Entry entry = run.trace().send(name, "DONE", run.step());
        current = entry;
        try {
            CommandResult r = Waits.await(idle.done(), run.config().commandTimeout(), "device " + (index + 1) + " DONE");
            entry.completion("S: " + r.status());
        } finally {
            idle = null;
            view.end();
        }
    }

    /** The behaviour's way of catching up; afterwards the view must equal the server's (checked by the run). */
    void sync() {
        if (behaviour == Behaviour.WEBMAIL_RESYNC && selected != null) {
            select(selected, readOnly);
            return;
        }
        stopIdle();
        exec(new Command.Noop(), DeviceView.Phase.ALLOWS_EXPUNGE);
        if (behaviour == Behaviour.CONDSTORE_POLLER && run.has("CONDSTORE") && selected != null) {
            exec(new Command.Fetch(true, SequenceSet.all(), List.of(FetchAttribute.Simple.UID,
                    FetchAttribute.Simple.FLAGS, FetchAttribute.Simple.MODSEQ), Math.max(1, view.highestModSeq()), false),
                    DeviceView.Phase.ALLOWS_EXPUNGE);
        }
        fetchUnknowns();
    }

    /**
     * Drops the connection: mid-IDLE, after sending a command without waiting for it, or with
     * LOGOUT. The laptop remembers its state for a QRESYNC reconnect.
     */
    void disconnect(Command inFlight) {
        if (behaviour == Behaviour.LAPTOP_QRESYNC && selected != null) {
            savedFolder = selected;
            saved = view.snapshot();
            savedSelect = lastSelect;
            savedModSeq = lastSelectModSeq;
        }
        if (inFlight != null) {
            Trace.Entry entry = run.trace().send(name, CommandText.of(inFlight, run.folders()), run.step());
            entry.comment = "the device sent this and dropped the connection without waiting for the answer";
            entry.completion("S: OK");
            connection.send(inFlight);
        } else if (idle == null) {
            Trace.Entry entry = run.trace().send(name, "LOGOUT", run.step());
            entry.expect(List.of("S: * BYE")).completion("S: OK");
            Waits.await(connection.send(new Command.Logout()), run.config().commandTimeout(), "LOGOUT");
        } else {
            run.trace().send(name, "DONE", run.step()).completion("S: OK")
                    .comment = "the device dropped the connection in IDLE (the replay ends the IDLE instead)";
        }
        connection.close();
        connection = null;
        idle = null;
        selected = null;
        view.end();
    }

    /**
     * Comes back: the laptop with QRESYNC from what it remembered, the others with a plain SELECT
     * of {@code folder}. Returns whether QRESYNC was used.
     */
    boolean reconnect(String folder) {
        connect();
        if (saved != null && run.has("QRESYNC")) {
            qresync();
            return true;
        }
        select(folder, false);
        return false;
    }

    /** The SELECT (or EXAMINE) that made the current view. */
    Trace.Entry lastSelectEntry() {
        return lastSelect;
    }

    private void qresync() {
        DeviceView.Snapshot s = saved;
        Trace.Entry remembered = savedSelect;
        saved = null;
        view.restoreAndHold(s);
        Command select = new Command.Select(savedFolder, false, false,
                new Command.Qresync(s.uidValidity(), Math.max(1, savedModSeq), null, null, null));
        CommandResult r;
        try {
            r = exec(select, DeviceView.Phase.ALLOWS_EXPUNGE);
        } finally {
            view.applyHeld();
        }
        run.capturesForQresync(remembered, current, s.uidValidity(), Math.max(1, savedModSeq));
        if (r.isOk()) {
            selected = savedFolder;
            readOnly = false;
            lastSelect = current;
            selectCodes(r, savedFolder);
            fetchUnknowns();
        }
    }

    void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
