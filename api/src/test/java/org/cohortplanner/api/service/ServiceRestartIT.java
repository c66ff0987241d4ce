package org.cohortplanner.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as a child process, kills it with SIGKILL in the middle of a solve, starts it again on
 * the same data folder and checks that nothing stored was lost: the problems (the demo and an uploaded one), the
 * solving plan as INTERRUPTED with its last saved best plan, the queued plan as INTERRUPTED; then resumes it.
 */
class ServiceRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Process service;
    private int port;

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor();
        }
    }

    @Test
    void aKilledServiceLosesNothingStoredAndTheInterruptedPlanResumes() throws Exception {
        String jar = System.getProperty("cohort-planner.jar");
        assumeTrue(jar != null && Files.exists(Path.of(jar)), "the packaged jar is needed (run through mvn verify)");
        port = freePort();
        start(jar, "first.log");

        String problemId = send("POST", "/api/problems", TinyProblems.json(41)).get("id").asText();
        JsonNode problemsBefore = get("/api/problems");
        assertThat(problemsBefore).hasSize(2); // the demo and the upload
        JsonNode documentBefore = get("/api/problems/" + problemId);
        String solving = send("POST", "/api/problems/" + problemId + "/solve?timeLimit=PT5M", null).get("id").asText();
        String queued = send("POST", "/api/problems/" + problemId + "/solve?timeLimit=PT5M", null).get("id").asText();
        JsonNode seen = waitFor(solving, plan -> !plan.get("savedAt").isNull());
        assertThat(seen.get("status").asText()).isEqualTo("SOLVING");
        assertThat(get("/api/plans/" + queued).get("status").asText()).isEqualTo("QUEUED");

        System.out.println(Instant.now() + " killing");
        service.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        start(jar, "second.log");

        assertThat(get("/api/problems")).isEqualTo(problemsBefore);
        assertThat(get("/api/problems/" + problemId)).isEqualTo(documentBefore);
        JsonNode interrupted = get("/api/plans/" + solving);
        assertThat(interrupted.get("status").asText()).isEqualTo("INTERRUPTED");
        HardMediumSoftLongScore lastSaved = score(interrupted);
        assertThat(lastSaved).isGreaterThanOrEqualTo(score(seen));
        assertThat(interrupted.get("plan").get("score").asText()).isEqualTo(interrupted.get("bestScore").asText());
        assertThat(interrupted.get("plan").get("cohorts").size()).isEqualTo(
                interrupted.get("kpis").get("cohortsUsed").asInt()).isPositive();
        JsonNode wasQueued = get("/api/plans/" + queued);
        assertThat(wasQueued.get("status").asText()).isEqualTo("INTERRUPTED");
        assertThat(wasQueued.get("bestScore").isNull()).isTrue();

        System.out.println(Instant.now() + " resuming");
        send("POST", "/api/plans/" + solving + "/resume?timeLimit=PT2S", null);
        JsonNode resumed = waitFor(solving, plan -> plan.get("status").asText().equals("DONE"));
        assertThat(score(resumed)).isGreaterThanOrEqualTo(lastSaved);
        System.out.println(Instant.now() + " resumed");
    }

    @Test
    void aNormalStopSavesTheRunningSolveBeforeTheDatabaseCloses() throws Exception {
        String jar = System.getProperty("cohort-planner.jar");
        assumeTrue(jar != null && Files.exists(Path.of(jar)), "the packaged jar is needed (run through mvn verify)");
        port = freePort();
        start(jar, "first.log");

        String problemId = send("POST", "/api/problems", TinyProblems.json(42)).get("id").asText();
        JsonNode problemsBefore = get("/api/problems");
        String solving = send("POST", "/api/problems/" + problemId + "/solve?timeLimit=PT5M", null).get("id").asText();
        String queued = send("POST", "/api/problems/" + problemId + "/solve?timeLimit=PT5M", null).get("id").asText();
        waitFor(solving, plan -> !plan.get("savedAt").isNull());
        Thread.sleep(1_500); // a few more best plans, some not saved yet

        System.out.println(Instant.now() + " stopping with SIGTERM");
        service.destroy();
        assertThat(service.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String firstLog = readLog("first.log");
        assertThat(firstLog).contains("Solves stopped and saved; the database closes next")
                .doesNotContain("Database is already closed").doesNotContain("90098");
        start(jar, "second.log");

        assertThat(get("/api/problems")).isEqualTo(problemsBefore);
        JsonNode interrupted = get("/api/plans/" + solving);
        assertThat(interrupted.get("status").asText()).isEqualTo("INTERRUPTED");
        assertThat(interrupted.get("finishedAt").isNull()).as(interrupted.toString()).isFalse();
        assertThat(interrupted.get("plan").get("score").asText()).isEqualTo(interrupted.get("bestScore").asText());
        assertThat(get("/api/plans/" + queued).get("status").asText()).isEqualTo("INTERRUPTED");
    }

    private void start(String jar, String log) throws Exception {
        System.out.println(Instant.now() + " starting " + log);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        service = new ProcessBuilder(List.of(java.toString(), "-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-jar", jar, "--server.port=" + port,
                "--cohort-planner.data-dir=" + dir.resolve("data"), "--cohort-planner.solver.save-interval=PT0.5S",
                "--cohort-planner.solver.max-concurrent=1"))
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            assertThat(service.isAlive()).as(() -> "service exited: " + readLog(log)).isTrue();
            try {
                if (http.send(request("GET", "/api/problems", null), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200 && get("/api/problems").size() > 0) {
                    System.out.println(Instant.now() + " started " + log);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertThat(System.nanoTime()).as(() -> "service did not start: " + readLog(log)).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private String readLog(String log) {
        try {
            return Files.readString(dir.resolve(log));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private JsonNode waitFor(String planId, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode plan = get("/api/plans/" + planId);
        while (!condition.test(plan)) {
            assertThat(System.nanoTime()).as("plan %s still %s", planId, plan.get("status")).isLessThan(deadline);
            Thread.sleep(100);
            plan = get("/api/plans/" + planId);
        }
        return plan;
    }

    private JsonNode get(String path) throws Exception {
        return send("GET", path, null);
    }

    private JsonNode send(String method, String path, byte[] jsonBody) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, jsonBody),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return json.readTree(response.body());
    }

    private HttpRequest request(String method, String path, byte[] jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(jsonBody)).build();
    }

    private static HardMediumSoftLongScore score(JsonNode plan) {
        return HardMediumSoftLongScore.parseScore(plan.get("bestScore").asText());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
