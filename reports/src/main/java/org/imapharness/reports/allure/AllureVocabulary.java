package org.imapharness.reports.allure;

import io.qameta.allure.model.Status;
import org.imapharness.reports.model.Level;
import org.imapharness.reports.model.Outcome;

/** Our requirement levels and outcomes in Allure's words. */
final class AllureVocabulary {
    private AllureVocabulary() {
    }

    /** Allure's severity label values (blocker, critical, normal, minor, trivial). */
    static String severity(Level level) {
        return switch (level) {
            case MUST -> "critical";
            case SHOULD -> "normal";
            case MAY -> "minor";
            case NONE -> "trivial";
        };
    }

    /** ERRORED is Allure's "broken": the check could not run, which says nothing about the server. */
    static Status status(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> Status.PASSED;
            case FAILED -> Status.FAILED;
            case SKIPPED -> Status.SKIPPED;
            case ERRORED -> Status.BROKEN;
        };
    }
}
