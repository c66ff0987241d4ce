package org.cohortplanner.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problems.json.PlanJson;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Re-planning and recommendations through the API, on a small generated problem solved once. */
@SpringBootTest(properties = {"cohort-planner.demo=false", "cohort-planner.solver.max-concurrent=1"})
@AutoConfigureMockMvc
class ReplanApiTest extends ServiceWithTempData {

    private static final long SEED = 3;
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** The solved plan every test starts from, solved by the first test that needs it. */
    private static String problemId;
    private static String planId;
    private static PlanReport published;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void solveOnce() throws Exception {
        if (planId != null) {
            return;
        }
        problemId = body(mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON)
                .content(TinyProblems.json(SEED))).andExpect(status().isCreated()).andReturn()).get("id").asText();
        planId = body(mvc.perform(post("/api/problems/" + problemId + "/solve").param("timeLimit", "PT3S"))
                .andExpect(status().isAccepted()).andReturn()).get("id").asText();
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode plan = plan(planId);
        while (!plan.get("status").asText().equals("DONE")) {
            assertThat(System.nanoTime()).as("plan still %s", plan.get("status")).isLessThan(deadline);
            Thread.sleep(100);
            plan = plan(planId);
        }
        published = PlanJson.fromJson(plan.get("plan").toString());
    }

    private static List<CohortView> byStart() {
        return published.cohorts().stream().sorted(Comparator.comparing((CohortView c) -> c.days().get(0))).toList();
    }

    /** Four weeks before the earliest cohort: nothing is frozen yet. */
    private static LocalDate now() {
        return byStart().get(0).days().get(0).minusWeeks(4);
    }

    @Test
    void replanStoresANewVersionLinkedToTheOldOneWithItsDiff() throws Exception {
        // a cohort in the middle of the year, outside the frozen window, with time around it to move
        CohortView last = byStart().get(byStart().size() / 2);
        String trainer = last.trainerId();
        LocalDate from = last.days().get(0);
        LocalDate to = last.days().get(last.days().size() - 1);
        String disruptions = """
                {"now": "%s", "disruptions": [
                  {"type": "TRAINER_UNAVAILABLE", "trainerId": "%s", "from": "%s", "to": "%s"}]}
                """.formatted(now(), trainer, from, to);

        MvcResult replanned = mvc.perform(replan(planId, disruptions).param("timeLimit", "PT5S"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plan.parentPlanId", is(planId)))
                .andExpect(jsonPath("$.plan.status", is("DONE")))
                .andReturn();
        JsonNode response = body(replanned);
        String newId = response.get("plan").get("id").asText();
        assertThat(replanned.getResponse().getHeader("Location")).isEqualTo("/api/plans/" + newId);
        assertThat(newId).isNotEqualTo(planId);
        String newProblemId = response.get("plan").get("problemId").asText();
        assertThat(newProblemId).isNotEqualTo(problemId);

        // the trainer lost the cohort on their leave, and the diff says so and names them to notify
        assertThat(texts(response.get("diff").get("toNotify").get("trainerIds"))).contains(trainer);
        assertThat(texts(response.get("lines"))).anyMatch(line -> line.contains(trainer));
        assertThat(response.get("conflicts").isArray()).isTrue();
        assertThat(response.get("notApplied").isArray()).isTrue();

        JsonNode version = plan(newId);
        assertThat(version.get("parentPlanId").asText()).isEqualTo(planId);
        PlanReport report = PlanJson.fromJson(version.get("plan").toString());
        assertThat(report.cohorts()).filteredOn(c -> trainer.equals(c.trainerId()))
                .allSatisfy(c -> assertThat(c.days()).noneMatch(d -> !d.isBefore(from) && !d.isAfter(to)));
        assertThat(report.score()).isEqualTo(response.get("plan").get("bestScore").asText());

        JsonNode diff = body(mvc.perform(get("/api/plans/" + newId + "/diff")).andExpect(status().isOk()).andReturn());
        assertThat(diff.get("diff")).isEqualTo(response.get("diff"));
        assertThat(diff.get("lines")).isEqualTo(response.get("lines"));

        // the new version is a plan like any other, of the problem with the leave applied
        mvc.perform(get("/api/plans/" + newId + "/export").param("format", "json")).andExpect(status().isOk());
        mvc.perform(get("/api/problems/" + newProblemId + "/plans")).andExpect(jsonPath("$[0].id", is(newId)));
        JsonNode newProblem = body(mvc.perform(get("/api/problems/" + newProblemId)).andReturn()).get("problem");
        assertThat(newProblem.get("programme").get("now").asText()).isEqualTo(now().toString());
        JsonNode onLeave = StreamSupport.stream(newProblem.get("trainers").spliterator(), false)
                .filter(t -> t.get("id").asText().equals(trainer)).findFirst().orElseThrow();
        assertThat(onLeave.toString()).contains(from.toString()).contains(to.toString());

        // the old version stays as it was
        JsonNode old = plan(planId);
        assertThat(old.get("parentPlanId").isNull()).isTrue();
        assertThat(PlanJson.fromJson(old.get("plan").toString())).isEqualTo(published);
        mvc.perform(get("/api/plans/" + planId + "/diff")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no diff")));
    }

    @Test
    void invalidDisruptionsAre400WithEveryErrorAndStoreNothing() throws Exception {
        int plansBefore = plansOfProblem();
        String disruptions = """
                {"now": "%s", "disruptions": [
                  {"type": "TRAINER_UNAVAILABLE", "trainerId": "NOBODY", "from": "%s"},
                  {"type": "COHORT_CANCELLED", "cohortId": "NO-SUCH-COHORT"}]}
                """.formatted(now(), now());

        JsonNode problem = body(mvc.perform(replan(planId, disruptions))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title", is("Invalid disruptions")))
                .andReturn());

        List<String> errors = new ArrayList<>();
        problem.get("errors").forEach(e -> errors.add(e.get("file").asText() + ":" + e.get("line").asText() + ": "
                + e.get("field").asText() + ": " + e.get("reason").asText()));
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("disruptions.json:2: trainerId: ").contains("NOBODY");
        assertThat(errors.get(1)).startsWith("disruptions.json:3: cohortId: ").contains("NO-SUCH-COHORT");
        assertThat(plansOfProblem()).isEqualTo(plansBefore);

        mvc.perform(replan(planId, "{\"now\": \"not a date\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()", is(2)));
        mvc.perform(replan(planId, "{\"now\": \"%s\", \"disruptions\": []}".formatted(now()))
                .param("timeLimit", "soon"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("timeLimit")));
    }

    @Test
    void aPlanStillSolvingIsNotReplanned() throws Exception {
        String solving = body(mvc.perform(post("/api/problems/" + problemId + "/solve").param("timeLimit", "PT60S"))
                .andExpect(status().isAccepted()).andReturn()).get("id").asText();
        String nothing = "{\"now\": \"%s\", \"disruptions\": []}".formatted(now());
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            JsonNode plan = plan(solving);
            while (plan.get("bestScore").isNull()) {
                mvc.perform(replan(solving, nothing)).andExpect(status().isConflict())
                        .andExpect(jsonPath("$.detail", containsString("has no solution yet")));
                assertThat(System.nanoTime()).as("no best score yet").isLessThan(deadline);
                Thread.sleep(100);
                plan = plan(solving);
            }
            mvc.perform(replan(solving, nothing)).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", is("Plan " + solving
                            + " is SOLVING; stop it or let it finish before re-planning it")));
        } finally {
            mvc.perform(post("/api/plans/" + solving + "/stop")).andExpect(status().isAccepted());
        }
    }

    @Test
    void unknownPlansAre404() throws Exception {
        String disruptions = "{\"now\": \"2023-10-02\", \"disruptions\": []}";
        mvc.perform(replan("no-such-plan", disruptions)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", is("No plan with id no-such-plan")));
        mvc.perform(post("/api/plans/no-such-plan/recommendations").contentType(MediaType.APPLICATION_JSON)
                .content(disruptions)).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/no-such-plan/diff")).andExpect(status().isNotFound());
    }

    @Test
    void recommendationsListTheBestCohortsForALateRegistrant() throws Exception {
        Teacher like = TinyProblems.problem(SEED).teachers().stream()
                .filter(t -> byStart().get(byStart().size() - 1).teacherIds().contains(t.id())).findFirst()
                .orElseThrow();
        String registrants = """
                {"now": "%s", "disruptions": [{"type": "TEACHERS_ADDED", "teachers": [
                  {"id": "T-LATE", "schoolId": "%s", "track": "%s", "language": "%s"}]}]}
                """.formatted(now(), like.schoolId(), like.track(), like.language());

        JsonNode answer = body(mvc.perform(recommend(registrants).param("count", "2")).andExpect(status().isOk())
                .andReturn());

        JsonNode recommendations = answer.get("recommendations");
        assertThat(recommendations.size()).isBetween(1, 2);
        recommendations.forEach(r -> {
            assertThat(texts(r.get("teacherIds"))).contains("T-LATE");
            assertThat(r.get("cohortId").asText()).isNotBlank();
            assertThat(r.get("scoreDiff").asText()).contains("hard");
        });
        assertThat(answer.get("seconds").asDouble()).isLessThan(5);
    }

    @Test
    void recommendationsRejectOtherDisruptionsABadCountAndKnownTeachers() throws Exception {
        Teacher known = TinyProblems.problem(SEED).teachers().get(0);
        String registrant = """
                {"now": "%s", "disruptions": [{"type": "TEACHERS_ADDED", "teachers": [
                  {"id": "%s", "schoolId": "%s", "track": "%s", "language": "%s"}]}]}
                """.formatted(now(), "T-LATE-2", known.schoolId(), known.track(), known.language());
        mvc.perform(recommend(registrant).param("count", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("count must be between 1 and 20")));

        String cancel = """
                {"now": "%s", "disruptions": [{"type": "COHORT_CANCELLED", "cohortId": "%s"}]}
                """.formatted(now(), byStart().get(byStart().size() - 1).id());
        mvc.perform(recommend(cancel)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("not COHORT_CANCELLED")));

        String again = registrant.replace("T-LATE-2", known.id());
        mvc.perform(recommend(again)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title", is("Invalid disruptions")))
                .andExpect(jsonPath("$.errors[0].reason", containsString(known.id())));
    }

    private MockHttpServletRequestBuilder replan(String id, String disruptions) {
        return post("/api/plans/" + id + "/replan").contentType(MediaType.APPLICATION_JSON).content(disruptions);
    }

    private MockHttpServletRequestBuilder recommend(String body) {
        return post("/api/plans/" + planId + "/recommendations").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private int plansOfProblem() throws Exception {
        return body(mvc.perform(get("/api/problems/" + problemId + "/plans")).andReturn()).size();
    }

    private JsonNode plan(String id) throws Exception {
        return body(mvc.perform(get("/api/plans/" + id)).andExpect(status().isOk()).andReturn());
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
