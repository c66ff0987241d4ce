package org.cohortplanner.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.validation.ProblemValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemFilesTest {

    @TempDir
    Path dir;

    @Test
    void jsonRoundTrip() {
        Path file = dir.resolve("problem.json");
        ProblemFiles.write(ProblemFixture.problem(), file);

        ReadResult result = ProblemFiles.read(file);

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.problem()).isEqualTo(ProblemFixture.problem());
    }

    @Test
    void csvFolderRoundTrip() {
        Path folder = dir.resolve("bundle");
        ProblemFiles.write(ProblemFixture.problem(), folder);

        ReadResult result = ProblemFiles.read(folder);

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.problem()).isEqualTo(ProblemFixture.problem());
    }

    @Test
    void csvZipRoundTrip() {
        Path zip = dir.resolve("bundle.zip");
        ProblemFiles.write(ProblemFixture.problem(), zip);

        ReadResult result = ProblemFiles.read(zip);

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.problem()).isEqualTo(ProblemFixture.problem());
    }

    @Test
    void allFormatsGiveTheSameProblem() {
        TrainingProblem problem = ProblemFixture.problem();
        ProblemFiles.write(problem, dir.resolve("a.json"));
        ProblemFiles.write(ProblemFiles.read(dir.resolve("a.json")).problem(), dir.resolve("b.zip"));
        ProblemFiles.write(ProblemFiles.read(dir.resolve("b.zip")).problem(), dir.resolve("c"));

        assertThat(ProblemFiles.read(dir.resolve("c")).validProblem()).isEqualTo(problem);
    }

    @Test
    void validFixtureHasNoErrorsNorWarnings() {
        ProblemFiles.write(ProblemFixture.problem(), dir.resolve("problem.json"));

        ReadResult result = ProblemFiles.read(dir.resolve("problem.json"));

        assertThat(result.isValid()).isTrue();
        assertThat(result.report().errors()).isEmpty();
        assertThat(result.report().warnings()).isEmpty();
    }

    @Test
    void unsupportedPathIsReportedNotThrown() throws Exception {
        Path text = Files.writeString(dir.resolve("problem.txt"), "hello");

        ReadResult result = ProblemFiles.read(text);

        assertThat(result.problem()).isNull();
        assertThat(result.report().errors()).extracting(Object::toString).containsExactly(
                "problem.txt:0: -: not a problem (expected a .json file, a .zip file or a folder of CSV files)");
    }

    @Test
    void missingJsonFileIsReported() {
        ReadResult result = ProblemFiles.read(dir.resolve("nowhere.json"));

        assertThat(result.problem()).isNull();
        assertThat(result.report().errors()).extracting(Object::toString)
                .containsExactly("nowhere.json:0: -: no such file");
    }

    @Test
    void validProblemThrowsWithTheReportWhenInvalid() throws Exception {
        Path file = Files.writeString(dir.resolve("problem.json"), "{\"formatVersion\": 2}");

        ReadResult result = ProblemFiles.read(file);

        assertThatThrownBy(result::validProblem)
                .isInstanceOf(ProblemValidationException.class)
                .satisfies(e -> assertThat(((ProblemValidationException) e).report()).isSameAs(result.report()))
                .hasMessageContaining("problem.json:1: formatVersion: unsupported format version (2), expected 1");
    }
}
