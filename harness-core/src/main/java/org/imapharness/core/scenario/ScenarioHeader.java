package org.imapharness.core.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything above a scenario's first {@code C:} / {@code S:} line.
 *
 * @param name        what the scenario shows, for reports
 * @param description optional longer explanation, {@code ""} when absent
 * @param references  the requirements checked ({@code rfc:} lines)
 * @param requires    capabilities the target must advertise, upper case, or the scenario is skipped
 * @param connections how each connection starts, numbered 1..n
 * @param mailboxes   variables naming fresh, empty mailboxes made for this run ({@code mailbox: $box})
 * @param appends     messages appended before the scenario starts
 * @param tags        free labels for filtering runs
 * @param tagging     who writes command tags
 * @param timeout     longest wait for each expected response, or {@code null} for the runner's default
 */
public record ScenarioHeader(String name, String description, List<RfcReference> references,
                             List<String> requires, List<ConnectionSpec> connections, List<String> mailboxes,
                             List<MessageFixture> appends, List<String> tags, Tagging tagging, Duration timeout) {

    public ScenarioHeader {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        references = List.copyOf(references);
        requires = List.copyOf(requires);
        connections = List.copyOf(connections);
        if (connections.isEmpty()) {
            throw new IllegalArgumentException("a scenario has at least one connection");
        }
        mailboxes = List.copyOf(mailboxes);
        appends = List.copyOf(appends);
        tags = List.copyOf(tags);
        Objects.requireNonNull(tagging, "tagging");
    }

    /** The spec of connection {@code number} (from 1). */
    public ConnectionSpec connection(int number) {
        return connections.get(number - 1);
    }

    /** The highest user number any connection logs in as. */
    public int usersNeeded() {
        return connections.stream().mapToInt(ConnectionSpec::user).max().orElse(1);
    }
}
