package io.welt.complaints.rules.internal;

import java.util.Objects;

/**
 * One DRL file's text and the name it is reported under.
 *
 * @param name a file name such as "triage.drl"
 * @param text the DRL
 */
public record RuleSource(String name, String text) {
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
