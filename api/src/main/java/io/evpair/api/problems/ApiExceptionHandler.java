package io.evpair.api.problems;

import io.evpair.engine.clients.ClientIdTakenException;
import io.evpair.engine.ingest.ProcessingTimeoutException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Turns every failure a request can meet into a problem+json response, and never leaks a stack trace. */
@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType(Problem.MEDIA_TYPE);

    public static ResponseEntity<Problem> respond(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Problem> apiProblem(ApiProblemException e) {
        return respond(e.problem());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof RequestBodyLimit.BodyTooLargeException tooLarge) {
                return respond(RequestBodyLimit.tooLarge(tooLarge.maxBytes()).problem());
            }
        }
        Throwable cause = e.getMostSpecificCause();
        DatabindException databind = firstDatabindCause(e);
        if (databind != null && !databind.getPath().isEmpty()) {
            String field = JsonPaths.of(databind.getPath());
            String message = JsonPaths.reason(databind);
            return respond(ProblemType.VALIDATION.problem(field + ": " + message, List.of(new Problem.Issue(field, message))));
        }
        if (cause instanceof JacksonException json) {
            return respond(ProblemType.MALFORMED_BODY.problem("The body is not valid JSON: " + json.getOriginalMessage()));
        }
        return respond(ProblemType.MALFORMED_BODY.problem("The request body is missing or unreadable"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Problem> invalidBody(MethodArgumentNotValidException e) {
        List<Problem.Issue> issues = e.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::issue)
                .toList();
        return respond(ProblemType.VALIDATION.problem(summary(issues), issues));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Problem> invalidParameters(HandlerMethodValidationException e) {
        List<Problem.Issue> issues = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new Problem.Issue(
                        error instanceof FieldError fe ? fe.getField() : result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage())))
                .toList();
        return respond(ProblemType.VALIDATION.problem(summary(issues), issues));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Problem> constraintViolation(ConstraintViolationException e) {
        List<Problem.Issue> issues = e.getConstraintViolations().stream()
                .map(v -> new Problem.Issue(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return respond(ProblemType.VALIDATION.problem(summary(issues), issues));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Problem> missingParameter(MissingServletRequestParameterException e) {
        return respond(ApiProblemException.invalid(e.getParameterName(), "is required").problem());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return respond(ApiProblemException.invalid(e.getName(), "must be a valid " + expected).problem());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        var response = respond(ProblemType.METHOD_NOT_ALLOWED.problem(
                e.getMethod() + " is not supported here; use " + e.getSupportedHttpMethods()));
        return ResponseEntity.status(response.getStatusCode()).headers(h -> {
            h.setContentType(PROBLEM_JSON);
            if (e.getSupportedHttpMethods() != null) {
                h.setAllow(e.getSupportedHttpMethods());
            }
        }).body(response.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(
                "Content-Type " + e.getContentType() + " is not supported; send application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Problem> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(ProblemType.NOT_ACCEPTABLE.problem("This resource is available as application/json only"));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Problem> noSuchPath(Exception e) {
        return respond(ProblemType.NOT_FOUND.problem("No such resource"));
    }

    /** The firewall checks parameters when they are first read, which is here, inside MVC. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Problem> rejected(RequestRejectedException e) {
        return respond(ProblemType.VALIDATION.problem(Problem.excerpt(e.getMessage())));
    }

    @ExceptionHandler(ClientIdTakenException.class)
    ResponseEntity<Problem> clientIdTaken(ClientIdTakenException e) {
        return respond(ProblemType.CONFLICT.problem(e.getMessage(), List.of(new Problem.Issue("clientId", "is already taken"))));
    }

    /** Kept durably and processed later; a retry is safe because observations are de-duplicated. */
    @ExceptionHandler(ProcessingTimeoutException.class)
    ResponseEntity<Problem> notProcessedInTime(ProcessingTimeoutException e) {
        log.warn("Answering 503: {}", e.getMessage());
        return respond(ProblemType.UNAVAILABLE.problem("Accepted but not yet processed; retrying is safe"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e) {
        log.error("Unhandled error while serving a request", e);
        return respond(ProblemType.INTERNAL.problem("Something went wrong on our side; it has been logged"));
    }

    /** The binding error nearest the top: it knows the JSON path, where the root cause (a parse error) does not. */
    private static DatabindException firstDatabindCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DatabindException databind) {
                return databind;
            }
        }
        return null;
    }

    private static Problem.Issue issue(FieldError error) {
        return new Problem.Issue(error.getField(), error.getDefaultMessage());
    }

    private static String summary(List<Problem.Issue> issues) {
        return issues.stream().map(i -> i.field() + ": " + i.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid");
    }
}
