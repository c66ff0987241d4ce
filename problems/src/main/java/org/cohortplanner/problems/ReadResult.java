package org.cohortplanner.problems;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.validation.ProblemValidationException;
import org.cohortplanner.problems.validation.ValidationReport;

/**
 * A read problem and everything wrong with it.
 *
 * @param problem null when the files could not be read into a problem; the report says why
 */
public record ReadResult(TrainingProblem problem, ValidationReport report) {

    public boolean isValid() {
        return problem != null && report.isValid();
    }

    /** The problem, or a {@link ProblemValidationException} when it is unreadable or has errors. */
    public TrainingProblem validProblem() {
        if (!isValid()) {
            throw new ProblemValidationException(report);
        }
        return problem;
    }
}
