package org.imapharness.scenarios.target;

import java.util.Locale;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.target.TargetException;
import org.imapharness.core.target.UserTemplate;

/**
 * A {@code container:IMAGE[:TAG][?tls=implicit|starttls|none]} target string: the image, and how
 * to reach the server in it (implicit TLS on 993 by default, RFC 8314; STARTTLS or plaintext on
 * 143), with the users to log in as.
 */
record ContainerOptions(String image, TlsMode tls, UserTemplate users) {
    static final int IMAP_PORT = 143;
    static final int IMAPS_PORT = 993;
    /**
     * The dovecot/dovecot 2.3 images ship a static passdb: any user name, password {@code pass}.
     * Other images have no known accounts, so they need {@code --user}/{@code --user-template}.
     */
    static final UserTemplate DOVECOT_USERS = new UserTemplate("user%d", "pass");

    private static final String SCHEME = "container:";

    static ContainerOptions parse(String uri, UserTemplate given) {
        String rest = uri.strip().substring(SCHEME.length());
        int query = rest.indexOf('?');
        String image = query < 0 ? rest : rest.substring(0, query);
        if (image.isBlank()) {
            throw problem(uri, "names no image; write container:IMAGE[:TAG]");
        }
        TlsMode tls = query < 0 ? TlsMode.IMPLICIT : tls(uri, rest.substring(query + 1));
        UserTemplate users = given != null ? given : defaultUsers(uri, image);
        return new ContainerOptions(image, tls, users);
    }

    int port() {
        return tls == TlsMode.IMPLICIT ? IMAPS_PORT : IMAP_PORT;
    }

    private static TlsMode tls(String uri, String query) {
        return switch (query.toLowerCase(Locale.ROOT)) {
            case "tls=implicit" -> TlsMode.IMPLICIT;
            case "tls=starttls" -> TlsMode.STARTTLS;
            case "tls=none" -> TlsMode.NONE;
            default -> throw problem(uri, "the only option is ?tls=implicit (port 993, the default), "
                    + "?tls=starttls or ?tls=none (port 143), found \"" + query + "\"");
        };
    }

    private static UserTemplate defaultUsers(String uri, String image) {
        if (image.toLowerCase(Locale.ROOT).contains("dovecot")) {
            return DOVECOT_USERS;
        }
        throw problem(uri, "no default users are known for this image; give --user or --user-template "
                + "with --password (imap.user / imap.user-template / imap.password)");
    }

    private static TargetException problem(String uri, String what) {
        return new TargetException("target \"" + uri + "\": " + what);
    }
}
