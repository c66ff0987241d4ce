package org.cohortplanner.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a zip bomb, a link to /dev/zero and a FIFO: exit 2 with FILE:LINE: FIELD: reason, no trace. */
class HostileFilesCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path generated() {
        Path problem = dir.resolve("problem");
        assertThat(run("generate", "--teachers", "100", "--seed", "1", "--out", problem.toString())).isZero();
        out.reset();
        return problem;
    }

    @Test
    void aZipBombIsOneErrorLine() throws Exception {
        Path problem = generated();
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream bomb = new ZipOutputStream(Files.newOutputStream(zip))) {
            try (var files = Files.list(problem)) {
                for (Path file : files.sorted().toList()) {
                    if (!file.getFileName().toString().equals("teachers.csv")) {
                        bomb.putNextEntry(new ZipEntry(file.getFileName().toString()));
                        bomb.write(Files.readAllBytes(file));
                    }
                }
            }
            bomb.putNextEntry(new ZipEntry("teachers.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                bomb.write(zeros);
            }
        }

        assertThat(run("validate", zip.toString())).isEqualTo(CommandLine.INVALID);
        assertThat(out.toString()).isEqualTo(
                "teachers.csv:0: -: more than 64 MB once decompressed, the limit for one zip entry\n");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aLinkToDevZeroAndAFifoAreRefused() throws Exception {
        Path problem = generated();
        Path teachers = problem.resolve("teachers.csv");
        Files.delete(teachers);
        Process mkfifo = new ProcessBuilder("mkfifo", teachers.toString()).start();
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        assertThat(run("validate", problem.toString())).isEqualTo(CommandLine.INVALID);
        assertThat(out.toString()).isEqualTo("teachers.csv:0: -: cannot read file (not a regular file)\n");

        Files.delete(teachers);
        Files.createSymbolicLink(teachers, Path.of("/dev/zero"));
        out.reset();
        assertThat(run("solve", problem.toString(), "--out", dir.resolve("plan.json").toString()))
                .isEqualTo(CommandLine.INVALID);
        assertThat(out.toString()).isEqualTo("teachers.csv:0: -: cannot read file (not a regular file)\n");
        assertThat(err.toString()).doesNotContain("Exception");
    }
}
