package org.cohortplanner.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replan} and {@code recommend} on a small generated problem solved once. */
class ReplanCommandsTest {

    @TempDir
    static Path dir;
    private static Path problem;
    private static Path plan;
    private static JsonNode middleCohort;
    private static String now;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return run(out, err, args);
    }

    @BeforeAll
    static void solve() throws Exception {
        problem = dir.resolve("problem");
        plan = dir.resolve("plan.json");
        var sink = new ByteArrayOutputStream();
        assertThat(run(sink, sink, "generate", "--teachers", "200", "--seed", "3", "--out", problem.toString()))
                .isZero();
        assertThat(run(sink, sink, "solve", problem.toString(), "--time-limit", "10s", "--unimproved", "3s", "--out",
                plan.toString())).isZero();
        JsonNode cohorts = new ObjectMapper().readTree(plan.toFile()).get("cohorts");
        var byStart = StreamSupport.stream(cohorts.spliterator(), false)
                .sorted(Comparator.comparing((JsonNode c) -> c.get("days").get(0).asText())).toList();
        // a cohort in the middle: its dates can move either way if its trainer's leave leaves nobody to re-staff it
        middleCohort = byStart.get(byStart.size() / 2);
        now = byStart.get(0).get("days").get(0).asText();
    }

    @Test
    void replanWritesThePlanAndTheChangesAndPrintsWhomToNotify() throws Exception {
        String trainer = middleCohort.get("trainerId").asText();
        JsonNode days = middleCohort.get("days");
        Path disruptions = dir.resolve("leave.json");
        Files.writeString(disruptions, """
                {"now": "%s", "disruptions": [
                  {"type": "TRAINER_UNAVAILABLE", "trainerId": "%s", "from": "%s", "to": "%s"}]}
                """.formatted(now, trainer, days.get(0).asText(), days.get(days.size() - 1).asText()));
        Path replanned = dir.resolve("new.json");
        Path diff = dir.resolve("diff.json");

        int status = run("replan", problem.toString(), plan.toString(), disruptions.toString(), "--out",
                replanned.toString(), "--diff", diff.toString(), "--time-limit", "10s", "--unimproved", "3s");

        assertThat(status).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("re-planned: score").contains("changes: ")
                .containsPattern("notify trainers: .*" + trainer);
        assertThat(new ObjectMapper().readTree(replanned.toFile()).get("cohorts").isArray()).isTrue();
        JsonNode changes = new ObjectMapper().readTree(diff.toFile());
        assertThat(changes.get("diff").get("toNotify").get("trainerIds").toString()).contains(trainer);
        assertThat(changes.get("conflicts").isArray()).isTrue();
    }

    @Test
    void replanRejectsUnknownIdsWithFileAndLine() throws Exception {
        Path disruptions = dir.resolve("bad.json");
        Files.writeString(disruptions, """
                {"now": "%s", "disruptions": [
                  {"type": "TRAINER_UNAVAILABLE", "trainerId": "NOBODY", "from": "%s"}]}
                """.formatted(now, now));

        int status = run("replan", problem.toString(), plan.toString(), disruptions.toString(), "--out",
                dir.resolve("never.json").toString());

        assertThat(status).isEqualTo(CommandLine.INVALID);
        assertThat(out.toString()).contains("bad.json:2: trainerId: unknown trainer (NOBODY)");
        assertThat(dir.resolve("never.json")).doesNotExist();
    }

    @Test
    void recommendListsCohortsForALateRegistrant() throws Exception {
        String teacher = middleCohort.get("teacherIds").get(0).asText();
        String teachers = Files.readString(problem.resolve("teachers.csv"));
        String row = teachers.lines().filter(l -> l.startsWith(teacher + ",")).findFirst().orElseThrow();
        String[] cells = row.split(",", -1);
        Path registrants = dir.resolve("late.json");
        Files.writeString(registrants, """
                {"now": "%s", "disruptions": [{"type": "TEACHERS_ADDED", "teachers": [
                  {"id": "T-LATE", "schoolId": "%s", "track": "%s", "language": "%s"}]}]}
                """.formatted(now, cells[1], cells[2], cells[3]));

        int status = run("recommend", problem.toString(), plan.toString(), registrants.toString(), "--count", "2");

        assertThat(status).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("T-LATE: cohort ").contains("recommendations in");
    }
}
