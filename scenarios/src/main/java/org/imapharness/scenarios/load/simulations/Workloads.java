package org.imapharness.scenarios.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;

/**
 * The two workload models (Gatling's injection profiles): open, where users arrive at
 * {@code load.rate} per second whatever the server's speed, so a slow server builds a queue as
 * in production; closed, where {@code load.users} users are always active and a new one starts
 * when one ends, so throughput is what the server sustains at that concurrency.
 */
final class Workloads {

    private Workloads() {
    }

    static PopulationBuilder inject(ScenarioBuilder scenario, LoadSettings s) {
        if (s.closedModel()) {
            return scenario.injectClosed(constantConcurrentUsers(s.users()).during(s.duration()));
        }
        return scenario.injectOpen(constantUsersPerSec(s.rate()).during(s.duration()));
    }
}
