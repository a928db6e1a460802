package org.imapharness.core.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imapharness.core.gen.Choices;
import org.imapharness.core.gen.Shrinker;

/**
 * Replays a failing case on a fresh connection and shrinks its choice bytes (DESIGN.md §8)
 * while the same kind of failure remains, within the time budget; then writes the replay
 * scenario. A case that does not fail again alone is kept as found and marked so.
 */
final class Reproduction {
    private static final int MAX_ATTEMPTS = 2000;

    private final Workspace workspace;
    private final CommandGenerator generator;
    private final FuzzOptions options;
    private final Equivalence.Probe probe;
    private final boolean selected;
    private final boolean full;
    private FuzzSession session;

    Reproduction(Workspace workspace, CommandGenerator generator, FuzzOptions options, Equivalence.Probe probe,
                 boolean selected, boolean full) {
        this.workspace = workspace;
        this.generator = generator;
        this.options = options;
        this.probe = probe;
        this.selected = selected;
        this.full = full;
    }

    FuzzFailure shrink(long n, byte[] choices, Finding finding, boolean serverDown) {
        boolean reproduced = !serverDown && replay(choices, finding.kind()) != null;
        byte[] shrunk = choices;
        Finding last = finding;
        if (reproduced) {
            long stop = System.nanoTime() + options.shrinkBudget().toNanos();
            java.util.function.Predicate<byte[]> fails = b -> System.nanoTime() < stop && replay(b, finding.kind()) != null;
            shrunk = new Shrinker(fails, MAX_ATTEMPTS).shrink(shortestPrefix(choices, fails));
            Finding again = replay(shrunk, finding.kind());
            last = again != null ? again : finding;
        }
        discard();
        WireCommand command = last.command() != null ? last.command() : finding.command();
        String text = ReplayWriter.write(last, command, selected, workspace.mailbox, options.seed(), n, shrunk,
                reproduced, options.timeout().toMillis());
        Path file = null;
        if (options.replayDir() != null) {
            try {
                Files.createDirectories(options.replayDir());
                file = options.replayDir().resolve("fuzz-" + options.seed() + "-" + n + ".imap");
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                file = null;
            }
        }
        return new FuzzFailure(last, n, choices, shrunk, command, reproduced, text, file);
    }

    /**
     * The shortest failing prefix found by halving: a replay past its bytes draws zeros, the
     * simplest choices, so a prefix often still fails; one replay per halving step brings a long
     * case down before the byte-wise shrinker, whose cost grows with the length, takes over.
     */
    private static byte[] shortestPrefix(byte[] bytes, java.util.function.Predicate<byte[]> fails) {
        int low = 0;
        int high = bytes.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (fails.test(java.util.Arrays.copyOf(bytes, middle))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return java.util.Arrays.copyOf(bytes, high);
    }

    /**
     * The case from {@code bytes} on a connection in the case's start state: a finding of
     * {@code kind}, or null. A connection is reused while it stays usable (a login per attempt
     * would make shrinking slow); any trouble gets the next attempt a fresh one.
     */
    Finding replay(byte[] bytes, Finding.Kind kind) {
        Choices c = Choices.replay(bytes);
        try {
            FuzzSession s = session();
            Case draw = Case.draw(c, generator.quiet(), s.nextTag(), selected, full, options);
            WireCommand command = draw.command();
            if (kind == Finding.Kind.NOT_EQUIVALENT) {
                // Checked whatever the case's own roll says, so shrinking may zero that byte.
                return command.valid() && command.readOnly() ? Equivalence.check(command, workspace.traits(),
                        draw.splitRoll(), probe, new Equivalence.Counter()) : null;
            }
            Answer a = s.send(command);
            if (!a.usable() || !a.findings().isEmpty() || s.selected() != selected) {
                discard();
            }
            for (Finding f : a.findings()) {
                if (f.kind() == kind) {
                    return f;
                }
            }
            return null;
        } catch (IOException e) {
            discard();
            return null;
        }
    }

    private FuzzSession session() throws IOException {
        if (session == null || !session.wire().isOpen()) {
            discard();
            session = workspace.open("r", selected, false);
        } else if (selected) {
            session.select(workspace.mailbox, false);
        }
        return session;
    }

    /** Closes the replay connection; call when done with this reproduction. */
    void discard() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
