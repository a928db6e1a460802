package org.imapharness.core.target;

import java.util.Objects;
import org.imapharness.core.client.Trust;

/**
 * What the user asked for: the target string, who logs in, and which certificates to trust.
 *
 * @param uri   {@code embedded}, {@code imap://host:port} (STARTTLS required unless
 *              {@code ?tls=none}), {@code imaps://host:port} or {@code container:IMAGE}
 * @param users the user template; {@code null} lets an embedded or container target choose
 * @param trust certificate checking for TLS; {@code null} means the system trust store
 */
public record TargetOptions(String uri, UserTemplate users, Trust trust) {
    public TargetOptions {
        Objects.requireNonNull(uri, "uri");
        trust = trust == null ? Trust.system() : trust;
    }

    public static TargetOptions of(String uri, UserTemplate users) {
        return new TargetOptions(uri, users, null);
    }

    public TargetOptions withTrust(Trust value) {
        return new TargetOptions(uri, users, value);
    }
}
