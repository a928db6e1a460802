package org.imapharness.cli;

import java.time.Duration;
import org.imapharness.core.config.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets options take {@code 20s}, {@code 5m}, {@code 500ms} (picocli then names the option in its error). */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse("duration", value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected a duration such as 500ms, 20s, 5m or 1m30s, found \"" + value + "\"");
        }
    }
}
