package org.imapharness.scenarios.load;

import io.gatling.commons.validation.Failure;
import io.gatling.commons.validation.Success;
import io.gatling.commons.validation.Validation;
import io.gatling.core.session.Session;
import io.gatling.javaapi.core.internal.Expressions;
import java.util.Objects;
import java.util.function.Function;
import scala.Function1;

/**
 * A value worked out per virtual user when the action runs: a constant, a Gatling EL string such
 * as {@code "#{user}"} (so feeders can supply credentials and mailbox names), or a function of the
 * session. Resolving never throws for a missing attribute: it reports why, and the action turns
 * that into a KO naming the request.
 */
@FunctionalInterface
public interface SessionValue<T> {

    /** The value for this session, or {@link Resolution.Missing} saying what was not there. */
    Resolution<T> resolve(Session session);

    /** Either the value or the reason it could not be had. */
    sealed interface Resolution<T> {
        record Found<T>(T value) implements Resolution<T> {
        }

        record Missing<T>(String reason) implements Resolution<T> {
        }
    }

    static <T> SessionValue<T> constant(T value) {
        Objects.requireNonNull(value, "value");
        Resolution<T> found = new Resolution.Found<>(value);
        return s -> found;
    }

    /** A Gatling EL string ({@code "#{attribute}"}, {@code "INBOX"}); a text without EL is a constant. */
    static SessionValue<String> el(String expression) {
        Objects.requireNonNull(expression, "expression");
        if (!expression.contains("#{")) {
            return constant(expression);
        }
        Function1<Session, Validation<String>> compiled = Expressions.toStringExpression(expression);
        return s -> fromValidation(compiled.apply(s));
    }

    /** A function of the (Java API) session; an exception it throws becomes the KO's message. */
    static <T> SessionValue<T> of(Function<io.gatling.javaapi.core.Session, T> function) {
        Objects.requireNonNull(function, "function");
        return s -> {
            try {
                T value = function.apply(new io.gatling.javaapi.core.Session(s));
                return value == null ? new Resolution.Missing<>("the session function returned null")
                        : new Resolution.Found<>(value);
            } catch (RuntimeException e) {
                return new Resolution.Missing<>("the session function failed: " + e);
            }
        };
    }

    /** This value passed through {@code mapper}, which may throw to say the value is unusable. */
    default <R> SessionValue<R> map(Function<? super T, ? extends R> mapper) {
        return s -> {
            Resolution<T> r = resolve(s);
            if (r instanceof Resolution.Found<T> f) {
                return mapped(mapper, f.value());
            }
            return new Resolution.Missing<>(((Resolution.Missing<T>) r).reason());
        };
    }

    private static <T, R> Resolution<R> mapped(Function<? super T, ? extends R> mapper, T value) {
        try {
            return new Resolution.Found<>(mapper.apply(value));
        } catch (RuntimeException e) {
            return new Resolution.Missing<>(e.getMessage());
        }
    }

    private static <T> Resolution<T> fromValidation(Validation<T> v) {
        if (v instanceof Success<T> ok) {
            return new Resolution.Found<>(ok.value());
        }
        return new Resolution.Missing<>(((Failure) v).message());
    }
}
