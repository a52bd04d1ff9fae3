package io.evpair.api.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response. {@code issues} names each offending
 * field, so that a client can show the user what to correct.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "urn:problem-type:evpair:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "pageSize must be between 1 and 1000") String detail,
        List<Issue> issues) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Longest value a problem repeats from the request: a 50 MB id sent back twice once made a 100 MB answer. */
    public static final int MAX_ECHO = 200;
    /** The first issues only: 10 000 bad rows need not come back as 10 000 messages. */
    public static final int MAX_ISSUES = 100;

    public Problem {
        issues = issues == null || issues.isEmpty() ? null : List.copyOf(issues.subList(0, Math.min(issues.size(), MAX_ISSUES)));
        detail = detail == null || detail.length() <= 4 * MAX_ECHO ? detail : detail.substring(0, 4 * MAX_ECHO) + "…";
    }

    /** {@code value} as a problem may quote it: at most {@link #MAX_ECHO} characters, marked when cut. */
    public static String excerpt(String value) {
        return value == null || value.length() <= MAX_ECHO ? value
                : value.substring(0, MAX_ECHO) + "… (" + value.length() + " characters)";
    }

    /** One thing wrong with the request: where ({@code field}, a JSON path or parameter name) and why. */
    public record Issue(@Schema(example = "observations[3].observedAt") String field,
                        @Schema(example = "must not be null") String message) {
        public Issue {
            field = excerpt(field);
            message = message == null || message.length() <= 2 * MAX_ECHO ? message
                    : message.substring(0, 2 * MAX_ECHO) + "…";
        }
    }
}
