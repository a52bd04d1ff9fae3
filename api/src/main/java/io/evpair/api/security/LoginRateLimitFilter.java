package io.evpair.api.security;

import io.evpair.api.problems.Problem;
import io.evpair.api.problems.ProblemType;
import io.evpair.engine.clients.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * First filter of the token endpoint's and the operator API's chains: refuses with 429 (and Retry-After) a
 * source that sends too many requests, or a source or user name with too many failed logins, before any
 * secret is hashed; counts the 401s that follow as failed logins.
 */
final class LoginRateLimitFilter extends OncePerRequestFilter {
    private final LoginThrottle throttle;
    private final JsonMapper json;
    private final String door;

    LoginRateLimitFilter(LoginThrottle throttle, JsonMapper json, String door) {
        this.throttle = throttle;
        this.json = json;
        this.door = door;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String source = request.getRemoteAddr();
        String principal = door + " " + userName(request).orElse("(none)");
        Optional<Duration> wait = throttle.request(source)
                .or(() -> throttle.blocked(source, principal));
        if (wait.isPresent()) {
            refuse(response, wait.get());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(source, principal);
        }
    }

    /** The user name of HTTP Basic, else a form's client_id (client_secret_post). */
    private static Optional<String> userName(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(request.getParameter("client_id"));
    }

    private void refuse(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = (wait.toMillis() + 999) / 1000;
        response.setStatus(ProblemType.TOO_MANY_REQUESTS.status().value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(Problem.MEDIA_TYPE);
        json.writeValue(response.getOutputStream(), ProblemType.TOO_MANY_REQUESTS.problem(
                "Too many login attempts; try again in " + seconds + " s"));
    }
}
