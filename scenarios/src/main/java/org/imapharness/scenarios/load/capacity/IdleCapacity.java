package org.imapharness.scenarios.load.capacity;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.ImapClient;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.ImapConnection;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * How many IDLE connections a server and our driver hold at once, and what each costs: opens
 * {@code N} connections (LOGIN, SELECT INBOX, IDLE) spread over {@code accounts} accounts, prints
 * the driver's heap per connection after a full GC, then appends one message to every account and
 * measures how long the EXISTS push takes to reach every idle connection (p50/p99/max).
 *
 * <p>{@code IdleCapacity host port connections accounts userPattern passwordPattern} — patterns
 * take the account number ({@code user%d}). Run by {@code bench/idle-capacity.sh}, which also
 * measures the server's side.
 */
public final class IdleCapacity {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Connections being set up at once: enough to ramp quickly, few enough not to trip accept queues. */
    private static final int IN_FLIGHT = 200;

    private IdleCapacity() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: IdleCapacity host port connections accounts userPattern passwordPattern");
            System.exit(64);
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        int accounts = Integer.parseInt(args[3]);
        ImapClientConfig config = ImapClientConfig.plain(host, port).withTranscriptLimitBytes(0)
                .withCommandTimeout(WAIT);
        long before = usedHeapAfterGc();
        long started = System.nanoTime();
        List<Idler> idlers = open(config, connections, accounts, args[4], args[5]);
        double rampSeconds = (System.nanoTime() - started) / 1e9;
        long after = usedHeapAfterGc();
        System.out.printf("idle connections held: %d of %d (ramp %.1f s, %.0f connections/s)%n", idlers.size(),
                connections, rampSeconds, idlers.size() / rampSeconds);
        System.out.printf("driver heap: %.1f MiB for %d connections = %.1f KiB per connection (max heap %d MiB)%n",
                (after - before) / 1048576.0, idlers.size(), (after - before) / 1024.0 / Math.max(1, idlers.size()),
                Runtime.getRuntime().maxMemory() / 1048576);
        pushFanOut(config, idlers, accounts, args[4], args[5]);
        for (Idler idler : idlers) {
            idler.connection.closeAsync();
        }
        System.exit(idlers.size() == connections ? 0 : 1);
    }

    /** One idle connection and the time its EXISTS push arrived. */
    private static final class Idler {
        final ImapConnection connection;
        final int account;
        volatile long pushedAt;

        Idler(ImapConnection connection, int account) {
            this.connection = connection;
            this.account = account;
        }
    }

    private static List<Idler> open(ImapClientConfig config, int connections, int accounts, String userPattern,
                                    String passwordPattern) throws InterruptedException {
        ConcurrentLinkedQueue<Idler> opened = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            int account = 1 + i % accounts;
            inFlight.acquire();
            ImapClient.connect(config)
                    .thenCompose(c -> c.login(String.format(userPattern, account), String.format(passwordPattern, account))
                            .thenCompose(r -> c.send(new Command.Select("INBOX", false, false, null)))
                            .thenCompose(r -> {
                                Idler idler = new Idler(c, account);
                                c.addUntaggedListener(u -> {
                                    if (u instanceof UntaggedResponse.Exists && idler.pushedAt == 0) {
                                        idler.pushedAt = System.nanoTime();
                                    }
                                });
                                return c.idle().thenApply(s -> idler);
                            }))
                    .whenComplete((idler, e) -> {
                        if (e != null) {
                            problems.add(String.valueOf(e.getCause() != null ? e.getCause() : e));
                        } else {
                            opened.add(idler);
                        }
                        inFlight.release();
                        done.countDown();
                    });
        }
        if (!done.await(WAIT.toSeconds() * 4, TimeUnit.SECONDS)) {
            System.out.println("setting up the connections did not finish in time");
        }
        if (!problems.isEmpty()) {
            System.out.printf("%d connections failed; first: %s%n", problems.size(), problems.peek());
        }
        return new ArrayList<>(opened);
    }

    /** Appends one message per account and reports how fast EXISTS reached every idle connection. */
    private static void pushFanOut(ImapClientConfig config, List<Idler> idlers, int accounts, String userPattern,
                                   String passwordPattern) {
        // Deliveries go out one account after another; each idler is timed from its own account's APPEND.
        long[] appendedAt = new long[accounts + 1];
        byte[] message = "Subject: push\r\n\r\nwake up\r\n".getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        for (int account = 1; account <= accounts; account++) {
            try (BlockingImapClient sender = BlockingImapClient.connect(config)) {
                sender.login(String.format(userPattern, account), String.format(passwordPattern, account)).requireOk();
                appendedAt[account] = System.nanoTime();
                sender.append("INBOX", message).requireOk();
                sender.logout();
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<Long> latencies = new ArrayList<>();
        while (idlers.stream().anyMatch(i -> i.pushedAt == 0) && System.nanoTime() < deadline) {
            sleep(10);
        }
        for (Idler idler : idlers) {
            if (idler.pushedAt != 0) {
                latencies.add((idler.pushedAt - appendedAt[idler.account]) / 1_000_000);
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("push fan-out: %d of %d idle connections got EXISTS; %d deliveries took %.1f s; "
                        + "latency p50 %d ms, p99 %d ms, max %d ms%n", sorted.length, idlers.size(), accounts,
                (System.nanoTime() - start) / 1e9, pct(sorted, 50), pct(sorted, 99),
                sorted.length == 0 ? -1 : sorted[sorted.length - 1]);
        System.out.println("latencies (ms) p90: " + pct(sorted, 90) + "; samples: "
                + Arrays.toString(Arrays.copyOf(sorted, Math.min(5, sorted.length))) + "...");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
