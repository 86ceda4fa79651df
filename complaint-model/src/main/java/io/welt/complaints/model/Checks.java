package io.welt.complaints.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Argument checks whose messages name the field, shared by the model's constructors. */
final class Checks {
    private Checks() {
    }

    static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value.strip();
    }

    /** Blank becomes null; anything else is stripped. */
    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, field);
    }

    static <T> List<T> list(List<T> values, String field) {
        Objects.requireNonNull(values, field);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "]");
            }
        }
        return List.copyOf(values);
    }

    static void check(boolean condition, String field, String message) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": " + message);
        }
    }

    /** The message is made only when the check fails: printing instants and amounts costs more than checking them. */
    static void check(boolean condition, String field, Supplier<String> message) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": " + message.get());
        }
    }
}
