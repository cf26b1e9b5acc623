package org.akhbar.domain;

import java.util.Objects;

/**
 * How one unit of batch work (a page, a document) ended. Every unit ends in exactly one
 * outcome, and failures and skips carry their reason, so nothing disappears in silence.
 */
public record Outcome(Kind kind, String reason) {

    /** The four ways a unit of work can end. */
    public enum Kind { STORED, UNCHANGED, SKIPPED, FAILED }

    public Outcome {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.SKIPPED || kind == Kind.FAILED) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(kind + " needs a reason");
        }
    }

    public static Outcome stored() { return new Outcome(Kind.STORED, null); }

    public static Outcome unchanged() { return new Outcome(Kind.UNCHANGED, null); }

    public static Outcome skipped(String reason) { return new Outcome(Kind.SKIPPED, reason); }

    public static Outcome failed(String reason) { return new Outcome(Kind.FAILED, reason); }
}
