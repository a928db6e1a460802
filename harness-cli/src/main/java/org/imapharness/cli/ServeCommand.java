package org.imapharness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imapharness.server.ServeMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the bundled reference server in the foreground. The options mirror the
 * server's config keys (reference-server/CONFIG.md); {@link ServeMain} does the work, so the
 * server module's own entry point and this command cannot drift apart.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the bundled reference IMAP server until Ctrl-C.",
        footer = {"%nExamples:",
            "  imap-harness serve --user alice:secret",
            "  imap-harness serve --port 1143 --tls-port 1993 --store /var/tmp/imap --fault uid-reuse",
            "  imap-harness serve --config server.conf --set max-literal-size=10m"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (key = value); flags override it.")
    Path config;

    @Option(names = "--port", paramLabel = "N", description = "Plain + STARTTLS port (default 1143; 0 = any free).")
    Integer port;

    @Option(names = "--tls-port", paramLabel = "N|off", description = "Implicit-TLS port (default 1993).")
    String tlsPort;

    @Option(names = "--user", paramLabel = "NAME:PASSWORD", description = "A user (repeatable).")
    List<String> users = new ArrayList<>();

    @Option(names = "--users", paramLabel = "FILE", description = "Users file with hashed passwords (USERS.md).")
    Path usersFile;

    @Option(names = "--store", paramLabel = "DIR", description = "Durable store directory (in memory without it).")
    Path store;

    @Option(names = "--cert", paramLabel = "PEM", description = "Certificate chain (self-signed one generated without it).")
    Path cert;

    @Option(names = "--key", paramLabel = "PEM", description = "Private key for --cert.")
    Path key;

    @Option(names = "--allow-plaintext-auth", description = "Allow LOGIN / AUTHENTICATE before STARTTLS.")
    boolean allowPlaintextAuth;

    @Option(names = "--fault", paramLabel = "NAME", description = "Break one rule on purpose (repeatable; FAULTS.md).")
    List<String> faults = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any other config key, e.g. limits (repeatable).")
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        add(args, "config", config);
        add(args, "port", port);
        add(args, "tls-port", tlsPort);
        users.forEach(u -> add(args, "user", u));
        add(args, "users", usersFile);
        add(args, "store", store);
        add(args, "cert", cert);
        add(args, "key", key);
        if (allowPlaintextAuth) {
            add(args, "allow-plaintext-auth", "true");
        }
        faults.forEach(f -> add(args, "fault", f));
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                System.err.println("serve: --set needs KEY=VALUE, got '" + setting + "'");
                return 2;
            }
            add(args, setting.substring(0, eq), setting.substring(eq + 1));
        }
        ServeMain.main(args.toArray(String[]::new));
        return 0;
    }

    private static void add(List<String> args, String key, Object value) {
        if (value != null) {
            args.add("--" + key + "=" + value);
        }
    }
}
