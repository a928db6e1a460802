package org.imapharness.scenarios.target;

import java.time.Duration;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.Trust;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetException;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.TargetProvider;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The {@code container:IMAGE} target (DESIGN.md §4): the image started with Testcontainers, ports
 * 143 and 993 exposed, stopped when the target is closed. Where no Docker engine runs the target
 * is {@linkplain TargetException#unavailable unavailable}: scenarios are skipped with the reason,
 * never failed.
 *
 * <p>The server's certificate is the image's own, which no trust store knows; unless a
 * certificate (or {@code --insecure}) is given, checking is off and the target says so.
 */
public final class ContainerTargetProvider implements TargetProvider {
    private static final Duration STARTUP = Duration.ofMinutes(2);

    @Override
    public String scheme() {
        return "container";
    }

    @Override
    public Target open(TargetOptions options) {
        ContainerOptions parsed = ContainerOptions.parse(options.uri(), options.users());
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw TargetException.unavailable("target \"" + options.uri() + "\" needs a Docker engine, and none "
                    + "is running here (Testcontainers found no Docker environment)");
        }
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(parsed.image()))
                .withExposedPorts(ContainerOptions.IMAP_PORT, ContainerOptions.IMAPS_PORT)
                .waitingFor(Wait.forListeningPorts(parsed.port()))
                .withStartupTimeout(STARTUP);
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new TargetException("target \"" + options.uri() + "\": the container did not start: "
                    + e.getMessage(), e);
        }
        boolean ownCertificate = options.trust() instanceof Trust.SystemDefault;
        Trust trust = ownCertificate ? Trust.insecure() : options.trust();
        ImapClientConfig config = ImapClientConfig.plain(container.getHost(), container.getMappedPort(parsed.port()))
                .withTlsMode(parsed.tls()).withTrust(trust);
        String description = options.uri() + " (" + config.endpoint()
                + (ownCertificate ? ", the image's own certificate, not checked" : "") + ")";
        return new ContainerTarget(description, config, parsed.users(), container);
    }
}
