package org.cohortplanner.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score PROBLEM PLAN}: one short solve makes the plans every test then scores or spoils. */
class ScoreCommandTest {

    @TempDir
    static Path shared;
    private static Path problem;
    private static Path planJson;
    private static Path planZip;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void solveOnce() {
        problem = shared.resolve("problem.json");
        planJson = shared.resolve("plan.json");
        planZip = shared.resolve("plan.zip");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(CommandLine.run(new String[] {"generate", "--teachers", "200", "--seed", "3", "--out",
                problem.toString()}, quiet, quiet)).isZero();
        assertThat(CommandLine.run(new String[] {"solve", problem.toString(), "--time-limit", "8s", "--unimproved",
                "3s", "--out", planJson.toString()}, quiet, quiet)).isZero();
        assertThat(CommandLine.run(new String[] {"solve", problem.toString(), "--time-limit", "3s", "--out",
                planZip.toString()}, quiet, quiet)).isZero();
    }

    @BeforeEach
    void reset() {
        out.reset();
        err.reset();
    }

    @Test
    void recomputesTheScoreTheSolverWrote() throws Exception {
        JsonNode plan = new ObjectMapper().readTree(planJson.toFile());

        int status = run("score", problem.toString(), planJson.toString());

        assertThat(status).as(out.toString()).isEqualTo(plan.get("feasible").asBoolean() ? CommandLine.OK
                : CommandLine.FAILED);
        assertThat(out.toString()).contains("score: " + plan.get("score").asText() + "\n")
                .doesNotContain("the file states")
                .contains("score by constraint:").contains("Trainer fees");
    }

    @Test
    void scoresACsvBundleToo() {
        var bundle = org.cohortplanner.problems.csv.PlanCsv.read(planZip);

        int status = run("score", problem.toString(), planZip.toString());

        assertThat(status).isIn(CommandLine.OK, CommandLine.FAILED);
        assertThat(out.toString()).contains("score: " + bundle.score() + "\n");
    }

    @Test
    void listsEveryBrokenHardRuleAndExitsOneWhenThePlanIsInfeasible() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode plan = (ObjectNode) mapper.readTree(planJson.toFile());
        ObjectNode first = null;
        ObjectNode second = null;
        for (JsonNode a : plan.get("cohorts")) {
            for (JsonNode b : plan.get("cohorts")) {
                if (a != b && first == null && a.get("districtId").equals(b.get("districtId"))) {
                    first = (ObjectNode) a;
                    second = (ObjectNode) b;
                }
            }
        }
        assertThat(first).as("two cohorts in one district").isNotNull();
        // Two cohorts of one district in the same venue on the same days: the venue is double-booked.
        second.put("venueId", first.get("venueId").asText());
        second.set("days", first.get("days"));
        // Its kits then come with the first cohort's delivery (when the problem plans deliveries).
        second.set("deliveryId", first.get("deliveryId"));
        second.set("kitsArrive", first.get("kitsArrive"));
        Path spoiled = dir.resolve("spoiled.json");
        mapper.writeValue(spoiled.toFile(), plan);

        int status = run("score", problem.toString(), spoiled.toString());

