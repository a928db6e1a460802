package org.imapharness.scenarios.target;

import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.UserTemplate;
import org.testcontainers.containers.GenericContainer;

/** A server in a container started for this target; closing the target stops the container. */
record ContainerTarget(String description, ImapClientConfig clientConfig, UserTemplate users,
                       GenericContainer<?> container) implements Target {

    @Override
    public void close() {
        container.stop();
    }
}
