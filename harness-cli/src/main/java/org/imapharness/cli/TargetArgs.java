package org.imapharness.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imapharness.core.client.Trust;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.UserTemplate;
import picocli.CommandLine.Option;

/**
 * The target flags every subcommand shares ({@code @Mixin}), so {@code --target}, the
 * credentials and certificate checking mean the same everywhere. They become the {@code imap.*}
 * configuration parameters of the JUnit Platform engines (see {@link #engineParameters()}), which
 * is what makes a CLI run and {@code mvn verify -Dimap.target=...} give the same results.
 */
final class TargetArgs {

    @Option(names = "--target", paramLabel = "URI", defaultValue = "embedded",
            description = "embedded (default: the bundled server in-process), imap://host:port (STARTTLS), "
                    + "imaps://host:port, or container:IMAGE.")
    String target;

    @Option(names = "--user", paramLabel = "USER", description = "User to log in as (default: the target's own test users).")
    String user;

    @Option(names = "--user-template", paramLabel = "TEMPLATE",
            description = "Users for multi-connection checks, e.g. user%%d (password from --password).")
    String userTemplate;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password (prefer --password-file).")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password.")
    Path passwordFile;

    @Option(names = "--insecure", description = "Do not check the server's certificate (the report says so).")
    boolean insecure;

    @Option(names = "--certificate", paramLabel = "PEM", description = "Trust this certificate (PEM file) for TLS.")
    Path certificate;

    /** The password from {@code --password} or {@code --password-file}; empty when neither is given. */
    String password() {
        if (password != null) {
            return password;
        }
        if (passwordFile == null) {
            return "";
        }
        try {
            return Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new UsageProblem("--password-file " + passwordFile + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    /** Who logs in; {@code null} lets an embedded or container target choose its own users. */
    UserTemplate users() {
        if (userTemplate != null) {
            return new UserTemplate(userTemplate, password());
        }
        return user == null ? null : UserTemplate.single(user, password());
    }

    Trust trust() {
        if (insecure) {
            return Trust.insecure();
        }
        return certificate == null ? null : Trust.certificate(certificate);
    }

    TargetOptions options() {
        return new TargetOptions(target, users(), trust());
    }

    /** The {@code imap.*} configuration parameters the scenario engines read. */
    Map<String, String> engineParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("imap.target", target);
        if (userTemplate != null) {
            p.put("imap.user-template", userTemplate);
        } else if (user != null) {
            p.put("imap.user", user);
        }
        if (userTemplate != null || user != null) {
            p.put("imap.password", password());
        }
        if (insecure) {
            p.put("imap.insecure", "true");
        }
        if (certificate != null) {
            p.put("imap.certificate", certificate.toString());
        }
        return p;
    }
}