        assertThat(status).isEqualTo(CommandLine.FAILED);
        assertThat(out.toString()).contains("(the file states " + plan.get("score").asText() + ")")
                .containsPattern("broken: Venue hosts two cohorts on the same day: cohort .*"
                        + first.get("id").asText())
                .containsPattern("broken: Venue hosts two cohorts on the same day: .*cohort " + second.get("id").asText());
    }

    @Test
    void aPlanFromTheSolverKeepsTheCourseLayoutAndTheKitOptions() throws Exception {
        JsonNode plan = new ObjectMapper().readTree(planJson.toFile());
        assertThat(plan.get("feasible").asBoolean()).as("the solver's plan is feasible").isTrue();

        int status = run("score", problem.toString(), planJson.toString());

        assertThat(status).as(out.toString()).isEqualTo(CommandLine.OK);
        assertThat(out.toString()).doesNotContain("Dates off the course layout")
                .doesNotContain("Kits from a print house without the language")
                .doesNotContain("Kit lead time outside the options");
    }

    @Test
    void aDayMovedToASundayIsOffTheCourseLayout() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode plan = (ObjectNode) mapper.readTree(planJson.toFile());
        ObjectNode cohort = (ObjectNode) plan.get("cohorts").get(0);
        ArrayNode days = (ArrayNode) cohort.get("days");
        // the last day of the first block, to the Sunday after it (weeks before the second block)
        LocalDate endOfFirstBlock = LocalDate.parse(days.get(3).asText());
        days.set(3, endOfFirstBlock.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).toString());
        Path moved = dir.resolve("sunday.json");
        mapper.writeValue(moved.toFile(), plan);

        int status = run("score", problem.toString(), moved.toString());

        assertThat(status).as(out.toString()).isEqualTo(CommandLine.FAILED);
        assertThat(out.toString()).contains("broken: Dates off the course layout: cohort " + cohort.get("id").asText());
    }

    @Test
    void aDayRemovedIsOffTheCourseLayout() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode plan = (ObjectNode) mapper.readTree(planJson.toFile());
        ObjectNode cohort = (ObjectNode) plan.get("cohorts").get(0);
        ArrayNode days = (ArrayNode) cohort.get("days");
        days.remove(days.size() - 1);
        Path shortened = dir.resolve("shortened.json");
        mapper.writeValue(shortened.toFile(), plan);

        int status = run("score", problem.toString(), shortened.toString());

        assertThat(status).as(out.toString()).isEqualTo(CommandLine.FAILED);
        // 7 days instead of 8, the last block a day short: 2 off the layout
        assertThat(out.toString()).contains("broken: Dates off the course layout: cohort " + cohort.get("id").asText()
                + " (").containsPattern("broken: Dates off the course layout: cohort .*: -2hard");
    }

    @Test
    void kitsFromAPrintHouseWithoutTheLanguageAreBroken() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        // a second print house, printing Russian only
        ObjectNode problemJson = (ObjectNode) mapper.readTree(problem.toFile());
        ArrayNode houses = (ArrayNode) problemJson.get("printHouses");
        ObjectNode russianOnly = houses.get(0).deepCopy();
        russianOnly.put("id", "PH-RU");
        russianOnly.putArray("languages").add("ru");
        houses.add(russianOnly);
        Path withTwoHouses = dir.resolve("two-houses.json");
        mapper.writeValue(withTwoHouses.toFile(), problemJson);
        // the trip of a Kyrgyz cohort loads at that house
        ObjectNode plan = (ObjectNode) mapper.readTree(planJson.toFile());
        ObjectNode kyrgyz = null;
        for (JsonNode cohort : plan.get("cohorts")) {
            if (kyrgyz == null && cohort.get("language").asText().equals("ky") && cohort.hasNonNull("deliveryId")) {
                kyrgyz = (ObjectNode) cohort;
            }
        }
        assertThat(kyrgyz).as("a Kyrgyz cohort with kits delivered").isNotNull();
        for (JsonNode delivery : plan.get("deliveries")) {
            if (delivery.get("id").equals(kyrgyz.get("deliveryId"))) {
                ((ObjectNode) delivery).put("printHouseId", "PH-RU");
            }
        }
        Path spoiled = dir.resolve("wrong-house.json");
        mapper.writeValue(spoiled.toFile(), plan);

        int status = run("score", withTwoHouses.toString(), spoiled.toString());

        assertThat(status).as(out.toString()).isEqualTo(CommandLine.FAILED);
        assertThat(out.toString()).contains("broken: Kits from a print house without the language: cohort "
                + kyrgyz.get("id").asText());
    }

    @Test
    void badJsonIsReportedAsFileLineFieldReason() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"cohorts\": [ { \"id\": \"C-1\", \"days\": [\"2025-02-30\"] } ]\n}\n");

        int status = run("score", problem.toString(), broken.toString());

        assertThat(status).isEqualTo(CommandLine.INVALID);
        assertThat(out.toString()).startsWith("broken.json:3: cohorts[0].days[0]: ");
    }

    @Test
    void idsUnknownToTheProblemAreReportedForEachCohort() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode plan = (ObjectNode) mapper.readTree(planJson.toFile());
        ObjectNode first = (ObjectNode) plan.get("cohorts").get(0);
        first.put("trainerId", "TR-NOBODY");
        Path wrong = dir.resolve("wrong.json");
        mapper.writeValue(wrong.toFile(), plan);

        int status = run("score", problem.toString(), wrong.toString());

        assertThat(status).isEqualTo(CommandLine.INVALID);
        assertThat(out.toString()).contains("wrong.json:0: cohort " + first.get("id").asText()
                + " trainerId: unknown trainer (TR-NOBODY)");
    }

    @Test
    void missingPlanIsAnError() {
        assertThat(run("score", problem.toString(), dir.resolve("none.json").toString()))
                .isEqualTo(CommandLine.INVALID);
        assertThat(out.toString()).contains("none.json:0: -: no such file or folder");
        assertThat(run("score", problem.toString())).isEqualTo(CommandLine.USAGE);
    }
}
