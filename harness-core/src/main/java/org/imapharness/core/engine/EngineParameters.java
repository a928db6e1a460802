package org.imapharness.core.engine;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.imapharness.core.client.Trust;
import org.imapharness.core.target.UserTemplate;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The target settings every engine reads the same way (scenarios, security, sync, fuzz):
 * {@code imap.user} / {@code imap.user-template} with {@code imap.password}, and
 * {@code imap.insecure} / {@code imap.certificate}.
 */
public final class EngineParameters {
    private EngineParameters() {
    }

    /**
     * A configuration parameter, else the system property of that name (so {@code mvn verify
     * -Dimap.target=...} works without a properties file); a blank value counts as absent.
     */
    public static Function<String, Optional<String>> lookup(ConfigurationParameters parameters) {
        return key -> parameters.get(key).or(() -> Optional.ofNullable(System.getProperty(key)))
                .filter(v -> !v.isBlank());
    }

    /** The users: a template (user%d) or one user, with {@code imap.password}; null when neither is set. */
    public static UserTemplate users(Function<String, Optional<String>> p) {
        String password = p.apply("imap.password").orElse("");
        Optional<String> template = p.apply("imap.user-template");
        if (template.isPresent()) {
            return new UserTemplate(template.get(), password);
        }
        return p.apply("imap.user").map(u -> UserTemplate.single(u, password)).orElse(null);
    }

    /** Certificate checking: off, a PEM file to trust, or null for the JDK's default trust store. */
    public static Trust trust(Function<String, Optional<String>> p) {
        if (p.apply("imap.insecure").map(Boolean::parseBoolean).orElse(false)) {
            return Trust.insecure();
        }
        return p.apply("imap.certificate").map(Path::of).map(Trust::certificate).orElse(null);
    }
}
