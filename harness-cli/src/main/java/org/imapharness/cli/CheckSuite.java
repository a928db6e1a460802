package org.imapharness.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestEngine;

/**
 * One suite of {@code imap-harness check}: the JUnit Platform engine that runs it, what to select,
 * the {@code suite-*} tags its tests carry, and the configuration parameters it takes from the
 * command's flags. {@link #ALL} is the whole list; adding a suite to {@code check} is one entry.
 *
 * @param name       what the summary calls it
 * @param engine     the engine id ({@code imap-scenarios}); the suite is not available without it
 * @param selectors  what the engine discovers
 * @param tags       {@code suite-*} tags that attribute a result to this suite; results with no
 *                   known suite tag go to the suite with an empty set (conformance)
 * @param timed      whether it runs for the {@code --duration} budget (sync, fuzz)
 * @param parameters this suite's configuration parameters, from the check's settings
 */
record CheckSuite(String name, String engine, List<DiscoverySelector> selectors, Set<String> tags, boolean timed,
                  Function<CheckSettings, Map<String, String>> parameters) {

    CheckSuite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(engine, "engine");
        selectors = List.copyOf(selectors);
        tags = Set.copyOf(tags);
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * The suites, in the order the summary lists them. Sync and fuzz get the time budget, device count and
     * seed; security gets {@code --harsh}; every suite gets the target parameters.
     */
    static final List<CheckSuite> ALL = List.of(
            new CheckSuite("conformance", "imap-scenarios", List.of(selectPackage("scenarios.rfc3501"),
                    selectPackage("scenarios.extensions")), Set.of(), false, s -> Map.of()),
            new CheckSuite("security", "imap-security", List.of(selectPackage("org.imapharness.scenarios.security")),
                    Set.of("suite-security"), false, s -> Map.of("imap.security.harsh", Boolean.toString(s.harsh()))),
            new CheckSuite("sync", "imap-sync", List.of(selectPackage("org.imapharness.scenarios.sync")),
                    Set.of("suite-sync"), true, s -> Map.of("imap.sync.duration", s.budgetText(),
                    "imap.sync.devices", Integer.toString(s.devices()), "imap.sync.seed", Long.toString(s.seed()))),
            new CheckSuite("fuzz", "imap-fuzz", List.of(selectPackage("org.imapharness.scenarios.fuzz")),
                    Set.of("suite-fuzz"), true, s -> Map.of("imap.fuzz.duration", s.budgetText(),
                    "imap.fuzz.seed", Long.toString(s.seed()),
                    "imap.fuzz.replay-dir", s.reports().resolve("replays").toString())));

    /** Whether a result with these tags belongs to this suite among {@code suites}. */
    boolean owns(Set<String> resultTags, List<CheckSuite> suites) {
        if (!tags.isEmpty()) {
            return resultTags.stream().anyMatch(tags::contains);
        }
        return suites.stream().flatMap(s -> s.tags().stream()).noneMatch(resultTags::contains);
    }

    /** Engine ids found on the class path (engines register through {@code ServiceLoader}). */
    static Set<String> enginesOnClasspath() {
        Set<String> ids = new HashSet<>();
        for (TestEngine engine : ServiceLoader.load(TestEngine.class, CheckSuite.class.getClassLoader())) {
            ids.add(engine.getId());
        }
        return ids;
    }

    /** A suite name given on the command line, or a usage problem listing the names. */
    static CheckSuite named(String name) {
        return ALL.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new UsageProblem("unknown suite \"" + name + "\"; the suites are "
                        + ALL.stream().map(CheckSuite::name).toList()));
    }
}
