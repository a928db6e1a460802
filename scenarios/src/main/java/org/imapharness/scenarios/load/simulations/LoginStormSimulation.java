package org.imapharness.scenarios.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.imapharness.scenarios.load.Imap.imap;

import io.gatling.javaapi.core.Simulation;

/**
 * Login storm: every virtual user opens a fresh connection (TCP and a full TLS handshake on the
 * implicit-TLS port, no session resumption), logs in and logs out. Connections per second is the
 * user arrival rate ({@code load.rate}); TCP, TLS handshake, greeting, LOGIN and LOGOUT get
 * separate percentiles.
 */
public class LoginStormSimulation extends Simulation {
    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final LoadTarget target = LoadTarget.open(settings);

    {
        var storm = scenario("login storm").feed(target.feeder())
                .exec(imap("connect").connect())
                .exec(imap("login").login())
                .exec(imap("logout").logout());
        setUp(Workloads.inject(storm, settings)).protocols(target.protocol().reuseConnections(false));
    }

    @Override
    public void after() {
        target.close();
    }
}
