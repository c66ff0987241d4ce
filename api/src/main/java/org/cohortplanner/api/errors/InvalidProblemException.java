package org.cohortplanner.api.errors;

import java.util.List;

import org.cohortplanner.api.problems.Issue;
import org.cohortplanner.problems.validation.ValidationReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An uploaded problem (or other input, such as disruptions) with errors: 400 carrying every error (and warning) with
 * file, line, field and reason.
 */
public class InvalidProblemException extends ErrorResponseException {

    public InvalidProblemException(ValidationReport report) {
        this("problem", report);
    }

    /** @param input what was sent, such as "disruptions" */
    public InvalidProblemException(String input, ValidationReport report) {
        super(HttpStatus.BAD_REQUEST, detail(input, report), null);
    }

    private static ProblemDetail detail(String input, ValidationReport report) {
        List<Issue> errors = Issue.of(report.errors());
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the " + input
                        + "; nothing was stored");
        detail.setTitle("Invalid " + input);
        detail.setProperty("errors", errors);
        detail.setProperty("warnings", Issue.of(report.warnings()));
        return detail;
    }
}
