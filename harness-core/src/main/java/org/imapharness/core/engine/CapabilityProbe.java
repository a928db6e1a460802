package org.imapharness.core.engine;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.target.Credentials;
import org.imapharness.core.target.Target;
import org.imapharness.protocol.response.StatusCondition;

/**
 * Asks a target for its capabilities the way a client meets them: before TLS (STARTTLS targets),
 * before login and after login, since servers announce more once authenticated (RFC 3501 §6.2.3,
 * §7.2.1). Its own connection, its own timeouts; never throws.
 */
final class CapabilityProbe {

    /** What the target advertised, or why it could not be learnt ({@code problem} non-null). */
    record Advertised(Set<String> preLogin, Set<String> postLogin, String problem) {
        Set<String> all() {
            Set<String> all = new TreeSet<>(preLogin);
            all.addAll(postLogin);
            return all;
        }
    }

    private CapabilityProbe() {
    }

    static Advertised probe(Target target, Duration timeout) {
        ImapClientConfig config = target.clientConfig().withCommandTimeout(timeout);
        Set<String> pre = new TreeSet<>();
        Set<String> post = new TreeSet<>();
        try (BlockingImapClient client = BlockingImapClient.connect(config)) {
            pre.addAll(capabilities(client));
            if (target.requiresStartTls()) {
                client.startTls();
                pre.addAll(capabilities(client));
            }
            if (client.greeting().status() != StatusCondition.PREAUTH) {
                Credentials user = target.user(1);
                // RFC 3501 §6.2.3: LOGINDISABLED forbids LOGIN; the scenarios' opener falls back the same way.
                if (client.connection().hasCapability("LOGINDISABLED")) {
                    client.authenticatePlain(user.user(), user.password());
                } else {
                    client.login(user.user(), user.password());
                }
            }
            post.addAll(capabilities(client));
            client.logout();
            return new Advertised(pre, post, null);
        } catch (RuntimeException e) {
            return new Advertised(pre, post, String.valueOf(e.getMessage()));
        }
    }

    private static Set<String> capabilities(BlockingImapClient client) {
        client.capability();
        return client.connection().capabilities();
    }
}
