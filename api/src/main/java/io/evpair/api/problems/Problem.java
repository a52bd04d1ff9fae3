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

    public Problem {
        issues = issues == null || issues.isEmpty() ? null : List.copyOf(issues);
    }

    /** One thing wrong with the request: where ({@code field}, a JSON path or parameter name) and why. */
    public record Issue(@Schema(example = "observations[3].observedAt") String field,
                        @Schema(example = "must not be null") String message) {
    }
}
