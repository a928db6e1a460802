package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.gen.Choices;
import org.imapharness.core.target.Target;
import org.imapharness.protocol.command.Command;

/**
 * One run of the checker: devices take turns as the byte source decides (the scheduler is this
 * loop: one action at a time, each awaited, so a run is repeatable from its bytes), every response
 * is checked as it arrives, IDLE devices must be told of each change within the push timeout, and
 * at checkpoints every device synchronises and is compared with the server, and the server with
 * the model. The run stops at the first violation.
 */
final class SyncRun {
    private final Target target;
    private final SyncConfig config;
    private final Choices choices;
    private final int byteLimit;
    private final Trace trace = new Trace();
    private final AccountModel model = new AccountModel();
    private final List<Violation> violations = new ArrayList<>();
    private final List<Long> pushNanos = new ArrayList<>();
    private final Set<String> used = new TreeSet<>();
    private final List<Device> devices = new ArrayList<>();
    private Auditor auditor;
    private Folders folders;
    private Checks checks;
    private int step;

    SyncRun(Target target, SyncConfig config, Choices choices, int byteLimit) {
        this.target = target;
        this.config = config;
        this.choices = choices;
        this.byteLimit = byteLimit;
    }

    SyncResult run() {
        auditor = new Auditor(this);
        try {
            if (!has("UIDPLUS")) {
                throw new SyncException(target.description() + " does not advertise UIDPLUS (RFC 4315): the model "
                        + "learns UIDs from APPENDUID and COPYUID");
            }
            uses("UIDPLUS");
            folders = Folders.fresh(auditor.delimiter());
            for (String f : folders.fixed()) {
                if (!auditor.command(new Command.Create(f)).isOk()) {
                    throw new SyncException("cannot create the run's folder " + f);
                }
                model.create(f);
            }
            checks = new Checks(this, model, auditor);
            for (int i = 0; i < config.devices(); i++) {
                devices.add(new Device(i, this));
            }
            loop();
        } finally {
            devices.forEach(Device::close);
            cleanUp();
            auditor.close();
        }
        int devicesUsed = (int) devices.stream().filter(Device::everConnected).count();
        return new SyncResult(violations, step, devicesUsed, choices.recorded(), pushNanos, trace, used);
    }

    private void loop() {
        long deadline = System.nanoTime() + config.duration().toNanos();
        while (step < config.steps() && choices.drawn() < byteLimit && System.nanoTime() < deadline && passed()) {
            step++;
            Choices stepChoices = StepBlocks.next(choices);
            Actions actions = new Actions(this, model, stepChoices);
            Device device = devices.get(stepChoices.below(devices.size()));
            if (!device.everConnected()) {
                device.connect();
                device.select(folders.main(), false);
            }
            java.util.Map<Device, List<Long>> before = new java.util.HashMap<>();
            devices.stream().filter(d -> d.selected() != null).forEach(d -> before.put(d, d.view.uids()));
            Set<String> changed = actions.perform(device);
            if (!passed()) {
                explainNumbering(before);
            }
            if (passed() && !changed.isEmpty()) {
                awaitPushes(device, changed);
            }
            if (device.behaviour == Behaviour.PHONE_IDLE && device.online() && passed()) {
                device.startIdle();
            }
            if (passed() && step % config.checkpointEvery() == 0) {
                checkpoint();
            }
        }
        if (passed()) {
            checkpoint();
        }
    }

    /** Every device catches up and must then see what the server holds; the server must hold what the model does. */
    void checkpoint() {
        for (Device d : devices) {
            if (passed() && d.online() && d.selected() != null) {
                syncAndCheck(d);
                if (d.behaviour == Behaviour.PHONE_IDLE && passed()) {
                    d.startIdle();
                }
            }
        }
        for (String folder : existingFolders()) {
            if (passed()) {
                checks.truthMatchesModel(folder);
            }
        }
    }

    void syncAndCheck(Device d) {
        List<Long> before = d.view.uids();
        int from = trace.entries().size();
        d.sync();
        if (passed() && d.selected() != null) {
            checks.viewMatchesTruth(d, before, trace.entries().get(from), Rule.SIZE_UPDATE);
        }
    }

