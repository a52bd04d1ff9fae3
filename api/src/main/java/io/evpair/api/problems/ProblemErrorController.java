package io.evpair.api.problems;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container's error dispatch renders (a {@code sendError} from a filter, an exception no handler
 * caught): problem+json, not an HTML page. Asked for directly, {@code /error} is just a path that does not exist
 * (Boot's own controller answered 500 there).
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {
    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Problem> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status)) {
            return ApiExceptionHandler.respond(ProblemType.NOT_FOUND.problem("No such resource"));
        }
        HttpStatus known = HttpStatus.resolve(status);
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_BODY;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.VALIDATION;
        };
        String reason = known == null ? "HTTP " + status : known.getReasonPhrase();
        Problem problem = new Problem(type.uri(), type == ProblemType.MALFORMED_BODY ? "Bad request" : reason,
                status, "The request could not be served: " + reason, null);
        return ApiExceptionHandler.respond(problem);
    }
}
