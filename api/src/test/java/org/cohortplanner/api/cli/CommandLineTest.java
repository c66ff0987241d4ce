package org.cohortplanner.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.problems.instances.Shape;

class CommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void generateThenSolveWritesAPlanWithTheDocumentedFields() throws Exception {
        Path problem = dir.resolve("problem");
        assertThat(run("generate", "--teachers", "200", "--seed", "3", "--out", problem.toString())).isZero();
        Path plan = dir.resolve("plan.json");

        int status = run("solve", problem.toString(), "--time-limit", "20s", "--unimproved", "5s",
                "--out", plan.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("best score").contains("teachers placed: ");
        JsonNode json = new ObjectMapper().readTree(plan.toFile());
        assertThat(json.get("feasible").asBoolean()).as(json.get("score").asText()).isTrue();
        JsonNode kpis = json.get("kpis");
        assertThat(kpis.get("teachersPlaced").asInt() + kpis.get("teachersUnplaced").asInt()).isEqualTo(200);
        assertThat(kpis.get("cohortsUsed").asInt()).isEqualTo(json.get("cohorts").size()).isPositive();
        assertThat(kpis.get("totalCost").asLong()).isPositive();
        assertThat(kpis.get("completionDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode cohort = json.get("cohorts").get(0);
        for (String field : new String[] {"id", "track", "language", "trainerId", "venueId", "days", "teacherIds"}) {
            assertThat(cohort.has(field)).as(field).isTrue();
        }
        assertThat(cohort.get("days").get(0).asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.get("unplaced").isArray()).isTrue();
    }

    @Test
    void solveWritesACsvBundleForAZipName() throws Exception {
        Path problem = dir.resolve("problem.json");
        assertThat(run("generate", "--teachers", "200", "--seed", "5", "--out", problem.toString())).isZero();
        Path plan = dir.resolve("plan.zip");

        assertThat(run("solve", problem.toString(), "--time-limit", "10s", "--unimproved", "3s",
                "--out", plan.toString())).isZero();

        var read = org.cohortplanner.problems.csv.PlanCsv.read(plan);
        assertThat(read.kpis().teachersPlaced() + read.kpis().teachersUnplaced()).isEqualTo(200);
        assertThat(read.cohorts()).hasSize(read.kpis().cohortsUsed());
    }

    @Test
    void validateReportsEveryErrorAsFileLineFieldReason() throws Exception {
        Path problem = dir.resolve("problem");
        assertThat(run("generate", "--teachers", "200", "--seed", "3", "--out", problem.toString())).isZero();
        Path teachers = problem.resolve("teachers.csv");
        String csv = Files.readString(teachers);
        String[] lines = csv.split("\n");
        // line 2: point the first teacher at a school that does not exist
        lines[1] = lines[1].replaceFirst(",[^,]*,", ",NO-SUCH-SCHOOL,");
        Files.writeString(teachers, String.join("\n", lines) + "\n");
        out.reset();

        int status = run("validate", problem.toString());

        assertThat(status).isEqualTo(CommandLine.INVALID);
        assertThat(out.toString()).contains("teachers.csv:2: school_id: unknown school (NO-SUCH-SCHOOL)");
    }

    @Test
    void validProblemExitsZeroWithASummary() {
        Path problem = dir.resolve("p.json");
        assertThat(run("generate", "--teachers", "200", "--seed", "4", "--out", problem.toString())).isZero();
        out.reset();
        assertThat(run("validate", problem.toString())).isZero();
        assertThat(out.toString()).startsWith("valid: 200 teachers");
    }

    @Test
    void anUnknownCommandIsAUsageErrorNotAService() {
        assertThat(CommandLine.startsService(new String[] {"foo"})).isFalse();
        assertThat(run("foo")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("unknown command foo").contains("Usage:");
    }

    @Test
    void theServiceStartsWithNoArgumentsServeOrSpringOptionsOnly() {
        assertThat(CommandLine.startsService(new String[0])).isTrue();
        assertThat(CommandLine.startsService(new String[] {"serve", "--server.port=9090"})).isTrue();
        assertThat(CommandLine.serviceArguments(new String[] {"serve", "--server.port=9090"}))
                .containsExactly("--server.port=9090");
        assertThat(CommandLine.startsService(new String[] {"--server.port=9090"})).isTrue();
        assertThat(CommandLine.startsService(new String[] {"--help"})).isFalse();
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage:");
    }

    @Test
    void wrongUsageExits64() {
        assertThat(run("solve", "x.json", "--bogus")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("unknown option --bogus");
        assertThat(run("solve", "x.json", "--out", "p.json", "--time-limit", "soon")).isEqualTo(CommandLine.USAGE);
    }

    @Test
    void generateTakesTheShapeFlagsAndWritesTheSameProblemAsTheOptions() throws Exception {
        Path problem = dir.resolve("shaped.json");
        assertThat(run("generate", "--teachers", "1500", "--seed", "2", "--regions", "5", "--layout", "line",
                "--mountain-road", "300", "--russian-shares", "0.8,0.2", "--late-trainers", "0.3", "--long-leave",
                "0.2", "--winter-closures", "0.4", "--print-houses", "per-region", "--trucks", "3", "--out",
                problem.toString())).as(err.toString()).isZero();
        Shape shape = new Shape(Shape.Layout.LINE, 300, java.util.List.of(0.8, 0.2), 0.3, 0.2, 0.4,
                Shape.PrintHouses.PER_REGION, 3);
        TrainingProblem expected = ProblemGenerator.generate(GeneratorOptions.of(1500, 2).withRegions(5)
                .withShape(shape));
        assertThat(ProblemFiles.read(problem).problem()).isEqualTo(expected);
        out.reset();
        assertThat(run("validate", problem.toString())).isZero();
        assertThat(out.toString()).contains("0 warnings");

        Path without = dir.resolve("without.json");
        assertThat(run("generate", "--teachers", "300", "--seed", "2", "--no-logistics", "--print-houses",
                "far-away", "--out", without.toString())).isZero();
        assertThat(ProblemFiles.read(without).problem().plansDeliveries()).isFalse();
    }

    @Test
    void generateRejectsABadShapeWithItsMessage() {
        assertThat(run("generate", "--teachers", "1500", "--seed", "2", "--layout", "ring", "--out",
                dir.resolve("a.json").toString())).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("error: Layout must be grid, line or cluster (ring)");
        assertThat(run("generate", "--teachers", "1500", "--seed", "2", "--mountain-road", "300", "--regions", "1",
                "--out", dir.resolve("b.json").toString())).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("at least 2 regions needed (1)");
        assertThat(run("generate", "--teachers", "1500", "--seed", "2", "--russian-shares", "0.8,lots", "--out",
                dir.resolve("c.json").toString())).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("--russian-shares is not a list of numbers");
        assertThat(run("generate", "--teachers", "1500", "--seed", "2", "--winter-closures", "2", "--out",
                dir.resolve("d.json").toString())).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("Winter closure share must be from 0 to 1 (2.0)");
        assertThat(run("generate", "--teachers", "1500", "--seed", "2", "--print-houses", "nearby", "--out",
                dir.resolve("e.json").toString())).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("Print houses must be first-city, per-region or far-away (nearby)");
        assertThat(run("generate", "--teachers", "1500", "--seed", "2", "--trucks", "0", "--out",
                dir.resolve("f.json").toString())).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("At least one truck (0)");
        assertThat(dir.resolve("a.json")).doesNotExist();
    }
}
