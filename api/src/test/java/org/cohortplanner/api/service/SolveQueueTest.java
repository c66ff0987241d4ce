package org.cohortplanner.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The solve queue: capped, first in first out, and a queued plan stops at once. */
@SpringBootTest(properties = {"cohort-planner.demo=false", "cohort-planner.solver.max-concurrent=1",
    "cohort-planner.solver.max-queued=3", "cohort-planner.solver.save-interval=PT0.5S"})
@AutoConfigureMockMvc
@DirtiesContext // its own database folder: no later class may reuse this context
class SolveQueueTest extends ServiceWithTempData {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void theQueueIsCappedFifoAndAQueuedPlanStopsAtOnce() throws Exception {
        String problemId = body(mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON)
                .content(TinyProblems.json(31))).andExpect(status().isCreated()).andReturn()).get("id").asText();
        String running = startSolve(problemId);
        waitFor(running, p -> p.get("status").asText().equals("SOLVING"));
        String first = startSolve(problemId);
        String stopped = startSolve(problemId);
        String last = startSolve(problemId);

        mvc.perform(post("/api/problems/" + problemId + "/solve").param("timeLimit", "PT1S"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail", containsString("cohort-planner.solver.max-queued")));

        mvc.perform(post("/api/plans/" + stopped + "/stop")).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status", is("STOPPED")));
        mvc.perform(get("/api/plans/" + stopped)).andExpect(jsonPath("$.status", is("STOPPED")));
        // the stopped plan left the queue: there is room again, and it can be resumed later
        String again = startSolve(problemId);

        JsonNode firstDone = waitFor(first, p -> p.get("status").asText().equals("DONE"));
        JsonNode lastDone = waitFor(last, p -> p.get("status").asText().equals("DONE"));
        waitFor(again, p -> p.get("status").asText().equals("DONE"));
        assertThat(OffsetDateTime.parse(firstDone.get("startedAt").asText()))
                .isBefore(OffsetDateTime.parse(lastDone.get("startedAt").asText()));
        mvc.perform(post("/api/plans/" + stopped + "/resume").param("timeLimit", "PT1S"))
                .andExpect(status().isAccepted());
        waitFor(stopped, p -> p.get("status").asText().equals("DONE"));
    }

    private String startSolve(String problemId) throws Exception {
        return body(mvc.perform(post("/api/problems/" + problemId + "/solve").param("timeLimit", "PT1S"))
                .andExpect(status().isAccepted()).andReturn()).get("id").asText();
    }

    private JsonNode waitFor(String planId, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode plan = body(mvc.perform(get("/api/plans/" + planId)).andReturn());
        while (!condition.test(plan)) {
            assertThat(System.nanoTime()).as("plan %s still %s", planId, plan.get("status")).isLessThan(deadline);
            Thread.sleep(100);
            plan = body(mvc.perform(get("/api/plans/" + planId)).andReturn());
        }
        return plan;
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
