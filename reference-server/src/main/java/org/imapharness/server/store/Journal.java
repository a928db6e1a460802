package org.imapharness.server.store;

import java.io.IOException;
import java.util.List;

/**
 * Where committed mutations go before they are applied. {@link #commit} returns only once the
 * record is durable (or, for {@link #NONE}, at once): the store applies a change, and so lets any
 * session see it, only after this returns.
 */
interface Journal extends AutoCloseable {

    /** The in-memory store: nothing is written. */
    Journal NONE = new Journal() {
        @Override
        public void commit(String account, List<Mutation> mutations) {
        }

        @Override
        public void close() {
        }
    };

    void commit(String account, List<Mutation> mutations) throws IOException;

    @Override
    void close() throws IOException;
}
