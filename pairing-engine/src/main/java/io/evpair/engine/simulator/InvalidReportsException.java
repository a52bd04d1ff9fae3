package io.evpair.engine.simulator;

import java.util.List;

/** Rows of a simulator batch that cannot be applied; nothing of the batch was. */
public class InvalidReportsException extends RuntimeException {
    private final List<RowIssue> issues;

    public InvalidReportsException(List<RowIssue> issues) {
        super(issues.size() + " invalid observation(s); first: row " + issues.get(0).row() + " "
                + issues.get(0).field() + " " + issues.get(0).message());
        this.issues = List.copyOf(issues);
    }

    public List<RowIssue> issues() {
        return issues;
    }

    /** What is wrong with which field of which row (0-based, as sent). */
    public record RowIssue(int row, String field, String message) {
    }
}
