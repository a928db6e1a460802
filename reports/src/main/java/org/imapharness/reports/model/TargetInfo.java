package org.imapharness.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * The server a run was pointed at.
 *
 * @param uri                 the target as configured ({@code embedded}, {@code imaps://host:993}, ...)
 * @param insecure            certificate checking was turned off, which the report must say
 * @param advertisedBeforeLogin the CAPABILITY list before authentication, if an engine published it
 * @param advertisedAfterLogin  the CAPABILITY list once logged in, if an engine published it
 * @param untested            advertised capabilities no executed check exercised, as an engine published them
 */
public record TargetInfo(String uri, boolean insecure, List<String> advertisedBeforeLogin,
                         List<String> advertisedAfterLogin, List<String> untested) {
    public TargetInfo {
        Objects.requireNonNull(uri, "uri");
        advertisedBeforeLogin = advertisedBeforeLogin == null ? List.of() : List.copyOf(advertisedBeforeLogin);
        advertisedAfterLogin = advertisedAfterLogin == null ? List.of() : List.copyOf(advertisedAfterLogin);
        untested = untested == null ? List.of() : List.copyOf(untested);
    }

    public static TargetInfo of(String uri, boolean insecure) {
        return new TargetInfo(uri, insecure, List.of(), List.of(), List.of());
    }
}
