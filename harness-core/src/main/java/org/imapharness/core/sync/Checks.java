package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.model.SequenceSet;

/**
 * The comparisons at sync points: a device's view against the server's truth (after the device
 * caught up), the truth against the model, and static data against its first sight. Each failure
 * is stated as what the replay's command must have been answered with.
 */
final class Checks {
    private final SyncRun run;
    private final AccountModel model;
    private final Auditor auditor;
    private final Map<String, Truth> lastTruth = new HashMap<>();
    private final Map<String, Truth.StaticData> firstSeen = new HashMap<>();
    private final Map<Integer, String> contentSeen = new HashMap<>();

    Checks(SyncRun run, AccountModel model, Auditor auditor) {
        this.run = run;
        this.model = model;
        this.auditor = auditor;
    }

    /** Whether an IDLE device's view shows what the model holds: the count, and the flags of what it knows. */
    static boolean pushed(DeviceView view, AccountModel.Mailbox box) {
        if (view.size() != box.messages.size()) {
            return false;
        }
        Map<Long, Set<String>> flags = view.flags();
        for (long uid : view.uids()) {
            AccountModel.Message m = box.messages.get(uid);
            if (uid != 0 && m != null && !m.flags.equals(flags.get(uid))) {
                return false;
            }
        }
        return true;
    }

    /** The phone was not told: wait on its connection for what it should have got. */
    void missingPush(Device d, AccountModel.Mailbox box) {
        List<Long> expected = new ArrayList<>(box.messages.keySet());
        List<String> lines = updateLines(d.view.uids(), expected, box);
        boolean sizeOk = d.view.size() == box.messages.size();
        Rule rule = sizeOk ? Rule.FLAG_UPDATE : Rule.IDLE_PUSH;
        Trace.Entry wait = run.trace().await(d.name(), lines, run.step());
        run.report(Finding.of(rule, "device in IDLE on " + box.name + " holds " + d.view.size() + " messages "
                + (sizeOk ? "with other flags than" : "instead of") + " the " + box.messages.size() + " the server has, "
                + run.config().pushTimeout().toMillis() + " ms after the change", List.of()), d.index, wait);
    }

    /** After a device caught up, its view must be the server's: same UIDs in order, same flags. */
    void viewMatchesTruth(Device d, List<Long> before, Trace.Entry syncEntry, Rule sizeRule) {
        Truth t = auditor.read(d.selected());
        if (t == null) {
            return;
        }
        List<Long> uids = d.view.uids();
        Rule rule = d.behaviour == Behaviour.WEBMAIL_RESYNC ? Rule.SIZE_UPDATE : sizeRule;
        if (!uids.equals(t.uids())) {
            run.report(Finding.of(rule, "after " + syncEntry.client() + " the device holds UIDs " + uids + " in "
                    + d.selected() + ", the server " + t.uids(), d.behaviour == Behaviour.WEBMAIL_RESYNC
                    || rule == Rule.QRESYNC_RESYNCS ? List.of() : updateLines(before, t.uids(), null)), d.index, syncEntry);
            return;
        }
        Map<Long, Set<String>> flags = d.view.flags();
        for (long uid : t.uids()) {
            if (!t.flags().get(uid).equals(flags.get(uid))) {
                Rule flagRule = rule == Rule.QRESYNC_RESYNCS ? rule : Rule.FLAG_UPDATE;
                run.report(Finding.of(flagRule, "after " + syncEntry.client() + " the device has flags " + flags.get(uid)
                        + " for UID " + uid + ", the server " + t.flags().get(uid), List.of("S: * " + t.sequenceOf(uid)
                        + " FETCH (FLAGS " + FlagNames.pattern(t.flags().get(uid)) + " ...)")), d.index, syncEntry);
                return;
            }
        }
    }

    /**
     * The untagged responses that take a client from {@code held} to {@code truth}: EXPUNGE for
     * each message gone (lowest first, each number as the earlier removals left it, RFC 3501
     * §7.4.1), EXISTS for the new count, FETCH FLAGS where the model knows a change.
     */
    static List<String> updateLines(List<Long> held, List<Long> truth, AccountModel.Mailbox box) {
        List<String> lines = new ArrayList<>();
        int removedSoFar = 0;
        for (int i = 0; i < held.size(); i++) {
            long uid = held.get(i);
            if (uid != 0 && !truth.contains(uid)) {
                lines.add("S: * " + (i + 1 - removedSoFar) + " EXPUNGE");
                removedSoFar++;
            }
        }
        if (truth.size() > held.size() - removedSoFar) {
            lines.add("S: * " + truth.size() + " EXISTS");
        }
        if (box != null && lines.isEmpty()) {
            for (long uid : truth) {
                AccountModel.Message m = box.messages.get(uid);
                if (m != null) {
                    lines.add("S: * " + (truth.indexOf(uid) + 1) + " FETCH (FLAGS " + FlagNames.pattern(m.flags) + " ...)");
                }
            }
        }
        return lines;
    }

