package org.imapharness.scenarios.security;

import java.io.IOException;

/**
 * One security check: it drives the target over raw sockets (it needs byte and timing control the
 * scenario language does not give) and judges what it saw. A check never throws for what the
 * server does; an {@link IOException} means the harness could not run it (no connection) and is
 * reported as an error, not as a verdict on the server.
 */
public interface SecurityCheck {

    CheckInfo info();

    Verdict run(SecurityProbe probe) throws IOException;
}
