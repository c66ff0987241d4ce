package org.cohortplanner.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cohortplanner.benchmarks.summary.SummaryRow;

class BenchmarkRunnerTest {

    @TempDir
    Path dir;

    @Test
    void firstFeasibleTimeIsTheFirstBestScoreWithoutHardViolations() throws Exception {
        Path run = Files.createDirectories(dir.resolve("sub0"));
        Files.writeString(run.resolve("BEST_SCORE.csv"), """
                "timeMillisSpent","score","initialized"
                91,"-26551hard/0medium/-3039000soft","true"
                8300,"0hard/-50medium/-190000000soft","true"
                9100,"0hard/-40medium/-180000000soft","true"
                """);

        assertThat(BenchmarkRunner.firstFeasibleMillis(dir)).isEqualTo(8300L);
    }

    @Test
    void noFeasibleScoreMeansNoTime() throws Exception {
        Path run = Files.createDirectories(dir.resolve("sub0"));
        Files.writeString(run.resolve("BEST_SCORE.csv"), """
                "timeMillisSpent","score","initialized"
                91,"-2hard/0medium/-3039000soft","true"
                """);

        assertThat(BenchmarkRunner.firstFeasibleMillis(dir)).isNull();
    }

    @Test
    void runsTheBenchmarkerAndWritesReportAndSummaryWithABaselineRow() throws Exception {
        BenchmarkSet set = new BenchmarkSet("test", "one short run",
                List.of(new BenchmarkSet.Entry("tiny-200", List.of("default"), Duration.ofSeconds(3))));

        List<SummaryRow> rows = BenchmarkRunner.run(set, dir);

        assertThat(rows).extracting(SummaryRow::configuration)
                .containsExactly(BenchmarkRunner.BASELINE, "default 3s");
        SummaryRow solved = rows.get(1);
        assertThat(solved.teachers()).isEqualTo(200);
        assertThat(solved.scoreCalculationSpeed()).isPositive();
        assertThat(solved.peakHeapBytes()).isPositive();
        assertThat(solved.lowerBound()).isPositive().isEqualTo(rows.get(0).lowerBound());
        assertThat(Files.readAllLines(dir.resolve("summary.csv"))).hasSize(3)
                .first().asString().startsWith("instance,teachers,configuration,first_feasible_s");
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("| tiny-200 | 200 | default 3s |");
        try (var files = Files.walk(dir.resolve("report"))) {
            assertThat(files.anyMatch(f -> f.getFileName().toString().equals("index.html"))).isTrue();
        }
        assertThat(dir.resolve("instances/tiny-200.json")).exists();
        assertThat(dir.resolve("baseline/tiny-200.json")).exists();
    }

    @Test
    void wrongUsageExitsWith64() {
        assertThat(BenchmarkRunner.run(new String[] {"--set", "smoke"})).isEqualTo(BenchmarkRunner.USAGE);
        assertThat(BenchmarkRunner.run(new String[] {"--set", "nope", "--out", dir.toString()}))
                .isEqualTo(BenchmarkRunner.USAGE);
    }
}
