package org.cohortplanner.api.errors;

import java.net.URI;
import java.util.UUID;

import org.cohortplanner.api.FatalErrors;
import org.cohortplanner.problems.BoundedInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail: the service's own exceptions are {@code ErrorResponse}s, Spring MVC's
 * (missing parameter, wrong media type, unknown path...) are handled by the base class, anything else is a 500
 * that carries a reference and nothing of the failure itself (no SQL, class names or paths); the log has the
 * failure under the same reference.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final int MAX_INSTANCE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        FatalErrors.haltOnOutOfMemory(e);
        BoundedInput.TooLargeException tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Request failed, reference {}", reference, e);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service failed; the log has the details under reference " + reference);
        detail.setTitle("Internal error");
        detail.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(detail);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BoundedInput.TooLargeException tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    /** The path a problem detail names as its instance is shortened too: it may carry a huge id. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail detail && detail.getInstance() == null
                && request instanceof ServletWebRequest servlet) {
            String path = servlet.getRequest().getRequestURI();
            detail.setInstance(URI.create(shortenedPath(path)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** At most {@code MAX_INSTANCE} characters, never ending inside a %-escape. */
    private static String shortenedPath(String path) {
        if (path.length() <= MAX_INSTANCE) {
            return path;
        }
        String cut = path.substring(0, MAX_INSTANCE);
        int escape = cut.lastIndexOf('%');
        return escape >= MAX_INSTANCE - 2 ? cut.substring(0, escape) : cut;
    }

    private static ProblemDetail tooLarge(BoundedInput.TooLargeException e) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        detail.setTitle("Request too large");
        return detail;
    }

    private static BoundedInput.TooLargeException tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedInput.TooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
