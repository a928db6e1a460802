package org.imapharness.core.target;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.TlsMode;

/**
 * A server reached over the network: {@code imap://host[:143]} (STARTTLS before login unless
 * {@code ?tls=none}) or {@code imaps://host[:993]} (TLS from the first byte, RFC 8314).
 */
record RemoteTarget(String description, ImapClientConfig clientConfig, UserTemplate users) implements Target {

    RemoteTarget {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(clientConfig, "clientConfig");
        Objects.requireNonNull(users, "users");
    }

    static RemoteTarget parse(TargetOptions options) {
        String scheme = options.uri().substring(0, options.uri().indexOf(':'));
        if (options.uri().endsWith("://")) {
            throw new TargetException("target \"" + options.uri() + "\" names no host; write " + scheme
                    + "://host:port");
        }
        URI uri;
        try {
            uri = new URI(options.uri());
        } catch (URISyntaxException e) {
            throw new TargetException("target \"" + options.uri() + "\" is not a URI: " + e.getReason());
        }
        boolean implicit = "imaps".equalsIgnoreCase(uri.getScheme());
        if (uri.getHost() == null) {
            throw new TargetException("target \"" + options.uri() + "\" names no host; write "
                    + uri.getScheme() + "://host:port");
        }
        if (uri.getUserInfo() != null) {
            throw new TargetException("target \"" + uri.getScheme() + "://" + uri.getHost() + "...\" has "
                    + "credentials in it; pass them as user and password instead, so they stay out of reports");
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new TargetException("target \"" + options.uri() + "\" has a path; write " + uri.getScheme()
                    + "://host:port");
        }
        if (implicit && uri.getQuery() != null) {
            throw new TargetException("target \"" + options.uri() + "\": imaps:// takes no options (TLS is always on); "
                    + "the only option is ?tls=none, and only for imap://");
        }
        TlsMode mode = implicit ? TlsMode.IMPLICIT : startTls(uri, options.uri());
        int port = uri.getPort() >= 0 ? uri.getPort() : implicit ? 993 : 143;
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        if (options.users() == null) {
            throw new TargetException("target " + options.uri() + " needs a user and password (a user template "
                    + "such as user%d for several users)");
        }
        ImapClientConfig config = ImapClientConfig.plain(host, port).withTlsMode(mode).withTrust(options.trust());
        String description = uri.getScheme() + "://" + config.endpoint() + (mode == TlsMode.NONE ? "?tls=none" : "");
        return new RemoteTarget(description, config, options.users());
    }

    /** imap:// requires STARTTLS unless the query says {@code tls=none}; nothing else may be asked. */
    private static TlsMode startTls(URI uri, String text) {
        String query = uri.getQuery();
        if (query == null || query.isEmpty()) {
            return TlsMode.STARTTLS;
        }
        return switch (query) {
            case "tls=none" -> TlsMode.NONE;
            case "tls=starttls" -> TlsMode.STARTTLS;
            default -> throw new TargetException("target \"" + text + "\": the only option is ?tls=none "
                    + "(plaintext, no STARTTLS) or ?tls=starttls (the default); use imaps:// for implicit TLS");
        };
    }

    @Override
    public void close() {
        // Nothing is held: connections belong to their users.
    }
}
