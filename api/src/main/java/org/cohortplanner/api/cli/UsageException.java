package org.cohortplanner.api.cli;

/** The command line's words are wrong; the message says how. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
