package org.cohortplanner.api.fatal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.cohortplanner.api.FatalErrors;
import org.junit.jupiter.api.Test;

/** An out-of-memory error on any thread ends the process with status 3, in a JVM of its own. */
class FatalErrorsTest {

    /** Runs in the child JVM: a thread dies of an out-of-memory error; without the rule the main thread ends 0. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            FatalErrors.install();
            Thread worker = new Thread(() -> {
                throw new OutOfMemoryError("Java heap space (simulated)");
            });
            worker.start();
            worker.join();
            Thread.sleep(2_000);
            System.exit(0);
        }
    }

    @Test
    void anOutOfMemoryErrorEndsTheProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Child.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(output).isEqualTo(FatalErrors.EXIT_STATUS);
        assertThat(output).contains("Out of memory (Java heap space (simulated)): the service stops, exit status 3");
    }
}
