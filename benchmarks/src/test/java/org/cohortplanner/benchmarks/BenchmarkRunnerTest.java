package org.cohortplanner.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cohortplanner.benchmarks.instances.BenchmarkInstances;
import org.cohortplanner.benchmarks.summary.SummaryRow;

class BenchmarkRunnerTest {

    @TempDir
    Path dir;

    @Test
    void firstFeasibleIsTheFirstBestScoreWithoutHardViolationsThatPlacesEveryPlaceableTeacher() throws Exception {
        Path run = Files.createDirectories(dir.resolve("sub0"));
        Files.writeString(run.resolve("BEST_SCORE.csv"), """
                "timeMillisSpent","score","initialized"
                91,"-26551hard/0medium/-3039000soft","true"
                8300,"0hard/-50medium/-190000000soft","true"
                9100,"0hard/-2medium/-185000000soft","true"
                9900,"0hard/0medium/-180000000soft","true"
                """);

        assertThat(BenchmarkRunner.firstTimes(dir, 0))
                .isEqualTo(new BenchmarkRunner.FirstTimes(8300L, 9900L));
        // Two teachers no plan can place: leaving out two is as good as it gets.
        assertThat(BenchmarkRunner.firstTimes(dir, 2))
                .isEqualTo(new BenchmarkRunner.FirstTimes(8300L, 9100L));
    }

    @Test
    void hardZeroWithTeachersLeftOutIsNotFeasible() throws Exception {
        Path run = Files.createDirectories(dir.resolve("sub0"));
        Files.writeString(run.resolve("BEST_SCORE.csv"), """
                "timeMillisSpent","score","initialized"
                0,"0hard/-7medium/-3039000soft","true"
                """);

        assertThat(BenchmarkRunner.firstTimes(dir, 0)).isEqualTo(new BenchmarkRunner.FirstTimes(0L, null));
    }

    @Test
    void noFeasibleScoreMeansNoTime() throws Exception {
        Path run = Files.createDirectories(dir.resolve("sub0"));
        Files.writeString(run.resolve("BEST_SCORE.csv"), """
                "timeMillisSpent","score","initialized"
                91,"-2hard/0medium/-3039000soft","true"
                """);

        assertThat(BenchmarkRunner.firstTimes(dir, 0)).isEqualTo(new BenchmarkRunner.FirstTimes(null, null));
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
        // reported, though it may be 0: on a busy machine the booking search, which scores in plain code, can take
        // all of a 3 s run
        assertThat(solved.scoreCalculationSpeed()).isNotNull().isNotNegative();
        assertThat(solved.peakHeapBytes()).isPositive();
        assertThat(solved.lowerBound()).isPositive().isEqualTo(rows.get(0).lowerBound());
        assertThat(solved.firstHardZeroSeconds()).isNotNull();
        if (solved.placesEveryone()) { // 3 s on a busy machine may leave a few out
            assertThat(solved.firstFeasibleSeconds()).isNotNull().isGreaterThanOrEqualTo(solved.firstHardZeroSeconds());
            assertThat(solved.boundCheck()).isEqualTo(SummaryRow.BoundCheck.HOLDS);
        } else {
            assertThat(solved.firstFeasibleSeconds()).isNull();
            assertThat(solved.boundCheck()).isEqualTo(SummaryRow.BoundCheck.NOT_APPLICABLE);
        }
        List<String> csv = Files.readAllLines(dir.resolve("summary.csv"));
        assertThat(csv).hasSize(3);
        assertThat(csv.get(0)).startsWith("instance,teachers,configuration,first_feasible_s,first_hard0_s,")
                .endsWith(",lower_bound,gap_to_bound,bound_le_soft");
        assertThat(csv.get(2)).startsWith("tiny-200,200,default 3s,").endsWith("," + solved.boundCheck().text());
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("| tiny-200 | 200 | default 3s |")
                .contains("| first feasible | first hard 0 |").contains("| bound ≤ soft |");
        try (var files = Files.walk(dir.resolve("report"))) {
            assertThat(files.anyMatch(f -> f.getFileName().toString().equals("index.html"))).isTrue();
        }
        assertThat(dir.resolve("instances/tiny-200.json")).exists();
        assertThat(dir.resolve("baseline/tiny-200.json")).exists();
    }

    @Test
    void theReadmeSetRunsTheTargetsAndEveryShapeWithTheFairBaselineWithinAboutTwentyFiveMinutes() {
        BenchmarkSet readme = BenchmarkSet.named("readme");

        assertThat(readme.entries()).containsAll(BenchmarkSet.named("targets").entries().stream()
                .map(t -> readme.entries().stream().filter(e -> e.instance().equals(t.instance())
                        && e.timeLimit().equals(t.timeLimit()) && e.variants().containsAll(t.variants()))
                        .findFirst().orElseThrow()).toList());
        assertThat(readme.instances()).containsAll(BenchmarkInstances.SHAPES.keySet());
        for (String instance : readme.instances()) {
            assertThat(readme.entries().stream().filter(e -> e.instance().equals(instance))
                    .flatMap(e -> e.variants().stream())).as(instance).contains("construction-only");
        }
        // Construction alone stops when it is done; the other runs use their whole time limit.
        Duration solving = readme.entries().stream()
                .map(e -> e.timeLimit().multipliedBy(e.variants().stream()
                        .filter(v -> !v.equals("construction-only")).count()))
                .reduce(Duration.ZERO, Duration::plus);
        assertThat(solving).isBetween(Duration.ofMinutes(18), Duration.ofMinutes(23));
    }

    @Test
    void wrongUsageExitsWith64() {
        assertThat(BenchmarkRunner.run(new String[] {"--set", "smoke"})).isEqualTo(BenchmarkRunner.USAGE);
        assertThat(BenchmarkRunner.run(new String[] {"--set", "nope", "--out", dir.toString()}))
                .isEqualTo(BenchmarkRunner.USAGE);
    }

    @Test
    void theReplanSetRunsOnlyOnItsInstances() {
        assertThat(BenchmarkRunner.run(new String[] {"--set", "replan", "--out", dir.toString(), "--instance",
                "tiny-200"})).isEqualTo(BenchmarkRunner.USAGE);
        assertThat(BenchmarkRunner.run(new String[] {"--set", "smoke", "--out", dir.toString(), "--instance",
                "reference-8850"})).isEqualTo(BenchmarkRunner.USAGE);
    }
}
