package org.cohortplanner.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cohortplanner.constraints.ConstraintNames;
import org.cohortplanner.problems.csv.PlanCsv;
import org.cohortplanner.problems.json.PlanJson;
import org.cohortplanner.report.PlanReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The plan endpoints on one solver thread, so that a second solve has to wait in the queue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cohort-planner.demo=false", "cohort-planner.solver.max-concurrent=1",
        "cohort-planner.solver.save-interval=PT0.5S"})
@AutoConfigureMockMvc
class PlansApiTest extends ServiceWithTempData {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void aSolveEndsDoneWithScoreKpisPlanAnalysisAndExports() throws Exception {
        String problemId = storeProblem(21);

        MvcResult started = mvc.perform(post("/api/problems/" + problemId + "/solve").param("timeLimit", "PT2S"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.timeLimit", is("PT2S")))
                .andReturn();
        String planId = body(started).get("id").asText();
        assertThat(started.getResponse().getHeader("Location")).isEqualTo("/api/plans/" + planId);

        JsonNode plan = waitFor(planId, p -> p.get("status").asText().equals("DONE"));
        assertThat(plan.get("problemId").asText()).isEqualTo(problemId);
        assertThat(plan.get("bestScore").asText()).isEqualTo(plan.get("plan").get("score").asText());
        JsonNode kpis = plan.get("kpis");
        assertThat(kpis.get("teachersPlaced").asInt() + kpis.get("teachersUnplaced").asInt())
                .isEqualTo(TinyProblems.TEACHERS);
        assertThat(plan.get("plan").get("cohorts").size()).isEqualTo(kpis.get("cohortsUsed").asInt()).isPositive();
        assertThat(plan.get("plan").get("unplaced").size()).isEqualTo(kpis.get("teachersUnplaced").asInt());
        PlanReport report = PlanJson.fromJson(plan.get("plan").toString());

        MvcResult analysis = mvc.perform(get("/api/plans/" + planId + "/analysis")).andExpect(status().isOk())
                .andExpect(jsonPath("$.score", is(report.score()))).andReturn();
        JsonNode constraints = body(analysis).get("constraints");
        List<String> names = new ArrayList<>();
        constraints.forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(ConstraintNames.all());
        JsonNode fees = find(constraints, ConstraintNames.TRAINER_FEES);
        assertThat(fees.get("level").asText()).isEqualTo("soft");
        assertThat(fees.get("worstMatches").get(0).asText()).startsWith("cohort ");

        MvcResult csv = mvc.perform(get("/api/plans/" + planId + "/export").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", containsString(".zip")))
                .andReturn();
        byte[] zip = csv.getResponse().getContentAsByteArray();
        assertThat(entries(zip)).contains(PlanCsv.PLAN, PlanCsv.COHORTS, PlanCsv.ROSTERS, PlanCsv.UNPLACED,
                PlanCsv.VIOLATIONS);
        Path zipFile = dir.resolve("plan.zip");
        Files.write(zipFile, zip);
        assertThat(PlanCsv.read(zipFile)).isEqualTo(report);

        MvcResult exported = mvc.perform(get("/api/plans/" + planId + "/export").param("format", "json"))
                .andExpect(status().isOk()).andReturn();
        assertThat(PlanJson.fromJson(exported.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .isEqualTo(report);
        mvc.perform(get("/api/plans/" + planId + "/export").param("format", "xlsx"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("csv or json")));

        mvc.perform(get("/api/problems/" + problemId + "/plans"))
                .andExpect(jsonPath("$[0].id", is(planId)));
    }

    @Test
    void eventsCarryEveryNewBestScoreAndTheEnd() throws Exception {
        String problemId = storeProblem(22);
        String planId = body(mvc.perform(post("/api/problems/" + problemId + "/solve").param("timeLimit", "PT3S"))
                .andReturn()).get("id").asText();

        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/" + planId + "/events"))
                        .header("Accept", MediaType.TEXT_EVENT_STREAM_VALUE).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String name = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    names.add(name);
                    data.add(json.readTree(line.substring("data:".length())));
                }
            }
        }

        assertThat(names.get(0)).isEqualTo("status");
        assertThat(names).contains("best");
        assertThat(names.get(names.size() - 1)).isEqualTo("status");
        assertThat(data.get(data.size() - 1).get("status").asText()).isEqualTo("DONE");
        List<HardMediumSoftLongScore> scores = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals("best")) {
                scores.add(HardMediumSoftLongScore.parseScore(data.get(i).get("score").asText()));
            }
        }
        assertThat(scores).isSortedAccordingTo(HardMediumSoftLongScore::compareTo);
        String finalScore = plan(planId).get("bestScore").asText();
        assertThat(scores.get(scores.size() - 1)).hasToString(finalScore);
    }

