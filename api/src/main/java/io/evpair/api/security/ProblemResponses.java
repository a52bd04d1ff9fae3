package io.evpair.api.security;

import io.evpair.api.problems.Problem;
import io.evpair.api.problems.ProblemType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes 401 and 403 as problem+json from inside the security filters, where the MVC exception
 * handlers cannot reach.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final JsonMapper json;
    private final String challenge;

    ProblemResponses(JsonMapper json, String challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    @Override
    public void commence(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(response, ProblemType.UNAUTHORIZED.problem(detail(e)));
    }

    @Override
    public void handle(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException e) throws IOException {
        write(response, ProblemType.FORBIDDEN.problem("This credential may not use this resource"));
    }

    private static String detail(AuthenticationException e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? "Send a valid access token: Authorization: Bearer <token> from POST /oauth2/token"
                : "Authentication failed: " + message;
    }

    private void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
