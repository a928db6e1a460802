package org.imapharness.scenarios.load;

import java.util.concurrent.CompletableFuture;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.client.ImapConnection;

/** One request on an open connection, resolved for a virtual user: a command, LOGIN, STARTTLS, … */
@FunctionalInterface
interface Operation {
    CompletableFuture<CommandResult> start(ImapConnection connection);
}