    /**
     * Devices in IDLE on a changed folder must be told without asking (RFC 2177 §3); the time from
     * the actor's completion to the push is measured.
     */
    private void awaitPushes(Device actor, Set<String> changed) {
        for (Device d : devices) {
            if (d == actor || !d.idling() || !changed.contains(d.selected())) {
                continue;
            }
            AccountModel.Mailbox box = model.mailbox(d.selected());
            try {
                boolean told = d.view.await(v -> Checks.pushed(v, box), config.pushTimeout().toNanos());
                if (told) {
                    // From the actor's OK to the push that told the device (0 when the push came first).
                    pushNanos.add(Math.max(0, d.view.lastApplied() - actor.completedAt()));
                } else {
                    checks.missingPush(d, box);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException("interrupted while waiting for a push", e);
            }
        }
    }

    /**
     * A sequence number out of range shows the server numbered EXPUNGE (or FETCH) wrongly: the
     * replay expects the responses that take the device from its view before the step to the
     * model's folder after it (on its IDLE, a wait for pushed responses).
     */
    private void explainNumbering(java.util.Map<Device, List<Long>> before) {
        Violation v = violations.get(0);
        int failing = trace.failing();
        if (v.rule() != Rule.SEQUENCE_IN_RANGE || v.device() < 0 || failing < 0) {
            return;
        }
        Device d = devices.get(v.device());
        AccountModel.Mailbox box = d.selected() == null ? null : model.mailbox(d.selected());
        if (box == null || !before.containsKey(d)) {
            return;
        }
        List<String> lines = Checks.updateLines(before.get(d), List.copyOf(box.messages.keySet()), null);
        Trace.Entry entry = trace.entries().get(failing);
        if ("IDLE".equals(entry.client())) {
            trace.refail(trace.await(d.name(), lines, step));
        } else {
            entry.expect(lines);
        }
    }

    /** A check failed: the first failure marks the trace and ends the run. */
    synchronized void report(Finding f, int device, Trace.Entry entry) {
        Violation v = new Violation(f.rule(), step, device, f.detail(), f.expectation());
        violations.add(v);
        if (violations.size() == 1 && entry != null) {
            entry.prelude(f.prelude());
            List<String> lines = new ArrayList<>(entry.expected());
            lines.addAll(f.expectation());
            entry.expect(lines);
            trace.fail(entry, "FAILS HERE: " + v.describe());
        }
    }

    synchronized boolean passed() {
        return violations.isEmpty();
    }

    /** RFC 3501 §2.3.1.1: UIDNEXT is above every UID assigned under this UIDVALIDITY. */
    void checkUidNext(String folder, long uidValidity, long uidNext, int device, Trace.Entry entry, String what) {
        AccountModel.UidMark mark = model.highest(folder, uidValidity);
        if (mark == null || uidNext > mark.uid()) {
            return;
        }
        if (entry == null) {
            entry = trace.send("auditor", CommandText.of(new Command.Select(folder, true, false, null), folders), step)
                    .completion("S: OK");
        }
        List<String> expectation = List.of();
        String assignedBy = mark.entry() == null || mark.entry().client() == null ? "" : mark.entry().client();
        boolean moved = assignedBy.contains("MOVE ");
        if (model.wasDeleted(folder) && (assignedBy.startsWith("APPEND") || assignedBy.contains("COPY ") || moved)) {
            // A folder made again under its old name: reusing UIDs needs a new UIDVALIDITY (§2.3.1.1).
            String v = trace.variable("cap");
            if (moved) { // MOVE sends COPYUID untagged (RFC 6851 §4.3)
                List<String> lines = new ArrayList<>(mark.entry().expected());
                lines.add("S: * OK [COPYUID $" + v + " * *]");
                mark.entry().expect(lines);
            } else {
                mark.entry().completion(assignedBy.startsWith("APPEND") ? "S: OK [APPENDUID $" + v + " *]"
                        : "S: OK [COPYUID $" + v + " * *]");
            }
            expectation = List.of("S: * OK [UIDVALIDITY !=$" + v + "]");
        } else if (assignedBy.startsWith("APPEND")) {
            String v = trace.variable("cap");
            mark.entry().completion("S: OK [APPENDUID * $" + v + "]");
            expectation = List.of(what.equals("STATUS") ? "S: * STATUS * (UIDNEXT >$" + v + " ...)"
                    : "S: * OK [UIDNEXT >$" + v + "]");
        }
        report(Finding.of(Rule.UIDNEXT_ABOVE_UIDS, what + " " + uidNext + " for " + folder + " but UID " + mark.uid()
                + " was assigned under UIDVALIDITY " + uidValidity, expectation), device, entry);
    }

    /** The laptop's QRESYNC parameters come from its earlier SELECT: captured there, used in the reconnect. */
    void capturesForQresync(Trace.Entry remembered, Trace.Entry reconnect, long uidValidity, long modSeq) {
        if (remembered == null) {
            return;
        }
        String uv = trace.variable("cap");
        String ms = trace.variable("cap");
        List<String> lines = new ArrayList<>(remembered.expected());
        lines.add("S: * OK [UIDVALIDITY $" + uv + "]");
        lines.add("S: * OK [HIGHESTMODSEQ $" + ms + "]");
        remembered.expect(lines);
        reconnect.rewrite(reconnect.client().replace("(QRESYNC (" + uidValidity + " " + modSeq,
                "(QRESYNC ($" + uv + " $" + ms));
    }

    /**
     * The folders that exist, in a fixed order (the three fixed ones, then n1..n3): never in name
     * order, because names are fresh each run and the byte source must pick the same folder in a replay.
     */
    List<String> existingFolders() {
        List<String> out = new ArrayList<>();
        for (String f : folders.fixed()) {
            out.add(f);
        }
        for (String f : folders.dynamicNames()) {
            if (model.exists(f)) {
                out.add(f);
            }
        }
        return out;
    }

    void uses(String capability) {
        used.add(capability);
    }

    private void cleanUp() {
        if (folders == null) {
            return;
        }
        Set<String> names = new HashSet<>(model.mailboxes().keySet());
        names.addAll(folders.dynamicNames());
        names.stream().sorted((a, b) -> b.length() - a.length()).forEach(n -> {
            try {
                auditor.command(new Command.Delete(n));
            } catch (SyncException e) {
                // Best effort: a folder left behind has a fresh name and harms no later run.
            }
        });
        for (String f : folders.fixed()) {
            try {
                auditor.command(new Command.Delete(f));
            } catch (SyncException e) {
                // as above
            }
        }
    }

    ImapClientConfig clientConfig(String tagPrefix) {
        return target.clientConfig().withCommandTimeout(config.commandTimeout()).withTagPrefix(tagPrefix.toUpperCase());
    }

    boolean has(String capability) {
        return auditor.capabilities().contains(capability);
    }

    Target target() {
        return target;
    }

    SyncConfig config() {
        return config;
    }

    Trace trace() {
        return trace;
    }

    Checks checks() {
        return checks;
    }

    Folders folders() {
        return folders;
    }

    int step() {
        return step;
    }

    List<Device> devices() {
        return devices;
    }
}
