package org.cohortplanner.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cohortplanner.problems.csv.ProblemCsv;
import org.cohortplanner.problems.json.ProblemJson;
import org.cohortplanner.problems.validation.ValidationIssue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and oversized input: every limit is reported as FILE:LINE: FIELD: reason before memory runs out. */
class InputLimitsTest {

    private static final long MB = 1024 * 1024;
    private static final InputLimits SMALL = new InputLimits(MB, MB, 3 * MB, 20, 1000, 1000, 200, 500);

    @TempDir
    Path dir;

    Path bundle;

    @BeforeEach
    void writeFixture() {
        bundle = dir.resolve("bundle");
        ProblemCsv.write(ProblemFixture.problem(), bundle);
    }

    private static List<String> errors(ReadResult result) {
        return result.report().errors().stream().map(ValidationIssue::toString).toList();
    }

    /** A zip of the fixture's files plus one more entry of {@code bytes} zeros, named {@code name}. */
    private Path zipWith(String name, long bytes) throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            try (var files = Files.list(bundle)) {
                for (Path file : files.sorted().toList()) {
                    if (!file.getFileName().toString().equals(name)) {
                        out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                        out.write(Files.readAllBytes(file));
                    }
                }
            }
            out.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[(int) MB];
            for (long written = 0; written < bytes; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        return zip;
    }

    @Test
    void aZipBombEntryStopsAtTheEntryLimit() throws Exception {
        Path zip = zipWith("teachers.csv", 200 * MB);
        assertThat(Files.size(zip)).isLessThan(MB);

        assertThat(errors(ProblemFiles.read(zip))).containsExactly(
                "teachers.csv:0: -: more than 64 MB once decompressed, the limit for one zip entry");
        assertThat(errors(ProblemFiles.read(zip, SMALL))).containsExactly(
                "teachers.csv:0: -: more than 1 MB once decompressed, the limit for one zip entry");
    }

    @Test
    void anEntryThatIsNotWantedCountsToo() throws Exception {
        Path zip = zipWith("padding.bin", 2 * MB);

        assertThat(errors(ProblemFiles.read(zip, SMALL))).containsExactly(
                "padding.bin:0: -: more than 1 MB once decompressed, the limit for one zip entry");
    }

    @Test
    void manyEntriesStopAtTheTotalAndTheCount() throws Exception {
        Path zip = dir.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 30; i++) {
                out.putNextEntry(new ZipEntry("part" + i + ".bin"));
                out.write(new byte[(int) (MB / 2)]);
            }
        }
        assertThat(errors(ProblemFiles.read(zip, SMALL))).containsExactly(
                "many.zip:0: -: more than 3 MB once decompressed, the limit for all entries");
        InputLimits fewEntries = new InputLimits(MB, MB, 100 * MB, 20, 3, 3, 200, 500);
        assertThat(errors(ProblemFiles.read(zip, fewEntries))).containsExactly(
                "many.zip:0: -: more than 20 entries, the limit");
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() throws Exception {
        Path json = dir.resolve("problem.json");
        ProblemJson.write(ProblemFixture.problem(), json);
        Files.write(json, new byte[(int) (2 * MB)], java.nio.file.StandardOpenOption.APPEND);

        assertThat(errors(ProblemFiles.read(json, SMALL))).containsExactly(
                "problem.json:0: -: cannot read file (larger than 1 MB, the limit)");
        Path big = dir.resolve("big.zip");
        Files.write(big, new byte[(int) (2 * MB)]);
        assertThat(errors(ProblemFiles.read(big, SMALL))).containsExactly(
                "big.zip:0: -: larger than 1 MB, the limit");
    }

    @Test
    void aLinkToDevZeroIsNotRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.exists(zero)).isTrue();
        Path teachers = bundle.resolve("teachers.csv");
        Files.delete(teachers);
        Files.createSymbolicLink(teachers, zero);

        assertThat(errors(ProblemFiles.read(bundle))).containsExactly(
                "teachers.csv:0: -: cannot read file (not a regular file)");
        assertThat(errors(ProblemFiles.read(Files.createSymbolicLink(dir.resolve("zero.json"), zero))))
                .containsExactly("zero.json:0: -: cannot read file (not a regular file)");
    }

    @Test
    void aFifoIsNotOpened() throws Exception {
        Path teachers = bundle.resolve("teachers.csv");
        Files.delete(teachers);
        Process mkfifo = new ProcessBuilder("mkfifo", teachers.toString()).start();
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        assertThat(errors(ProblemFiles.read(bundle))).containsExactly(
                "teachers.csv:0: -: cannot read file (not a regular file)");
    }

    @Test
    void rowsBeyondTheLimitAreOneError() {
        // the fixture has 5 teachers, on lines 2 to 6
        InputLimits fourRows = new InputLimits(MB, MB, 3 * MB, 20, 4, 1000, 200, 500);
        assertThat(errors(ProblemFiles.read(bundle, fourRows))).contains(
                "teachers.csv:6: -: more than 4 rows, the limit");
    }

    @Test
    void teachersBeyondTheLimitAreAnError() throws Exception {
        Path json = dir.resolve("problem.json");
        ProblemJson.write(ProblemFixture.problem(), json);
        InputLimits threeTeachers = new InputLimits(MB, MB, 3 * MB, 20, 1000, 3, 200, 500);

        assertThat(errors(ProblemFiles.read(json, threeTeachers))).contains(
                "problem.json:" + (TextFiles.lineOf(json, "\"T-4\"") - 1) + ": -: 5 teachers, more than 3 (the limit for one problem)");
    }

    @Test
    void aLongNameOrIdIsAValidationErrorAtItsLine() {
        String name = "N".repeat(600);
        String id = "I".repeat(300);
        String[] cells = TextFiles.lines(bundle.resolve("programme.csv")).get(1).split(",", -1);
        cells[0] = id;
        cells[1] = name;
        TextFiles.replaceLine(bundle.resolve("programme.csv"), 2, String.join(",", cells));

        assertThat(errors(ProblemFiles.read(bundle))).containsExactly(
                "programme.csv:2: id: 300 characters, more than 200 (the limit for an id)",
                "programme.csv:2: name: 600 characters, more than 500 (the limit for a text)");
    }

    @Test
    void aNulCharacterIsAnError() {
        TextFiles.replace(bundle.resolve("schools.csv"), "\nS-1,", "\nS-1,Sch\u0000ool");
        List<String> found = errors(ProblemFiles.read(bundle));
        assertThat(found).anyMatch(e -> e.startsWith("schools.csv:2: name: contains a NUL character"));
    }

    @Test
    void anUnterminatedQuoteIsOneLineOfOutput() {
        TextFiles.replaceLine(bundle.resolve("teachers.csv"), 2, "T-1,\"S-1,MATH,ky,3,GOOD,");
        List<String> found = errors(ProblemFiles.read(bundle));
        assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e).doesNotContain("\n").hasSizeLessThan(800));
    }

    @Test
    void aHugeValueIsNotEchoedInFull() {
        String huge = "X".repeat(1_000_000);
        TextFiles.replace(bundle.resolve("teachers.csv"), "\nT-1,S-1,", "\nT-1," + huge + ",");
        List<String> found = errors(ProblemFiles.read(bundle));
        assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e).hasSizeLessThan(800));
    }
}
