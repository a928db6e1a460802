package org.imapharness.core.engine;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.imapharness.core.config.QuirkSelection;
import org.imapharness.core.scenario.run.RunOptions;
import org.imapharness.core.target.TargetOptions;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration, from JUnit configuration parameters with system properties as the
 * fallback (so {@code mvn verify -Dimap.target=imaps://host:993} works without a
 * {@code junit-platform.properties}):
 * <ul>
 *   <li>{@code imap.target}: {@code embedded} (default), {@code imap://host:port}, {@code imaps://host:port}</li>
 *   <li>{@code imap.user} / {@code imap.password}: one user; {@code imap.user-template}: e.g.
 *       {@code user%d}, with {@code imap.password} as the password pattern</li>
 *   <li>{@code imap.insecure=true}: no certificate checking; {@code imap.certificate}: a PEM file to trust</li>
 *   <li>{@code imap.scenarios.dirs}: directories (separated by {@code ,} or the path separator) whose
 *       {@code .imap} files are always discovered</li>
 *   <li>{@code imap.scenarios.root}: the classpath directory a classpath root contributes (default {@code scenarios})</li>
 *   <li>{@code imap.timeout}: the default wait per expected response, e.g. {@code 10s} or {@code 500ms}</li>
 *   <li>{@code imap.quirks}: known grammar deviations to tolerate and count instead of failing on
 *       ({@code none}, the default, {@code all}, or names; see {@link QuirkSelection})</li>
 * </ul>
 */
record EngineSettings(TargetOptions target, RunOptions run) {

    /**
     * What a run needs. Read at execution, not discovery, so that a mistake here (a missing
     * certificate file) fails the scenarios with its reason instead of hiding them from an IDE.
     *
     * @throws IllegalArgumentException (or another runtime exception) naming the bad setting
     */
    static EngineSettings from(ConfigurationParameters parameters) {
        Function<String, Optional<String>> p = EngineParameters.lookup(parameters);
        String uri = p.apply("imap.target").orElse("embedded");
        TargetOptions options = new TargetOptions(uri, EngineParameters.users(p), EngineParameters.trust(p));
        RunOptions run = p.apply("imap.timeout").map(EngineSettings::duration)
                .map(RunOptions.DEFAULTS::withResponseTimeout).orElse(RunOptions.DEFAULTS)
                .withTolerated(p.apply("imap.quirks").map(QuirkSelection::parse).orElse(java.util.Set.of()));
        return new EngineSettings(options, run);
    }

    /** The classpath directory whose scenarios a classpath root contributes. */
    static String root(ConfigurationParameters parameters) {
        return EngineParameters.lookup(parameters).apply("imap.scenarios.root").orElse("scenarios");
    }

    /** The directories of {@code imap.scenarios.dirs}, searched on every discovery. */
    static List<Path> extraDirs(ConfigurationParameters parameters) {
        List<Path> dirs = new ArrayList<>();
        EngineParameters.lookup(parameters).apply("imap.scenarios.dirs").ifPresent(v -> {
            for (String part : v.split("[," + File.pathSeparator + "]")) {
                if (!part.isBlank()) {
                    dirs.add(Path.of(part.strip()));
                }
            }
        });
        return dirs;
    }

    private static java.time.Duration duration(String text) {
        return org.imapharness.core.config.Durations.parse("imap.timeout", text);
    }
}
