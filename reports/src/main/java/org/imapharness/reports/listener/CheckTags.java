package org.imapharness.reports.listener;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imapharness.reports.model.Level;
import org.imapharness.reports.model.RfcSection;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * What a check's tags say, by the conventions every engine follows: {@code rfc3501-6.4.5},
 * {@code MUST} / {@code SHOULD} / {@code MAY}, {@code suite-sync}, {@code cap-IDLE}.
 */
record CheckTags(List<String> all, List<RfcSection> rfc, Level level, String suite, List<String> capabilities) {
    /**
     * Scenario files shipped as {@code scenarios/<suite>/...}: their directory is the suite when no
     * tag says; for other files on disk, the directory they are in.
     */
    private static final Pattern SUITE_DIR = Pattern.compile("(?:^|/)scenarios/([^/]+)/");

    static CheckTags read(Set<String> tags, Optional<TestSource> source, String engineId) {
        List<String> all = List.copyOf(new LinkedHashSet<>(tags));
        List<RfcSection> rfc = all.stream().map(RfcSection::fromTag).flatMap(Optional::stream)
                .distinct().sorted().toList();
        List<String> caps = new ArrayList<>();
        String suite = null;
        for (String tag : all) {
            String lower = tag.toLowerCase(Locale.ROOT);
            if (lower.startsWith("cap-") && tag.length() > 4) {
                caps.add(tag.substring(4).toUpperCase(Locale.ROOT));
            } else if (lower.startsWith("suite-") && tag.length() > 6 && suite == null) {
                suite = tag.substring(6);
            }
        }
        if (suite == null) {
            suite = source.flatMap(CheckTags::suiteDirectory).orElse(engineId);
        }
        return new CheckTags(all, rfc, Level.strongestOf(all), suite, caps);
    }

    private static Optional<String> suiteDirectory(TestSource source) {
        String path;
        if (source instanceof ClasspathResourceSource c) {
            path = c.getClasspathResourceName();
        } else if (source instanceof FileSource f) {
            path = f.getFile().getAbsoluteFile().toPath().toString().replace('\\', '/');
        } else {
            return Optional.empty();
        }
        Matcher m = SUITE_DIR.matcher(path);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        if (found == null && source instanceof FileSource f && f.getFile().getAbsoluteFile().getParentFile() != null) {
            found = f.getFile().getAbsoluteFile().getParentFile().getName(); // a user's own directory of scenarios
        }
        return Optional.ofNullable(found);
    }
}
