package org.imapharness.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.imapharness.server.config.ConfigException;
import org.imapharness.server.config.ConfigFile;
import org.imapharness.server.config.ConfigKey;
import org.imapharness.server.config.ServerConfig;
import org.imapharness.server.config.ServerConfigBuilder;

/**
 * {@code serve}: runs the reference server until SIGTERM or Ctrl-C. Flags are the config keys
 * ({@code CONFIG.md}) as {@code --KEY VALUE} or {@code --KEY=VALUE}, applied after
 * {@code --config FILE}; {@code --user} and {@code --fault} repeat. Prints the ports and the
 * certificate to trust, then {@code ready}. Exit status 2 for bad flags or config.
 */
public final class ServeMain {
    /** Keys that may be given without a value, meaning {@code true}. */
    private static final Set<String> SWITCHES = Set.of("allow-plaintext-auth", "auth.allow-plain-passwords");

    /** Netty's JFR events; see {@link #main}. */
    private static final String NETTY_JFR = "io.netty.jfr.enabled";

    private ServeMain() {
    }

    public static void main(String[] args) {
        // Netty's JFR events load about a hundred jdk.jfr classes at start (a fifth of a second of
        // CPU here) and are only seen inside a flight recording: off unless asked for with
        // -Dio.netty.jfr.enabled=true. This process is ours; ImapServer.start leaves embedders alone.
        if (System.getProperty(NETTY_JFR) == null) {
            System.setProperty(NETTY_JFR, "false");
        }
        ServerConfig config;
        try {
            config = parse(args);
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            System.err.println("usage: serve [--config FILE] [--port N] [--tls-port N|off] [--user NAME:PASSWORD]... "
                    + "[--users FILE] [--store DIR] [--cert PEM --key PEM] [--fault NAME]... [--KEY VALUE]...");
            System.exit(2);
            return;
        }
        if (config == null) {
            usage(System.out);
            return;
        }
        RunningServer server = ImapServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "imap-shutdown"));
        PrintStream out = System.out;
        String host = server.address().getHostAddress();
        out.println("plain+STARTTLS " + host + ":" + server.plainPort());
        if (server.tlsPort() > 0) {
            out.println("implicit TLS   " + host + ":" + server.tlsPort());
        }
        out.println("certificate    " + certificateFile(config, server));
        out.println("ready");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Builds the config from {@code --config FILE} and then the other flags in order; null for
     * {@code --help}.
     */
    static ServerConfig parse(String[] args) {
        ServerConfigBuilder builder = ServerConfig.builder();
        List<String[]> flags = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; flags look like --port 1143");
            }
            String key = arg.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (SWITCHES.contains(key) && (i + 1 == args.length || args[i + 1].startsWith("--"))) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
            flags.add(new String[] {key, value});
        }
        for (String[] flag : flags) {
            if (flag[0].equals("config")) {
                ConfigFile.apply(Path.of(flag[1]), builder);
            }
        }
        for (String[] flag : flags) {
            if (!flag[0].equals("config")) {
                builder.set(flag[0], flag[1]);
            }
        }
        return builder.build();
    }

    /** The configured certificate, or the generated CA written to a temporary file. */
    private static Path certificateFile(ServerConfig config, RunningServer server) {
        if (config.certFile() != null) {
            return config.certFile().toAbsolutePath();
        }
        try {
            Path file = Files.createTempFile("imap-harness-ca-", ".pem");
            Files.writeString(file, server.certificatePem());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the certificate file: " + e.getMessage(), e);
        }
    }

    private static void usage(PrintStream out) {
        out.println("serve: run the reference IMAP server until SIGTERM or Ctrl-C");
        out.println("  --config FILE            key = value file (see CONFIG.md); flags override it");
        for (ConfigKey key : ConfigKey.values()) {
            out.println("  --" + key.key() + (key.repeatable() ? " (repeatable)" : ""));
        }
    }
}
