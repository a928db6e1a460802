package org.imapharness.scenarios.security;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/** One security check as a test, tagged {@code suite-security}, with its RFC tags, level and family. */
final class CheckDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "check";

    private final SecurityCheck check;
    private final Set<TestTag> tags = new LinkedHashSet<>();

    CheckDescriptor(UniqueId parent, SecurityCheck check) {
        super(parent.append(SEGMENT, check.info().id()), check.info().id() + ": " + check.info().title(),
                ClassSource.from(check.getClass()));
        this.check = check;
        CheckInfo info = check.info();
        add("suite-security");
        info.tags().forEach(this::add);
        add(info.level().name());
        add("security-" + info.family());
        if (info.harsh()) {
            add("harsh");
        }
    }

    private void add(String tag) {
        if (TestTag.isValid(tag)) {
            tags.add(TestTag.create(tag));
        }
    }

    SecurityCheck check() {
        return check;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public String getLegacyReportingName() {
        return check.info().id();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
