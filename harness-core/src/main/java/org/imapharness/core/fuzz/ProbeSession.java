package org.imapharness.core.fuzz;

import java.io.IOException;
import java.util.List;

/**
 * The connection the equivalence checks run on: the run's mailbox EXAMINEd (read-only, so
 * FETCH sets no flag, §6.3.2) again before every form, which also drops whatever updates other
 * connections caused meanwhile, so each form starts from the same state.
 */
final class ProbeSession implements Equivalence.Probe {
    private final Workspace workspace;
    private FuzzSession session;

    ProbeSession(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public FuzzSession prepared() throws IOException {
        if (session == null || !session.wire().isOpen()) {
            discard();
            session = workspace.open("p", true, true);
            return session;
        }
        try {
            session.setup("EXAMINE", List.of(new Part.Text("EXAMINE "), FuzzSession.string(workspace.mailbox)));
        } catch (IOException e) {
            discard();
            session = workspace.open("p", true, true);
        }
        return session;
    }

    @Override
    public void discard() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
