package org.imapharness.core.target;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Opens the target a string names (DESIGN.md §4). */
public final class Targets {
    private Targets() {
    }

    public static Target open(TargetOptions options) {
        return open(options, Thread.currentThread().getContextClassLoader());
    }

    /**
     * {@code imap://} and {@code imaps://} are handled here; {@code embedded} and
     * {@code container:IMAGE} by the {@link TargetProvider} for that scheme found with
     * {@code loader}.
     */
    public static Target open(TargetOptions options, ClassLoader loader) {
        String uri = options.uri().strip();
        String lower = uri.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("imap://") || lower.startsWith("imaps://")) {
            return RemoteTarget.parse(new TargetOptions(uri, options.users(), options.trust()));
        }
        // embedded?fault=NAME[,NAME]: the provider reads its own options (the server's fault switches).
        if (lower.equals("embedded") || lower.startsWith("embedded:") || lower.startsWith("embedded?")) {
            return provider("embedded", loader, "the embedded reference server needs the module that provides it "
                    + "(a TargetProvider for \"embedded\") on the classpath").open(options);
        }
        if (lower.startsWith("container:")) {
            if (uri.length() == "container:".length()) {
                throw new TargetException("target \"container:\" names no image; write container:IMAGE[:TAG]");
            }
            return provider("container", loader, "container targets (container:IMAGE) need the module that provides them "
                    + "(a TargetProvider for \"container\", in scenarios) on the classpath").open(options);
        }
        throw new TargetException("unknown target \"" + uri + "\": expected embedded, imap://host:port "
                + "(STARTTLS; ?tls=none for plaintext), imaps://host:port or container:IMAGE");
    }

    private static TargetProvider provider(String scheme, ClassLoader loader, String missing) {
        List<TargetProvider> found = new ArrayList<>();
        for (TargetProvider p : ServiceLoader.load(TargetProvider.class, loader)) {
            if (p.scheme().equalsIgnoreCase(scheme)) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            throw new TargetException(missing);
        }
        if (found.size() > 1) {
            throw new TargetException("several TargetProviders for \"" + scheme + "\" on the classpath: "
                    + found.stream().map(p -> p.getClass().getName()).toList());
        }
        return found.get(0);
    }
}
