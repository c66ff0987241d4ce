package org.cohortplanner.problems.records;

/** A value that cannot be read; the message is the reason as shown to the planner. */
public class InvalidValueException extends RuntimeException {

    public InvalidValueException(String message) {
        super(message);
    }
}