    /** The server holds what the completed commands made (the model), and its numbers obey RFC 3501 / 7162. */
    void truthMatchesModel(String folder) {
        AccountModel.Mailbox box = model.mailbox(folder);
        Truth t = auditor.read(folder);
        if (t == null) {
            auditorFailure(folder, Finding.of(Rule.SERVER_KEEPS_CHANGES, folder + " should exist but EXAMINE fails",
                    List.of()));
            return;
        }
        if (box.uidValidity != t.uidValidity() || box.uidsUnsettled) {
            settle(box, t);
        }
        if (!box.messages.keySet().equals(new java.util.TreeSet<>(t.uids()))) {
            auditorFailure(folder, Finding.of(Rule.SERVER_KEEPS_CHANGES, folder + " holds UIDs " + t.uids()
                    + " but the completed commands leave " + box.messages.keySet(), List.of()));
            return;
        }
        for (AccountModel.Message m : box.messages.values()) {
            Set<String> actual = t.flags().get(m.uid);
            if (!m.flags.equals(actual)) {
                auditorFailure(folder, Finding.of(Rule.SERVER_KEEPS_CHANGES, "UID " + m.uid + " in " + folder + " has flags "
                        + actual + " but the completed commands leave " + m.flags, List.of("S: * * FETCH (UID " + m.uid
                        + " FLAGS " + FlagNames.pattern(m.flags) + " ...)")));
                return;
            }
        }
        for (long uid : t.uids()) {
            model.assign(folder, t.uidValidity(), uid, null);
        }
        run.checkUidNext(folder, t.uidValidity(), t.uidNext(), -1, null, "UIDNEXT");
        if (run.passed()) {
            modSeqs(folder, t);
        }
        if (run.passed()) {
            staticData(folder, t, box);
        }
        lastTruth.put(folder, t);
    }

    /** After RENAME (or a changed UIDVALIDITY) the model takes the server's UIDs, in order, if the count agrees. */
    private void settle(AccountModel.Mailbox box, Truth t) {
        if (box.messages.size() == t.uids().size()) {
            List<AccountModel.Message> old = new ArrayList<>(box.messages.values());
            box.messages.clear();
            for (int i = 0; i < old.size(); i++) {
                AccountModel.Message m = old.get(i);
                AccountModel.Message moved = new AccountModel.Message(t.uids().get(i), m.content, m.flags);
                box.messages.put(moved.uid, moved);
            }
        }
        box.uidValidity = t.uidValidity();
        box.uidsUnsettled = false;
    }

    /** RFC 7162 §3.1.1: mod-sequences never go down, and a change of flags raises them. */
    private void modSeqs(String folder, Truth t) {
        Truth before = lastTruth.get(folder);
        long top = t.modSeqs().values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (t.highestModSeq() != 0 && top > t.highestModSeq()) {
            auditorFailure(folder, Finding.of(Rule.MODSEQ_INCREASES, "HIGHESTMODSEQ " + t.highestModSeq() + " of " + folder
                    + " is below a message's MODSEQ " + top, List.of()));
            return;
        }
        if (before == null || before.uidValidity() != t.uidValidity()) {
            return;
        }
        if (t.highestModSeq() < before.highestModSeq()) {
            auditorFailure(folder, Finding.of(Rule.MODSEQ_INCREASES, "HIGHESTMODSEQ of " + folder + " went down from "
                    + before.highestModSeq() + " to " + t.highestModSeq(), List.of()));
            return;
        }
        for (long uid : t.uids()) {
            Long was = before.modSeqs().get(uid);
            Long now = t.modSeqs().get(uid);
            if (was == null || now == null) {
                continue;
            }
            boolean changed = !before.flags().get(uid).equals(t.flags().get(uid));
            if (now < was || changed && now.equals(was)) {
                auditorFailure(folder, Finding.of(Rule.MODSEQ_INCREASES, "UID " + uid + " in " + folder + " went from "
                        + before.flags().get(uid) + " to " + t.flags().get(uid) + " with MODSEQ " + was + " -> " + now,
                        List.of()));
                return;
            }
        }
    }

    /** RFC 3501 §2.3: size, internal date, envelope and structure are fixed; copies share all but the date. */
    private void staticData(String folder, Truth t, AccountModel.Mailbox box) {
        for (long uid : t.uids()) {
            Truth.StaticData data = t.statics().get(uid);
            String key = folder + "/" + t.uidValidity() + "/" + uid;
            Truth.StaticData first = firstSeen.putIfAbsent(key, data);
            AccountModel.Message m = box.messages.get(uid);
            String problem = null;
            if (first != null && !first.equals(data)) {
                problem = "UID " + uid + " in " + folder + " was " + first + ", now " + data;
            } else if (m != null && data.size() != MessageBank.message(m.content).length) {
                problem = "UID " + uid + " in " + folder + " has RFC822.SIZE " + data.size() + " but "
                        + MessageBank.message(m.content).length + " octets were appended";
            } else if (m != null && !data.content().equals(contentSeen.computeIfAbsent(m.content, k -> data.content()))) {
                problem = "UID " + uid + " in " + folder + " (a copy of message " + m.content + ") differs from another copy: "
                        + data.content() + " vs " + contentSeen.get(m.content);
            }
            if (problem != null) {
                auditorFailure(folder, Finding.of(Rule.STATIC_DATA_FIXED, problem, List.of()));
                return;
            }
        }
    }

    /** A failure seen by the auditor: its look at the folder goes into the trace, the failing read last. */
    private void auditorFailure(String folder, Finding f) {
        Trace.Entry examine = run.trace().send("auditor", CommandText.of(new Command.Select(folder, true, false, null),
                run.folders()), run.step()).completion("S: OK");
        Trace.Entry entry = examine;
        if (!f.expectation().isEmpty()) {
            entry = run.trace().send("auditor", CommandText.of(new Command.Fetch(true, SequenceSet.all(),
                    List.of(FetchAttribute.Simple.UID, FetchAttribute.Simple.FLAGS), null, false), run.folders()),
                    run.step()).completion("S: OK");
        }
        run.report(f, -1, entry);
    }
}
