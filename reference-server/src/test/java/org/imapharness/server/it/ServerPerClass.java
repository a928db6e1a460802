package org.imapharness.server.it;

import java.util.function.UnaryOperator;
import org.imapharness.server.RunningServer;
import org.imapharness.server.config.ServerConfigBuilder;
import org.imapharness.server.store.MailStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestServers} server for all tests of a class, started before the first and closed
 * after the last: {@code @RegisterExtension static final ServerPerClass SERVER = new ServerPerClass();}.
 */
public final class ServerPerClass implements BeforeAllCallback, AfterAllCallback {
    private final UnaryOperator<ServerConfigBuilder> tweak;
    private RunningServer server;

    public ServerPerClass() {
        this(UnaryOperator.identity());
    }

    /** With the test defaults adjusted by {@code tweak} (limits, faults, store). */
    public ServerPerClass(UnaryOperator<ServerConfigBuilder> tweak) {
        this.tweak = tweak;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestServers.start(tweak);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    public RunningServer get() {
        if (server == null) {
            throw new IllegalStateException("the server starts before the class's first test");
        }
        return server;
    }

    public int plainPort() {
        return get().plainPort();
    }

    public int tlsPort() {
        return get().tlsPort();
    }

    public String certificatePem() {
        return get().certificatePem();
    }

    public MailStore store() {
        return get().store();
    }
}
