package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.gen.Choices;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.SequenceSet;

/**
 * Draws a device's next action from the byte source and performs it, keeping the model in step
 * with what completed. Each action draws its parameters relative to the device's current state
 * (a message number below its count, a folder among those that exist), so any bytes give a valid
 * run and shrinking the bytes shrinks the run. Kinds are listed simplest first: a zero byte picks
 * a plain sync.
 */
final class Actions {
    private enum Kind {
        SYNC(40), APPEND(50), STORE(50), EXPUNGE(16), UID_EXPUNGE(10), COPY(14), MOVE(14), SWITCH(14), CREATE(14),
        DELETE(12), RENAME(8), DISCONNECT(8);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private static final int TOTAL = java.util.Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
    static final int CONTENTS = 48;

    private final SyncRun run;
    private final AccountModel model;
    private final Choices choices;
    private final Mutations mutations;

    Actions(SyncRun run, AccountModel model, Choices choices) {
        this.run = run;
        this.model = model;
        this.choices = choices;
        this.mutations = new Mutations(run, model);
    }

    /** Performs one action of {@code d}; returns the folders whose content changed. */
    Set<String> perform(Device d) {
        if (!d.online()) {
            reconnect(d);
            return Set.of();
        }
        Kind kind = kind();
        boolean writable = d.selected() != null && !d.readOnly();
        if (d.selected() == null) {
            d.select(run.folders().main(), false);
            return Set.of();
        }
        d.stopIdle();
        d.fetchUnknowns();
        if (d.view.uids().contains(0L) || !run.passed()) {
            return Set.of(); // still catching up: the next turn acts
        }
        int size = d.view.size();
        return switch (kind) {
            case APPEND -> append(d);
            case STORE -> writable && size > 0 ? store(d) : sync(d);
            case EXPUNGE -> writable ? expunge(d, false) : sync(d);
            case UID_EXPUNGE -> writable && size > 0 ? expunge(d, true) : sync(d);
            case COPY -> size > 0 ? copy(d, false) : sync(d);
            case MOVE -> writable && size > 0 && run.has("MOVE") ? copy(d, true) : sync(d);
            case SWITCH -> d.behaviour == Behaviour.PHONE_IDLE ? sync(d) : switchFolder(d);
            case CREATE -> create(d);
            case DELETE -> delete(d);
            case RENAME -> rename(d);
            case DISCONNECT -> disconnect(d, writable && size > 0);
            case SYNC -> sync(d);
        };
    }

    private Kind kind() {
        int r = choices.below(TOTAL);
        for (Kind k : Kind.values()) {
            if (r < k.weight) {
                return k;
            }
            r -= k.weight;
        }
        return Kind.SYNC;
    }

    private Set<String> sync(Device d) {
        run.syncAndCheck(d);
        return Set.of();
    }

    private Set<String> append(Device d) {
        String folder = choices.percent(60) ? d.selected() : choices.oneOf(run.existingFolders());
        int content = choices.below(CONTENTS);
        List<String> flags = MessageBank.flags(choices, 15);
        var date = choices.percent(50) ? MessageBank.date(choices) : null;
        CommandResult r = d.exec(new Command.Append(folder, flags, date, Octets.of(MessageBank.message(content))),
                DeviceView.Phase.ALLOWS_EXPUNGE);
        return mutations.appended(d, folder, content, flags, r) ? Set.of(folder) : Set.of();
    }

    /** Messages {@code a..b} of the device's view, drawn: mostly one, sometimes a short run. */
    private int[] range(Device d) {
        int size = d.view.size();
        int a = 1 + choices.below(size);
        int b = Math.min(size, a + (choices.percent(30) ? choices.below(3) : 0));
        return new int[] {a, b};
    }

    private SequenceSet set(Device d, int[] range, boolean uid) {
        if (!uid) {
            return SequenceSet.range(range[0], range[1]);
        }
        List<Long> uids = d.view.uids().subList(range[0] - 1, range[1]);
        return SequenceSet.ofNumbers(uids);
    }

    private Set<String> store(Device d) {
        int[] range = range(d);
        boolean uid = choices.percent(30);
        StoreMode mode = choices.oneOf(StoreMode.ADD, StoreMode.REMOVE, StoreMode.REPLACE);
        Set<String> flags = new java.util.LinkedHashSet<>();
        flags.add(choices.oneOf(MessageBank.FLAGS));
        if (choices.percent(30)) {
            flags.add(choices.oneOf(MessageBank.FLAGS));
        }
        return storeFlags(d, range, uid, mode, List.copyOf(flags));
    }

