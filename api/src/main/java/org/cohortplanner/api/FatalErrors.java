package org.cohortplanner.api;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * An out-of-memory error ends the process (exit status 3) wherever it is seen, so that a supervisor restarts a
 * healthy service instead of it living on with dead threads. The documented launch adds
 * {@code -XX:+ExitOnOutOfMemoryError}, which also covers threads this class never sees; this is the same rule for a
 * launch without it.
 */
public final class FatalErrors {

    public static final int EXIT_STATUS = 3;

    private FatalErrors() {
    }

    /** Every thread that dies of an uncaught out-of-memory error ends the process. */
    public static void install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            haltOnOutOfMemory(error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                error.printStackTrace();
            }
        });
    }

    /** Ends the process when {@code error} is, or was caused by, an out-of-memory error; returns otherwise. */
    public static void haltOnOutOfMemory(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                // no logging framework: it may need memory; halt skips shutdown hooks that could hang
                System.err.println("Out of memory (" + cause.getMessage() + "): the service stops, exit status "
                        + EXIT_STATUS);
                Runtime.getRuntime().halt(EXIT_STATUS);
            }
            if (cause.getCause() == cause) {
                return;
            }
        }
    }

    /** A servlet filter that ends the process when a request runs out of memory. */
    public static Filter filter() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException | RuntimeException | Error e) {
                    haltOnOutOfMemory(e);
                    throw e;
                }
            }
        };
    }
}
