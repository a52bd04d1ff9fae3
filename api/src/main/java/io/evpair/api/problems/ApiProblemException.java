package io.evpair.api.problems;

import java.util.List;

/** Thrown by controllers to answer with a problem document; carries everything the response needs. */
public class ApiProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.Issue> issues;

    public ApiProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiProblemException(ProblemType type, String detail, List<Problem.Issue> issues) {
        super(detail);
        this.type = type;
        this.issues = List.copyOf(issues);
    }

    public static ApiProblemException notFound(String what, Object id) {
        return new ApiProblemException(ProblemType.NOT_FOUND, what + " '" + Problem.excerpt(String.valueOf(id)) + "' not found");
    }

    public static ApiProblemException invalid(String field, String message) {
        return new ApiProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.Issue(field, message)));
    }

    public Problem problem() {
        return type.problem(getMessage(), issues);
    }

    public ProblemType type() {
        return type;
    }
}