    private Set<String> storeFlags(Device d, int[] range, boolean uid, StoreMode mode, List<String> flags) {
        List<Long> targets = d.view.uids().subList(range[0] - 1, range[1]);
        CommandResult r = d.exec(new Command.Store(uid, set(d, range, uid), mode, false, flags, null),
                uid ? DeviceView.Phase.ALLOWS_EXPUNGE : DeviceView.Phase.FORBIDS_EXPUNGE);
        return mutations.stored(d, List.copyOf(targets), mode, flags, r) ? Set.of(d.selected()) : Set.of();
    }

    private Set<String> expunge(Device d, boolean uid) {
        Set<String> changed = new HashSet<>();
        if (d.view.size() > 0 && choices.percent(70)) {
            changed.addAll(storeFlags(d, range(d), false, StoreMode.ADD, List.of("\\Deleted")));
            d.fetchUnknowns();
        }
        if (uid && d.view.size() == 0) {
            return changed;
        }
        SequenceSet uids = uid ? set(d, range(d), true) : null;
        List<Long> held = d.view.uids();
        CommandResult r = d.exec(new Command.Expunge(uids), DeviceView.Phase.ALLOWS_EXPUNGE);
        if (mutations.expunged(d, held, uids, r)) {
            changed.add(d.selected());
        }
        return changed;
    }

    private Set<String> copy(Device d, boolean move) {
        List<String> others = new ArrayList<>(run.existingFolders());
        others.remove(d.selected());
        String destination = choices.oneOf(others);
        int[] range = range(d);
        boolean uid = choices.percent(30);
        List<Long> sources = List.copyOf(d.view.uids().subList(range[0] - 1, range[1]));
        List<Long> held = d.view.uids();
        SequenceSet set = set(d, range, uid);
        run.uses(move ? "MOVE" : "UIDPLUS");
        CommandResult r = d.exec(move ? new Command.Move(uid, set, destination) : new Command.Copy(uid, set, destination),
                DeviceView.Phase.ALLOWS_EXPUNGE);
        Set<String> changed = new HashSet<>();
        if (mutations.copied(d, sources, destination, r)) {
            changed.add(destination);
            if (move && mutations.moved(d, held, sources, r)) {
                changed.add(d.selected());
            }
        }
        return changed;
    }

    private Set<String> switchFolder(Device d) {
        List<String> others = new ArrayList<>(run.folders().fixed());
        others.remove(d.selected());
        String folder = choices.oneOf(others);
        boolean examine = choices.percent(20);
        d.select(folder, examine);
        if (run.passed() && d.selected() != null) {
            run.checks().viewMatchesTruth(d, List.of(), d.lastSelectEntry(), Rule.SIZE_UPDATE);
        }
        return Set.of();
    }

    private Set<String> create(Device d) {
        String name = run.folders().dynamic(1 + choices.below(Folders.DYNAMIC));
        if (model.exists(name)) {
            return sync(d);
        }
        mutations.created(d, name, d.exec(new Command.Create(name), DeviceView.Phase.ALLOWS_EXPUNGE));
        return Set.of();
    }

    private Set<String> delete(Device d) {
        List<String> existing = run.folders().dynamicNames().stream().filter(model::exists).toList();
        if (existing.isEmpty()) {
            return sync(d);
        }
        String name = choices.oneOf(existing);
        mutations.deleted(d, name, d.exec(new Command.Delete(name), DeviceView.Phase.ALLOWS_EXPUNGE));
        return Set.of();
    }

    private Set<String> rename(Device d) {
        List<String> existing = run.folders().dynamicNames().stream().filter(model::exists).toList();
        List<String> free = run.folders().dynamicNames().stream().filter(n -> !model.exists(n)).toList();
        if (existing.isEmpty() || free.isEmpty()) {
            return sync(d);
        }
        String from = choices.oneOf(existing);
        String to = choices.oneOf(free);
        mutations.renamed(d, from, to, d.exec(new Command.Rename(from, to), DeviceView.Phase.ALLOWS_EXPUNGE));
        return Set.of();
    }

    /**
     * Mid-IDLE for the phone; otherwise mid-command (a FETCH sent and never waited for: read-only,
     * so the model stays exact whether or not the server ran it) or a LOGOUT.
     */
    private Set<String> disconnect(Device d, boolean selectedWithMessages) {
        if (selectedWithMessages && choices.percent(50)) {
            int n = 1 + choices.below(d.view.size());
            d.disconnect(new Command.Fetch(false, SequenceSet.of(n), List.of(FetchAttribute.Simple.FLAGS,
                    new FetchAttribute.BodySection(Section.WHOLE, true, null)), null, false));
        } else {
            d.disconnect(null);
        }
        return Set.of();
    }

    private void reconnect(Device d) {
        boolean qresync = d.reconnect(run.folders().main());
        if (run.passed() && d.selected() != null) {
            run.checks().viewMatchesTruth(d, List.of(), d.lastSelectEntry(),
                    qresync ? Rule.QRESYNC_RESYNCS : Rule.SIZE_UPDATE);
        }
    }
}
