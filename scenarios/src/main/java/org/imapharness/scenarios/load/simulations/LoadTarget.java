package org.imapharness.scenarios.load.simulations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.client.Trust;
import org.imapharness.scenarios.load.Imap;
import org.imapharness.scenarios.load.ImapProtocolBuilder;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfig;

/**
 * The server under load: a {@code host:port} given in the settings, or the bundled reference
 * server started in this JVM with the accounts the simulation needs (its connection limits raised
 * so that the load, not a limit, decides). Gives the protocol, the accounts as a feeder, and
 * seeding of mailboxes over IMAP before the load starts.
 */
public final class LoadTarget implements AutoCloseable {
    /** An account as the feeder hands it to a virtual user. */
    public record Account(String user, String password) {
    }

    private final LoadSettings settings;
    private final RunningServer server;
    private final String host;
    private final int port;
    private final List<Account> accounts;

    private LoadTarget(LoadSettings settings, RunningServer server, String host, int port, List<Account> accounts) {
        this.settings = settings;
        this.server = server;
        this.host = host;
        this.port = port;
        this.accounts = List.copyOf(accounts);
    }

    public static LoadTarget open(LoadSettings settings) {
        List<Account> accounts = settings.credentials() != null ? readCsv(settings.credentials())
                : numberedAccounts(settings.accounts());
        if (!settings.embedded()) {
            int colon = settings.target().lastIndexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("load.target must be host:port or embedded, was "
                        + settings.target());
            }
            return new LoadTarget(settings, null, settings.target().substring(0, colon),
                    Integer.parseInt(settings.target().substring(colon + 1)), accounts);
        }
        // The login cache as a tuned production server would run it (Dovecot's auth_cache), so a
        // simulation that logs in thousands of times measures the server, not Argon2id.
        var builder = ServerConfig.builder().port(0).tlsPort(0).allowPlaintextAuth(true)
                .set("max-connections-per-user", "100000").set("max-connections-per-address", "100000")
                .set("auth.cache-entries", "10000");
        accounts.forEach(a -> builder.addUser(new InlineUser(a.user(), a.password())));
        RunningServer server = ImapServer.start(builder.build());
        int port = settings.tls().equals("implicit") ? server.tlsPort() : server.plainPort();
        return new LoadTarget(settings, server, "127.0.0.1", port, accounts);
    }

    public List<Account> accounts() {
        return accounts;
    }

    /** The protocol for this target with the settings' TLS mode and trust. */
    public ImapProtocolBuilder protocol() {
        ImapProtocolBuilder p = Imap.imap().server(host, port).tlsResumption(settings.tlsResumption());
        p = switch (settings.tls()) {
            case "plain" -> p.plain();
            case "starttls" -> p.startTls();
            default -> p.implicitTls();
        };
        if ("insecure".equals(settings.trust())) {
            return p.insecureTrust();
        }
        if (settings.trust() != null) {
            return p.trustCertificate(Path.of(settings.trust()));
        }
        return server != null ? p.trustCertificatePem(server.certificatePem()) : p;
    }

    /** Accounts in turn, forever, as {@code user} / {@code password} session attributes. */
    public Iterator<Map<String, Object>> feeder() {
        AtomicLong next = new AtomicLong();
        return Stream.generate(() -> {
            Account a = accounts.get((int) (next.getAndIncrement() % accounts.size()));
            return Map.<String, Object>of("user", a.user(), "password", a.password());
        }).iterator();
    }

    /** A blocking connection logged in as {@code account}, for seeding and inspection before the load. */
    public BlockingImapClient login(Account account) {
        ImapClientConfig config = ImapClientConfig.plain(host, port)
                .withTlsMode(settings.tls().equals("implicit") ? TlsMode.IMPLICIT : TlsMode.NONE)
                .withTrust(server != null ? Trust.insecure() : trustForSeeding());
        BlockingImapClient client = BlockingImapClient.connect(config);
        client.login(account.user(), account.password()).requireOk();
        return client;
    }

    private Trust trustForSeeding() {
        if (settings.trust() == null) {
            return Trust.system();
        }
        return "insecure".equals(settings.trust()) ? Trust.insecure() : Trust.certificate(Path.of(settings.trust()));
    }

    /** Makes sure each account's {@code mailbox} holds at least {@code count} messages from {@code make}. */
    public void seed(String mailbox, int count, java.util.function.IntFunction<byte[]> make) {
        if (!settings.seed()) {
            return;
        }
        for (Account a : accounts) {
            try (BlockingImapClient c = login(a)) {
                long have = c.select(mailbox).requireOk()
                        .untagged(org.imapharness.protocol.response.UntaggedResponse.Exists.class).stream()
                        .mapToLong(e -> e.count()).max().orElse(0);
                for (long i = have; i < count; i++) {
                    c.append(mailbox, make.apply((int) i)).requireOk();
                }
                c.logout();
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    private static List<Account> numberedAccounts(int n) {
        List<Account> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            out.add(new Account("user" + i, "pass-" + i));
        }
        return out;
    }

    private static List<Account> readCsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read load.credentials " + file + ": " + e.getMessage(), e);
        }
        List<Account> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || (i == 0 && line.equalsIgnoreCase("user,password"))) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 1) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected user,password");
            }
            out.add(new Account(line.substring(0, comma), line.substring(comma + 1)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no user,password line");
        }
        return out;
    }
}
