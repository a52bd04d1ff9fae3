package io.evpair.api.problems;

import org.springframework.http.HttpStatus;

/** The closed set of problems the API reports, each with a stable type URI clients can switch on. */
public enum ProblemType {
    VALIDATION(HttpStatus.BAD_REQUEST, "validation", "Invalid request"),
    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Not allowed"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large"),
    UNPROCESSABLE(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", "Request cannot be processed"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal server error"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable");

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String uri() {
        return "urn:problem-type:evpair:" + slug;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status.value(), detail, null);
    }

    public Problem problem(String detail, java.util.List<Problem.Issue> issues) {
        return new Problem(uri(), title, status.value(), detail, issues);
    }
}
