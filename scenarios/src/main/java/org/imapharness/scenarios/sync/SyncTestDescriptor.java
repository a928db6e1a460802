package org.imapharness.scenarios.sync;

import java.util.LinkedHashSet;
import java.util.Set;
import org.imapharness.core.sync.Rule;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One test of the sync suite, tagged {@code suite-sync}, with the RFC sections and levels it checks. */
final class SyncTestDescriptor extends AbstractTestDescriptor {

    enum Kind {
        CONSISTENCY("consistency", "devices on one account stay consistent"),
        HEADER_SYNC("header-first-sync", "header-first initial sync: bytes against a full sync");

        final String id;
        final String title;

        Kind(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    final Kind kind;

    SyncTestDescriptor(UniqueId engineId, Kind kind) {
        super(engineId.append("sync", kind.id), kind.title);
        this.kind = kind;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>();
        tags.add(TestTag.create("suite-sync"));
        if (kind == Kind.CONSISTENCY) {
            for (Rule rule : Rule.values()) {
                rule.tags().forEach(t -> tags.add(TestTag.create(t.replace(' ', '-'))));
            }
        } else {
            tags.add(TestTag.create("MAY"));
        }
        return tags;
    }
}
