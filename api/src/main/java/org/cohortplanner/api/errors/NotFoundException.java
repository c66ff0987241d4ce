package org.cohortplanner.api.errors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A problem or plan id that is not stored: 404. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String kind, String id) {
        super(HttpStatus.NOT_FOUND, detail(kind, id), null);
    }

    private static ProblemDetail detail(String kind, String id) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + kind + " with id " + RequestException.shortened(id));
        detail.setTitle(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " not found");
        return detail;
    }
}
