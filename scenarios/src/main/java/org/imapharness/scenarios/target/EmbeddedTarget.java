package org.imapharness.scenarios.target;

import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.UserTemplate;
import org.imapharness.server.RunningServer;

/**
 * A handle on an embedded server. The fault-free server is shared by every run in the JVM and
 * outlives its handles; a server with faults belongs to this handle alone ({@code owned}) and
 * stops when it is closed, so a detection run never leaves a broken server behind for the next.
 */
record EmbeddedTarget(String description, ImapClientConfig clientConfig, UserTemplate users, RunningServer owned)
        implements Target {

    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }
}
