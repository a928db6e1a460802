package org.imapharness.core.engine;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imapharness.core.scenario.RfcReference;
import org.imapharness.core.scenario.Scenario;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One scenario file as a test. It holds either the parsed scenario or, when the file does not
 * follow the language, the parse error, which the engine reports as the test's failure, so a
 * broken file is never silently left out of a run.
 */
final class ScenarioDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "scenario";
    private static final Pattern RFC_LINE =
            Pattern.compile("\\s*rfc:\\s*(\\d+)\\s+(\\S+)\\s+(MUST|SHOULD|MAY)\\b.*");
    private static final Pattern REQUIRES_LINE = Pattern.compile("\\s*requires:(.*)");

    private final ScenarioLocation location;
    private final Scenario scenario;
    private final String problem;
    private final Set<TestTag> tags;

    private ScenarioDescriptor(UniqueId id, String displayName, TestSource source, ScenarioLocation location,
                               Scenario scenario, String problem, Set<TestTag> tags) {
        super(id, displayName, source);
        this.location = location;
        this.scenario = scenario;
        this.problem = problem;
        this.tags = tags;
    }

    static ScenarioDescriptor parsed(UniqueId parent, ScenarioLocation location, Scenario scenario) {
        return new ScenarioDescriptor(parent.append(SEGMENT, location.id()),
                location.fileName() + ": " + scenario.name(), location.source(0, 0), location, scenario, null,
                tags(scenario));
    }

    /**
     * A file that does not parse. {@code text} (may be empty) lends it the tags of the header
     * lines that still read, so a run filtered by {@code rfc3501-6.4.5} or {@code MUST} reports
     * the broken file instead of silently leaving it out.
     */
    static ScenarioDescriptor broken(UniqueId parent, ScenarioLocation location, String problem, int line, int column,
                                     String text) {
        return new ScenarioDescriptor(parent.append(SEGMENT, location.id()), location.fileName(),
                location.source(line, column), location, null, problem, headerTags(text));
    }

    /** The tags {@link #tags(Scenario)} would give, read leniently from the header lines alone. */
    static Set<TestTag> headerTags(String text) {
        Set<TestTag> tags = new LinkedHashSet<>();
        text.lines().forEach(line -> {
            Matcher rfc = RFC_LINE.matcher(line);
            Matcher requires = REQUIRES_LINE.matcher(line);
            if (rfc.matches()) {
                add(tags, "rfc" + rfc.group(1) + "-" + rfc.group(2));
                add(tags, rfc.group(3));
            } else if (requires.matches()) {
                for (String capability : requires.group(1).trim().split("\\s+")) {
                    if (!capability.isEmpty()) {
                        add(tags, "cap-" + capability.toUpperCase(Locale.ROOT));
                    }
                }
            }
        });
        return tags;
    }

    /**
     * Tags for {@code --include-tag} / {@code -Dgroups}: {@code rfc3501-6.4.5} per reference, the
     * levels ({@code MUST}, {@code SHOULD}, {@code MAY}), {@code cap-IDLE} per required capability,
     * and the header's own {@code tags:} where they are valid JUnit tags.
     */
    static Set<TestTag> tags(Scenario scenario) {
        Set<TestTag> tags = new LinkedHashSet<>();
        for (RfcReference ref : scenario.references()) {
            add(tags, "rfc" + ref.rfc() + "-" + ref.section());
            add(tags, ref.level().name());
        }
        for (String capability : scenario.header().requires()) {
            add(tags, "cap-" + capability.toUpperCase(Locale.ROOT));
        }
        scenario.header().tags().forEach(t -> add(tags, t));
        return tags;
    }

    private static void add(Set<TestTag> tags, String name) {
        if (TestTag.isValid(name)) {
            tags.add(TestTag.create(name));
        }
    }

    ScenarioLocation location() {
        return location;
    }

    /** The parsed scenario, or empty when the file did not parse. */
    Optional<Scenario> scenario() {
        return Optional.ofNullable(scenario);
    }

    /** The parse error ({@code file:line:col: expected ..., found ...}), or {@code null}. */
    String problem() {
        return problem;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public String getLegacyReportingName() {
        return location.fileName();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
