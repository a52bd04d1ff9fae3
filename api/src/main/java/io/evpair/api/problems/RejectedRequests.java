package io.evpair.api.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Spring Security's firewall refuses ({@code //}, {@code %2e}, encoded slashes, {@code ;}, bad header
 * characters) as a 400 problem+json that says why, instead of the servlet container's HTML page.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {
    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);
    private final JsonMapper json;

    RejectedRequests(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.debug("Firewall rejected {} {}: {}", request.getMethod(), Problem.excerpt(request.getRequestURI()), e.getMessage());
        Problem problem = new Problem(ProblemType.VALIDATION.uri(), "Request rejected", 400,
                Problem.excerpt(e.getMessage()) + " (the URL must be normalized: no '//', '.', '..', ';', '%', encoded "
                        + "'/' or '.', control characters)", null);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
