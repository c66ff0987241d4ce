package org.cohortplanner.api.errors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request the service understood but cannot carry out as asked, such as a bad time limit or a running plan. */
public class RequestException extends ErrorResponseException {

    public RequestException(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    public static RequestException badRequest(String detail) {
        return new RequestException(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    public static RequestException conflict(String detail) {
        return new RequestException(HttpStatus.CONFLICT, "Conflict", detail);
    }

    /** At most 500 characters: a detail may quote what was sent, which may be huge. */
    static String shortened(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, shortened(detail));
        problem.setTitle(title);
        return problem;
    }
}
