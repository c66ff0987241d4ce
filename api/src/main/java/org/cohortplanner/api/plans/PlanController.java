package org.cohortplanner.api.plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cohortplanner.api.errors.NotFoundException;
import org.cohortplanner.api.errors.RequestException;
import org.cohortplanner.api.solving.PlanEvents;
import org.cohortplanner.api.solving.SolveJobs;
import org.cohortplanner.problems.csv.PlanCsv;
import org.cohortplanner.problems.json.PlanJson;
import org.cohortplanner.report.PlanReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans", description = "Follow, stop and resume solves; read, analyse and export plans")
public class PlanController {

    private final PlanStore plans;
    private final SolveJobs jobs;
    private final PlanEvents events;

    public PlanController(PlanStore plans, SolveJobs jobs, PlanEvents events) {
        this.plans = plans;
        this.jobs = jobs;
        this.events = events;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan's status, best score so far, KPIs and its best plan so far")
    @ApiResponse(responseCode = "404", description = "no such plan")
    public PlanDetails get(@PathVariable String id) {
        return plans.details(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: 'status' (the plan summary) first and on every change, "
            + "'best' with every new best score (and the KPIs at most once a second); ends with the solve")
    @ApiResponse(responseCode = "404", description = "no such plan")
    public SseEmitter events(@PathVariable String id) {
        if (plans.summary(id).isEmpty()) {
            throw new NotFoundException("plan", id);
        }
        return events.subscribe(id, () -> plans.summary(id).orElseThrow());
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop a queued or running solve; the best plan so far is kept and the plan becomes STOPPED")
    @ApiResponse(responseCode = "202", description = "stopping; the status changes when the solver has ended")
    @ApiResponse(responseCode = "404", description = "no such plan")
    public ResponseEntity<PlanSummary> stop(@PathVariable String id) {
        return ResponseEntity.accepted().body(jobs.stop(id));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Solve an interrupted, stopped or finished plan further, from its last saved best plan")
    @ApiResponse(responseCode = "202", description = "queued again")
    @ApiResponse(responseCode = "400", description = "the time limit is not a positive ISO-8601 duration")
    @ApiResponse(responseCode = "404", description = "no such plan")
    @ApiResponse(responseCode = "409", description = "the plan is still queued or solving")
    public ResponseEntity<PlanSummary> resume(@PathVariable String id,
            @Parameter(description = "ISO-8601 duration, such as PT60S; the plan's own time limit when absent")
            @RequestParam(required = false) String timeLimit) {
        return ResponseEntity.accepted().body(jobs.resume(id, timeLimit));
    }

    @GetMapping("/{id}/analysis")
    @Operation(summary = "The score per constraint, broken rules first, with the worst matches in plain words")
    @ApiResponse(responseCode = "404", description = "no such plan")
    @ApiResponse(responseCode = "409", description = "no best plan saved yet")
    public PlanAnalysis analysis(@PathVariable String id) {
        return PlanAnalysis.of(id, savedReport(id));
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Download the best plan so far: JSON, or CSV files in a zip")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)})
    @ApiResponse(responseCode = "400", description = "format is neither csv nor json")
    @ApiResponse(responseCode = "404", description = "no such plan")
    @ApiResponse(responseCode = "409", description = "no best plan saved yet")
    public ResponseEntity<byte[]> export(@PathVariable String id,
            @Parameter(description = "csv (a zip of CSV files) or json") @RequestParam(defaultValue = "csv") String format) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw RequestException.badRequest("format must be csv or json, not '" + format + "'");
        }
        PlanReport report = savedReport(id);
        String base = "plan-" + report.programmeId() + "-" + id.substring(0, Math.min(8, id.length()));
        boolean csv = format.equals("csv");
        byte[] body = csv ? zip(report) : PlanJson.toJson(report).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(csv ? MediaType.parseMediaType("application/zip") : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(base + (csv ? ".zip" : ".json")).build().toString())
                .body(body);
    }

    private PlanReport savedReport(String id) {
        PlanSummary plan = plans.summary(id).orElseThrow(() -> new NotFoundException("plan", id));
        return plans.report(id).orElseThrow(() -> RequestException.conflict(
                "Plan " + id + " has no solution yet (" + plan.status() + "); try again once it has a best score"));
    }

    /** The CSV bundle as the command line writes it, through a scratch file. */
    private static byte[] zip(PlanReport report) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cohort-planner-export");
            Path file = folder.resolve("plan.zip");
            PlanCsv.write(report, file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                folder.resolve("plan.zip").toFile().delete();
                folder.toFile().delete();
            }
        }
    }
}
