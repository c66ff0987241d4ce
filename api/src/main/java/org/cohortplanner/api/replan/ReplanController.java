package org.cohortplanner.api.replan;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Re-planning", description = "Re-plan a plan after disruptions; recommend cohorts for late registrants")
public class ReplanController {

    private final Replans replans;

    public ReplanController(Replans replans) {
        this.replans = replans;
    }

    @PostMapping(path = "/{id}/replan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-plan after disruptions ({\"now\": ..., \"disruptions\": [...]}), changing as little as "
            + "possible; answers when done, stored as a new plan version linked to this one",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "object", description = "the disruptions JSON document"))))
    @ApiResponse(responseCode = "201", description = "the new plan version under 'plan', and what changed: "
            + "'lines' in plain words, 'diff' with 'toNotify', 'conflicts', 'notApplied'")
    @ApiResponse(responseCode = "400", description = "invalid disruptions (every error with line, field and reason), "
            + "or a bad time limit", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "no such plan")
    @ApiResponse(responseCode = "409", description = "the plan has no solution yet, or is still queued or solving")
    @ApiResponse(responseCode = "503", description = "as many re-plans as solver threads are already running")
    public ResponseEntity<ObjectNode> replan(@PathVariable String id, @RequestBody byte[] disruptions,
            @Parameter(description = "ISO-8601 duration, at most PT5M; PT30S when absent")
            @RequestParam(required = false) String timeLimit) {
        ObjectNode replanned = replans.replan(id, disruptions, timeLimit);
        return ResponseEntity.created(URI.create("/api/plans/" + replanned.get("plan").get("id").asText()))
                .body(replanned);
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "What a re-plan changed against the plan it re-plans, as stored with it")
    @ApiResponse(responseCode = "404", description = "no such plan, or the plan is not a re-plan")
    public JsonNode diff(@PathVariable String id) {
        return replans.changes(id);
    }

    @PostMapping(path = "/{id}/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The best cohorts for late registrants to join, with the score impact, without re-solving; "
            + "the body is a disruptions document with TEACHERS_ADDED only",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "object", description = "{\"now\": ..., \"disruptions\": "
                            + "[{\"type\": \"TEACHERS_ADDED\", \"teachers\": [...]}]}"))))
    @ApiResponse(responseCode = "200", description = "for each registrant's group, the best cohorts first")
    @ApiResponse(responseCode = "400", description = "invalid registrants, other disruption types, or a bad count")
    @ApiResponse(responseCode = "404", description = "no such plan")
    @ApiResponse(responseCode = "409", description = "the plan has no solution yet")
    public Replans.Recommendations recommendations(@PathVariable String id, @RequestBody byte[] registrants,
            @Parameter(description = "cohorts per registrant, 1 to 20") @RequestParam(defaultValue = "3") int count) {
        return replans.recommend(id, registrants, count);
    }
}
