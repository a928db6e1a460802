package org.imapharness.core.fuzz;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.imapharness.core.gen.Choices;
import org.imapharness.core.target.Target;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Fuzzes any IMAP server over the network (DESIGN.md §8): sends generated valid-but-unusual and
 * near-valid commands on a logged-in connection, holds every answer to the rules in
 * {@link Finding.Kind}, checks equivalent forms of read-only commands, and shrinks each failure
 * to a small case with a replayable scenario. Each case draws from its own seed
 * ({@link Case#seed}), so one case replays without the run that found it.
 */
public final class NetworkFuzzer {
    private static final int TIDY_EVERY = 2000;

    private final Target target;
    private final FuzzOptions options;
    private final Consumer<String> log;
    private final RuleCoverage rules = new RuleCoverage();
    private final Map<String, Long> answers = new TreeMap<>();
    private final List<FuzzFailure> failures = new ArrayList<>();
    private final Equivalence.Counter forms = new Equivalence.Counter();
    private Workspace workspace;
    private CommandGenerator generator;
    private ProbeSession probe;
    private long commands;
    private long nearValid;
    private long equivalenceChecks;
    private long reconnects;
    private long exists;

    public NetworkFuzzer(Target target, FuzzOptions options, Consumer<String> log) {
        this.target = target;
        this.options = options;
        this.log = log;
    }

    /** Runs until the time or command budget is spent, or {@code maxFailures} failures; IOException if setup fails. */
    public FuzzReport run() throws IOException {
        long start = System.nanoTime();
        long deadline = start + options.duration().toNanos();
        workspace = Workspace.prepare(target, options.timeout(), options.seed());
        generator = new CommandGenerator(workspace.traits(), rules);
        probe = new ProbeSession(workspace);
        FuzzSession main = workspace.open("f", true, false);
        try {
            for (long n = 0; (options.maxCommands() == 0 || n < options.maxCommands()) && System.nanoTime() < deadline; n++) {
                if (n > 0 && n % TIDY_EVERY == 0) {
                    tidy();
                }
                if (n > 0 && n % 50_000 == 0) {
                    log.accept(String.format("%d commands, %.0f/s, %d failures, run's mailbox recreated %d times", n,
                            n * 1e9 / (System.nanoTime() - start), failures.size(), workspace.recreated));
                }
                boolean selected = main.selected();
                boolean full = exists > 40;
                Choices c = Choices.random(Case.seed(options.seed(), n), 1 << 16);
                Case draw = Case.draw(c, generator, main.nextTag(), selected, full, options);
                WireCommand command = draw.command();
                Answer a = main.send(command);
                count(command, a);
                Finding finding = a.findings().isEmpty() ? null : a.findings().get(0);
                if (finding == null && draw.equivalence()) {
                    equivalenceChecks++;
                    finding = Equivalence.check(command, workspace.traits(), draw.splitRoll(), probe, forms);
                }
                if (finding != null) {
                    boolean down = failed(n, c.recorded(), finding, selected, full);
                    if (down || failures.size() >= options.maxFailures()) {
                        break;
                    }
                }
                if (finding != null || !a.usable()) {
                    main.close();
                    reconnects++;
                    main = workspace.open("f", true, false);
                }
            }
        } finally {
            main.close();
            probe.discard();
            try {
                workspace.cleanUp();
            } catch (IOException e) {
                log.accept("could not clean up the run's mailboxes: " + e.getMessage());
            }
        }
        return new FuzzReport(target.description(), options.seed(), commands, nearValid, equivalenceChecks,
                forms.variants, reconnects, Duration.ofNanos(System.nanoTime() - start), answers, rules, failures);
    }

    /** Housekeeping on a connection of its own; a server that refuses it is left for the run to catch. */
    private void tidy() {
        try {
            workspace.tidy();
        } catch (IOException e) {
            log.accept("could not tidy the run's mailboxes: " + e.getMessage());
        }
    }

    private void count(WireCommand command, Answer a) {
        commands++;
        if (!command.valid()) {
            nearValid++;
        }
        String key = a.completion() != null ? a.completion().status().name() : a.bye() ? "BYE" : a.closed() ? "closed"
                : "none";
        answers.merge(key, 1L, Long::sum);
        for (Response r : a.untagged()) {
            if (r instanceof UntaggedResponse.Exists e) {
                exists = e.count();
            }
        }
    }

    /** Records, shrinks and saves a failure; true when the server stopped taking connections. */
    private boolean failed(long n, byte[] choices, Finding finding, boolean selected, boolean full) {
        log.accept("case " + n + ": " + finding.describe());
        boolean down = false;
        try {
            workspace.open("c", false, false).close();
        } catch (IOException e) {
            down = true;
            finding = new Finding(Finding.Kind.SERVER_DOWN, "after " + finding.describe() + ": " + e.getMessage(),
                    finding.command(), finding.variant());
        }
        Reproduction r = new Reproduction(workspace, generator, options, probe, selected, full);
        FuzzFailure f = r.shrink(n, choices, finding, down);
        for (FuzzFailure known : failures) {
            if (known.finding().kind() == f.finding().kind() && sameCommand(known.shrunk(), f.shrunk())) {
                log.accept("case " + n + " shrinks to the same command as case " + known.caseNumber());
                return down;
            }
        }
        failures.add(f);
        log.accept(f.describe());
        return down;
    }

    private static boolean sameCommand(WireCommand a, WireCommand b) {
        return java.util.Arrays.equals(a.withTag("x").bytes(), b.withTag("x").bytes());
    }
}