    @Test
    void anExcessSolveQueuesStoppingKeepsTheBestAndAStoppedPlanResumes() throws Exception {
        String problemId = storeProblem(23);
        String first = startSolve(problemId, "PT60S");
        String second = startSolve(problemId, "PT60S");

        JsonNode running = waitFor(first, p -> !p.get("savedAt").isNull());
        assertThat(running.get("status").asText()).isEqualTo("SOLVING");
        assertThat(plan(second).get("status").asText()).isEqualTo("QUEUED");
        mvc.perform(get("/api/plans/" + second + "/export")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("QUEUED")));
        mvc.perform(get("/api/plans/" + second + "/analysis")).andExpect(status().isConflict());

        mvc.perform(post("/api/plans/" + second + "/stop")).andExpect(status().isAccepted());
        mvc.perform(post("/api/plans/" + first + "/stop")).andExpect(status().isAccepted());
        JsonNode stopped = waitFor(first, p -> p.get("status").asText().equals("STOPPED"));
        assertThat(stopped.get("plan").get("cohorts").size()).isPositive();
        assertThat(waitFor(second, p -> p.get("status").asText().equals("STOPPED")).get("bestScore").isNull())
                .isTrue();
        HardMediumSoftLongScore atStop = HardMediumSoftLongScore.parseScore(stopped.get("bestScore").asText());

        mvc.perform(post("/api/plans/" + first + "/resume").param("timeLimit", "PT30S"))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/plans/" + first + "/resume")).andExpect(status().isConflict());
        waitFor(first, p -> p.get("status").asText().equals("SOLVING") && !p.get("savedAt").asText()
                .equals(stopped.get("savedAt").asText()));
        mvc.perform(post("/api/plans/" + first + "/stop")).andExpect(status().isAccepted());
        JsonNode resumed = waitFor(first, p -> p.get("status").asText().equals("STOPPED"));
        assertThat(HardMediumSoftLongScore.parseScore(resumed.get("bestScore").asText())).isGreaterThanOrEqualTo(atStop);
    }

    @Test
    void badTimeLimitsAre400() throws Exception {
        String problemId = storeProblem(24);
        for (String limit : new String[] {"60", "abc", "PT0S", "-PT5S", "P400D"}) {
            mvc.perform(post("/api/problems/" + problemId + "/solve").param("timeLimit", limit))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title", is("Bad request")))
                    .andExpect(jsonPath("$.detail", containsString("timeLimit")));
        }
        mvc.perform(get("/api/problems/" + problemId + "/plans")).andExpect(jsonPath("$.length()", is(0)));
    }

    @Test
    void unknownPlansAre404ProblemDetails() throws Exception {
        mvc.perform(get("/api/plans/nope")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title", is("Plan not found")))
                .andExpect(jsonPath("$.detail", is("No plan with id nope")));
        mvc.perform(get("/api/plans/nope/events")).andExpect(status().isNotFound());
        mvc.perform(post("/api/plans/nope/stop")).andExpect(status().isNotFound());
        mvc.perform(post("/api/plans/nope/resume")).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/nope/analysis")).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/nope/export")).andExpect(status().isNotFound());
    }

    private String storeProblem(long seed) throws Exception {
        return body(mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON)
                .content(TinyProblems.json(seed))).andExpect(status().isCreated()).andReturn()).get("id").asText();
    }

    private String startSolve(String problemId, String timeLimit) throws Exception {
        return body(mvc.perform(post("/api/problems/" + problemId + "/solve").param("timeLimit", timeLimit))
                .andExpect(status().isAccepted()).andReturn()).get("id").asText();
    }

    private JsonNode plan(String planId) throws Exception {
        return body(mvc.perform(get("/api/plans/" + planId)).andExpect(status().isOk()).andReturn());
    }

    private JsonNode waitFor(String planId, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode plan = plan(planId);
        while (!condition.test(plan)) {
            assertThat(System.nanoTime()).as("plan %s still %s", planId, plan.get("status")).isLessThan(deadline);
            Thread.sleep(100);
            plan = plan(planId);
        }
        return plan;
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode find(JsonNode constraints, String name) {
        for (JsonNode constraint : constraints) {
            if (constraint.get("name").asText().equals(name)) {
                return constraint;
            }
        }
        throw new AssertionError("no constraint " + name);
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
