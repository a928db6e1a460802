package org.imapharness.scenarios.target;

import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.UserTemplate;

/**
 * A handle on the embedded server. Closing it does not stop the server: it is shared by every
 * run in the JVM and stopped at exit.
 */
record EmbeddedTarget(String description, ImapClientConfig clientConfig, UserTemplate users) implements Target {

    @Override
    public void close() {
        // The server outlives its handles; see EmbeddedTargetProvider.
    }
}
