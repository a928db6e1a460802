package org.imapharness.scenarios.netfuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.imapharness.core.fuzz.FuzzOptions;
import org.imapharness.core.fuzz.FuzzReport;
import org.imapharness.core.fuzz.NetworkFuzzer;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.junit.jupiter.api.Test;

/** A bounded network fuzz run against the reference server finds nothing and reaches most of the grammar. */
class EmbeddedNetworkFuzzIT {

    @Test
    void referenceServerAnswersEveryGeneratedCommand() throws Exception {
        try (Target target = Targets.open(TargetOptions.of("embedded", null))) {
            FuzzReport report = new NetworkFuzzer(target, FuzzOptions.defaults(20261126L)
                    .withDuration(Duration.ofSeconds(20)).withMaxCommands(3000), System.out::println).run();
            System.out.println(report.summary());
            assertTrue(report.passed(), report::summary);
            assertTrue(report.commands() >= 1000, report::summary);
            assertTrue(report.nearValid() > 0 && report.equivalenceChecks() > 0, report::summary);
            assertEquals(0, report.rules().missing().size(), () -> "rules never reached: " + report.rules().missing());
        }
    }
}
