package org.imapharness.server.session;

import java.util.Objects;
import org.imapharness.protocol.codec.CommandParser;
import org.imapharness.server.auth.Authenticator;
import org.imapharness.server.config.Limits;
import org.imapharness.server.config.LiteralExtension;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.net.ConnectionLimits;
import org.imapharness.server.store.MailStore;

/**
 * What every session of one server shares: the store, the authenticator, limits, fault switches,
 * the command parser. Built once by {@code ImapServer}.
 *
 * @param allowPlaintextAuth LOGIN and AUTHENTICATE accepted on the plain port before STARTTLS
 * @param preauthUser        greet with PREAUTH as this user (RFC 3501 §7.1.4), or null for OK
 * @param literals           LITERAL+ or LITERAL- (RFC 7888): advertised, and enforced on {@code {n+}}
 */
public record SessionConfig(MailStore store, Authenticator authenticator, Limits limits, FaultSet faults,
        boolean allowPlaintextAuth, String preauthUser, LiteralExtension literals, ConnectionLimits connectionLimits,
        CommandParser parser) {

    public SessionConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(connectionLimits, "connectionLimits");
        Objects.requireNonNull(literals, "literals");
        Objects.requireNonNull(parser, "parser");
    }
}
