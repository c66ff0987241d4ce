package org.cohortplanner.api.problems;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cohortplanner.api.errors.InvalidProblemException;
import org.cohortplanner.api.errors.NotFoundException;
import org.cohortplanner.api.plans.PlanSummary;
import org.cohortplanner.api.solving.SolveJobs;
import org.cohortplanner.problems.ReadResult;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/problems")
@Tag(name = "Problems", description = "Submit, list, read and delete planning problems; start solves")
public class ProblemController {

    private final ProblemStore problems;
    private final ProblemIntake intake;
    private final SolveJobs jobs;

    public ProblemController(ProblemStore problems, ProblemIntake intake, SolveJobs jobs) {
        this.problems = problems;
        this.intake = intake;
        this.jobs = jobs;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Store a problem sent as its JSON document",
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "object", description = "the problem JSON document"))))
    @ApiResponse(responseCode = "201", description = "stored; its id, size and validation warnings")
    @ApiResponse(responseCode = "400", description = "invalid; every error with file, line, field and reason",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ProblemSummary> submitJson(@org.springframework.web.bind.annotation.RequestBody byte[] document) {
        return store(intake.readJson(document));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Store a problem uploaded as files: the CSV files of a bundle, a zip of them, or a JSON file")
    @ApiResponse(responseCode = "201", description = "stored; its id, size and validation warnings")
    @ApiResponse(responseCode = "400", description = "invalid; every error with file, line, field and reason",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ProblemSummary> submitFiles(
            @Parameter(description = "CSV files, one .zip or one .json") @RequestPart("file") List<MultipartFile> file) {
        return store(intake.readFiles(file));
    }

    private ResponseEntity<ProblemSummary> store(ReadResult read) {
        if (!read.isValid()) {
            throw new InvalidProblemException(read.report());
        }
        ProblemSummary summary = problems.add(read.problem(), Issue.of(read.report().warnings()));
        return ResponseEntity.created(URI.create("/api/problems/" + summary.id())).body(summary);
    }

    @GetMapping
    @Operation(summary = "Every stored problem, oldest first")
    public List<ProblemSummary> list() {
        return problems.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A stored problem with its JSON document")
    @ApiResponse(responseCode = "404", description = "no such problem")
    public StoredProblem get(@PathVariable String id) {
        return problems.find(id).orElseThrow(() -> new NotFoundException("problem", id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a problem and its plans; running solves of it are stopped first")
    @ApiResponse(responseCode = "204", description = "deleted")
    @ApiResponse(responseCode = "404", description = "no such problem")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        if (problems.summary(id).isEmpty()) {
            throw new NotFoundException("problem", id);
        }
        jobs.stopAll(id);
        problems.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/solve")
    @Operation(summary = "Start a solve; it waits in the queue while the maximum number of solves run")
    @ApiResponse(responseCode = "202", description = "the new plan's id; follow it at /api/plans/{id}")
    @ApiResponse(responseCode = "400", description = "the time limit is not a positive ISO-8601 duration")
    @ApiResponse(responseCode = "404", description = "no such problem")
    public ResponseEntity<PlanSummary> solve(@PathVariable String id,
            @Parameter(description = "ISO-8601 duration, such as PT60S; the configured default when absent")
            @RequestParam(required = false) String timeLimit) {
        if (problems.summary(id).isEmpty()) {
            throw new NotFoundException("problem", id);
        }
        PlanSummary plan = jobs.start(id, timeLimit);
        return ResponseEntity.accepted().location(URI.create("/api/plans/" + plan.id())).body(plan);
    }

    @GetMapping("/{id}/plans")
    @Operation(summary = "The plans of a problem, newest first")
    @ApiResponse(responseCode = "404", description = "no such problem")
    public List<PlanSummary> plans(@PathVariable String id) {
        if (problems.summary(id).isEmpty()) {
            throw new NotFoundException("problem", id);
        }
        return jobs.plansOf(id);
    }
}
