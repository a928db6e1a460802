package org.imapharness.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.client.IdleSession;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.ImapClientException;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.UntaggedResponse;

/** The demo's steps: each is timed and printed as one line with its status. */
final class DemoTour {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MESSAGE = String.join("\r\n",
            "From: Alice <alice@example.org>", "To: Bob <bob@example.net>", "Subject: Hello from imap-harness",
            "Date: Tue, 3 Mar 2026 10:15:00 +0100", "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=b1", "", "--b1", "Content-Type: text/plain", "",
            "Hello.", "--b1", "Content-Type: text/html", "", "<p>Hello.</p>", "--b1--", "");

    private final ImapClientConfig config;
    private final String user;
    private final String password;
    private final List<String> failures = new ArrayList<>();
    private BlockingImapClient client;

    DemoTour(ImapClientConfig config, String user, String password) {
        this.config = config.withCommandTimeout(WAIT);
        this.user = user;
        this.password = password;
    }

    /** Runs every step; true when all succeeded. */
    boolean run(PrintStream out) {
        client = BlockingImapClient.connect(config);
        String box = "demo-" + UUID.randomUUID().toString().substring(0, 6);
        step(out, "greeting", () -> client.greeting().status() + " over " + client.connection().tlsSession().getProtocol());
        step(out, "LOGIN", () -> status(client.login(user, password)));
        step(out, "CAPABILITY", () -> String.join(" ", client.capability()
                .single(UntaggedResponse.Capability.class).capabilities()));
        step(out, "CREATE " + box, () -> status(client.create(box)));
        step(out, "APPEND (multipart)", () -> status(client.append(box, MESSAGE.getBytes(StandardCharsets.US_ASCII))));
        step(out, "SELECT " + box, () -> client.select(box).single(UntaggedResponse.Exists.class).count() + " EXISTS");
        step(out, "FETCH ENVELOPE BODYSTRUCTURE", () -> {
            UntaggedResponse.Fetch f = client.fetch(SequenceSet.of(1), FetchAttribute.Simple.ENVELOPE,
                    FetchAttribute.Simple.BODYSTRUCTURE).single(UntaggedResponse.Fetch.class);
            return f.attributes().size() + " items";
        });
        step(out, "STORE +FLAGS (\\Flagged)", () -> status(client.store(SequenceSet.of(1), StoreMode.ADD, Flags.FLAGGED)));
        step(out, "SEARCH FLAGGED", () -> "matches " + client.search(SearchKey.Flag.FLAGGED)
                .single(UntaggedResponse.Search.class).numbers());
        step(out, "IDLE, woken by an APPEND", () -> idleWokenByAppend(box));
        step(out, "LOGOUT", () -> status(client.logout()));
        long problems = client.connection().problemCounts().values().stream().mapToLong(Long::longValue).sum();
        long quirks = client.connection().quirkCounts().values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "%nparse problems: %d, quirks: %d, failed steps: %d%n", problems, quirks, failures.size());
        return failures.isEmpty() && problems == 0;
    }

    String transcript() {
        return client.connection().transcript().render();
    }

    private String idleWokenByAppend(String box) throws Exception {
        IdleSession idle = client.connection().idle().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        CompletableFuture<UntaggedResponse.Exists> pushed = new CompletableFuture<>();
        client.connection().addUntaggedListener(r -> {
            if (r instanceof UntaggedResponse.Exists e) {
                pushed.complete(e);
            }
        });
        long start = System.nanoTime();
        try (BlockingImapClient second = BlockingImapClient.connect(config)) {
            second.login(user, password);
            second.append(box, MESSAGE.getBytes(StandardCharsets.US_ASCII));
            UntaggedResponse.Exists exists = pushed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            long micros = (System.nanoTime() - start) / 1000;
            idle.done().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            second.logout();
            return exists.count() + " EXISTS pushed " + micros / 1000.0 + " ms after the second login began";
        }
    }

    private static String status(CommandResult result) {
        return result.status().name();
    }

    private void step(PrintStream out, String name, Step step) {
        long start = System.nanoTime();
        String outcome;
        boolean ok = true;
        try {
            outcome = step.call();
        } catch (ImapClientException e) {
            ok = false;
            outcome = e.getMessage();
        } catch (Exception e) {
            ok = false;
            outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (!ok) {
            failures.add(name);
        }
        out.printf(Locale.ROOT, "%-4s %-32s %7.1f ms  %s%n", ok ? "ok" : "FAIL", name,
                (System.nanoTime() - start) / 1e6, outcome);
    }

    /** A step that may throw anything; failures are reported, not propagated. */
    @FunctionalInterface
    private interface Step {
        String call() throws Exception;
    }
}
