package org.imapharness.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.imapharness.core.config.Durations;
import org.imapharness.core.target.Credentials;
import org.imapharness.core.target.UserTemplate;
import org.imapharness.scenarios.load.runner.LoadRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code load}: runs a built-in Gatling simulation against the target and writes Gatling's HTML
 * report plus our summary (requests/s and p50/p95/p99/max per request type, generator verdict)
 * under {@code --out}. The flags become the {@code load.*} properties the simulations read
 * ({@link org.imapharness.scenarios.load.simulations.LoadSettings}); the run happens in a child
 * JVM because Gatling needs {@code --add-opens} flags and leaves threads behind that only an exit
 * ends.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Runs a Gatling load simulation (login storm, mixed profile, bulk fetch, IDLE fan-out).",
        footer = {"%nExamples:",
            "  imap-harness load --simulation mixed --users 20 --model closed --duration 30s",
            "  imap-harness load --simulation login-storm --rate 200 --duration 20s",
            "  imap-harness load --target imaps://mail.example.test:993 --user-template load%d --password-file pw \\",
            "      --accounts 50 --simulation mixed --mix desktop:60,phone:40 --out load-report",
            "%nThe summary marks a run INVALID when the load generator itself saturated (CPU or event-loop lag):",
            "its numbers then describe this machine, not the server."})
final class LoadCommand implements Callable<Integer> {
    /** The built-in simulations by their command-line names. */
    static final Map<String, String> SIMULATIONS = Map.of(
            "login-storm", "org.imapharness.scenarios.load.simulations.LoginStormSimulation",
            "mixed", "org.imapharness.scenarios.load.simulations.MixedProfileSimulation",
            "bulk-fetch", "org.imapharness.scenarios.load.simulations.BulkFetchSimulation",
            "idle-fanout", "org.imapharness.scenarios.load.simulations.IdleFanOutSimulation");

    @Mixin
    TargetArgs target;

    @Mixin
    OutArgs out;

    @Option(names = "--simulation", defaultValue = "mixed", paramLabel = "NAME",
            description = "login-storm, mixed (default), bulk-fetch or idle-fanout.")
    String simulation;

    @Option(names = "--model", defaultValue = "open", paramLabel = "MODEL",
            description = "open (--rate users arrive per second; default) or closed (--users at once).")
    String model;

    @Option(names = "--rate", defaultValue = "10", paramLabel = "N", description = "Open model: users arriving per second.")
    double rate;

    @Option(names = "--users", defaultValue = "10", paramLabel = "N", description = "Closed model: concurrent users.")
    int users;

    @Option(names = "--duration", defaultValue = "10s", converter = DurationConverter.class, paramLabel = "TIME",
            description = "Injection time, e.g. 30s or 2m (default ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--accounts", paramLabel = "N",
            description = "Accounts to spread the users over (embedded: created; external: from --user-template).")
    Integer accounts;

    @Option(names = "--tls", paramLabel = "MODE",
            description = "implicit, starttls or plain; default from --target (imaps: implicit, imap: starttls).")
    String tls;

    @Option(names = "--tls-resumption",
            description = "Let connections resume earlier TLS sessions, as mail clients do. Off: every TLS handshake"
                    + " is a full one (the cost to size a server for; servers that resume nothing pay it anyway).")
    boolean tlsResumption;

    @Option(names = "--mix", paramLabel = "PROFILE",
            description = "Mixed profile shares, e.g. desktop:50,phone:30,webmail:20.")
    String mix;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Any simulation setting, e.g. --set load.fetch.size=2000000 (see docs).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--heap", defaultValue = "1g", paramLabel = "SIZE", description = "Heap of the load JVM (default ${DEFAULT-VALUE}).")
    String heap;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String simulationClass = SIMULATIONS.get(simulation.toLowerCase(Locale.ROOT));
        if (simulationClass == null) {
            throw new UsageProblem("--simulation " + simulation + ": expected one of " + String.join(", ", SIMULATIONS.keySet()));
        }
        Path dir = out.directory();
        List<String> command = LoadRunner.forkCommand(simulationClass, dir, properties(dir), heap);
        System.out.println("load: " + simulation + " against " + target.target + " for " + Durations.format(duration)
                + "; Gatling report under " + dir.toAbsolutePath());
        Process child = new ProcessBuilder(command).inheritIO().start();
        // The injection time bounds the run; warm-up, seeding and the report get a generous margin.
        long limit = duration.toSeconds() + 300;
        if (!child.waitFor(limit, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            System.err.println("load: the run did not end within " + limit + " s and was stopped");
            return 1;
        }
        if (child.exitValue() == 3) {
            // LoadSummary's verdict: the generator saturated, so the figures describe this machine.
            System.err.println("load: the run is INVALID (the load generator saturated); see the summary above");
        }
        return child.exitValue() == 0 ? 0 : 1;
    }

    /** The {@code load.*} properties for the child JVM. */
    Map<String, String> properties(Path dir) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        String mode = tls;
        if (target.target.equalsIgnoreCase("embedded")) {
            p.put("load.target", "embedded");
        } else {
            URI uri = targetUri();
            p.put("load.target", uri.getHost() + ":" + uri.getPort());
            if (mode == null) {
                mode = uri.getScheme().equalsIgnoreCase("imaps") ? "implicit"
                        : "tls=none".equalsIgnoreCase(uri.getQuery()) ? "plain" : "starttls";
            }
            p.put("load.credentials", credentials(dir).toString());
        }
        if (mode != null) {
            p.put("load.tls", mode);
        }
        if (target.insecure) {
            p.put("load.trust", "insecure");
        } else if (target.certificate != null) {
            p.put("load.trust", target.certificate.toAbsolutePath().toString());
        }
        if (accounts != null) {
            p.put("load.accounts", Integer.toString(accounts));
        }
        p.put("load.model", model);
        p.put("load.rate", Double.toString(rate));
        p.put("load.users", Integer.toString(users));
        p.put("load.duration", Durations.format(duration));
        if (mix != null) {
            p.put("load.mix", mix);
        }
        if (tlsResumption) {
            p.put("load.tls-resumption", "true");
        }
        settings.forEach((k, v) -> p.put(k.startsWith("load.") ? k : "load." + k, v));
        return p;
    }

    private URI targetUri() {
        try {
            URI uri = URI.create(target.target);
            if (uri.getHost() == null || uri.getPort() < 0
                    || !(uri.getScheme().equalsIgnoreCase("imap") || uri.getScheme().equalsIgnoreCase("imaps"))) {
                throw new IllegalArgumentException("no host and port");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("--target " + target.target + ": load runs against embedded, imap://host:port "
                    + "or imaps://host:port (" + e.getMessage() + ")");
        }
    }

    /** External targets: the accounts as the CSV file the simulations read ({@code user,password}). */
    private Path credentials(Path dir) throws IOException {
        if (target.userTemplate == null && target.user == null) {
            throw new UsageProblem("--target " + target.target + ": say who logs in with --user or --user-template "
                    + "(and --password or --password-file)");
        }
        List<String> lines = new ArrayList<>(List.of("user,password"));
        UserTemplate template = target.users();
        int n = target.userTemplate == null ? 1 : accounts == null ? 20 : accounts;
        for (int i = 1; i <= n; i++) {
            Credentials account = template.user(i);
            if (account.user().contains(",") || account.password().contains(",")) {
                throw new UsageProblem("load: user names and passwords with a comma cannot go into the accounts file");
            }
            lines.add(account.user() + "," + account.password());
        }
        Path file = dir.resolve("load-accounts.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
