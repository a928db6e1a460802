package org.imapharness.scenarios.fuzz;

import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * The network fuzz run as one test, tagged {@code suite-fuzz}, {@code rfc3501-9} (every response
 * must keep to the formal syntax) and MUST: any rule of {@code Finding.Kind} broken fails it.
 */
final class FuzzDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "fuzz";
    static final String ID = "network";

    FuzzDescriptor(UniqueId parent) {
        super(parent.append(SEGMENT, ID), "network fuzz: every generated command answered within §9",
                ClassSource.from(ImapFuzzEngine.class));
    }

    @Override
    public Set<TestTag> getTags() {
        return Set.of(TestTag.create("suite-fuzz"), TestTag.create("rfc3501-9"), TestTag.create("rfc3501-7.5"),
                TestTag.create("MUST"));
    }

    @Override
    public String getLegacyReportingName() {
        return "network-fuzz";
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
