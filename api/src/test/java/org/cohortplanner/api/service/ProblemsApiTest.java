package org.cohortplanner.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cohortplanner.problems.json.ProblemJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest(properties = "cohort-planner.demo=false")
@AutoConfigureMockMvc
class ProblemsApiTest extends ServiceWithTempData {

    @TempDir
    Path dir;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aJsonProblemIsStoredListedAndReadBackEqual() throws Exception {
        byte[] document = TinyProblems.json(11);

        MvcResult created = mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.teachers", is(TinyProblems.TEACHERS)))
                .andExpect(jsonPath("$.programmeId", is("GEN-11-150")))
                .andExpect(jsonPath("$.warnings").isArray())
                .andReturn();
        String id = body(created).get("id").asText();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/problems/" + id);

        mvc.perform(get("/api/problems")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        MvcResult read = mvc.perform(get("/api/problems/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.id", is(id)))
                .andExpect(jsonPath("$.summary.schools", is(TinyProblems.problem(11).schools().size())))
                .andReturn();
        byte[] stored = json.writeValueAsBytes(body(read).get("problem"));
        assertThat(ProblemJson.read(stored, "stored.json").problem()).isEqualTo(TinyProblems.problem(11));
    }

    @Test
    void aZipBundleIsStored() throws Exception {
        Path zip = TinyProblems.zip(12, dir);
        mvc.perform(multipart("/api/problems").file(new MockMultipartFile("file", "bundle.zip", "application/zip",
                        TinyProblems.read(zip))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.programmeId", is("GEN-12-150")))
                .andExpect(jsonPath("$.teachers", is(TinyProblems.TEACHERS)));
    }

    @Test
    void theCsvFilesOfABundleAreStored() throws Exception {
        Path bundle = TinyProblems.csvFolder(13, dir);
        var request = multipart("/api/problems");
        try (var files = Files.list(bundle)) {
            for (Path file : files.toList()) {
                request.file(new MockMultipartFile("file", file.getFileName().toString(), "text/csv",
                        Files.readAllBytes(file)));
            }
        }
        mvc.perform(request).andExpect(status().isCreated()).andExpect(jsonPath("$.programmeId", is("GEN-13-150")));
    }

    @Test
    void anInvalidCsvBundleIsRefusedWithEveryErrorByFileLineAndField() throws Exception {
        Path bundle = TinyProblems.csvFolder(14, dir);
        Path teachers = bundle.resolve("teachers.csv");
        List<String> lines = Files.readAllLines(teachers);
        // line 2: an unknown kind of online access; line 3: a date that does not exist
        String[] second = lines.get(1).split(",", -1);
        second[5] = "SOMETIMES";
        lines.set(1, String.join(",", second));
        lines.set(2, lines.get(2).replaceFirst(",[^,]*$", ",2026-02-30"));
        Files.write(teachers, lines);
        var request = multipart("/api/problems");
        try (var files = Files.list(bundle)) {
            for (Path file : files.toList()) {
                request.file(new MockMultipartFile("file", file.getFileName().toString(), "text/csv",
                        Files.readAllBytes(file)));
            }
        }
        int before = problemCount();

        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.title", is("Invalid problem")))
                .andExpect(jsonPath("$.status", is(400)))
                .andExpect(jsonPath("$.errors[?(@.file == 'teachers.csv' && @.line == 2)].field",
                        hasItem("online_access")))
                .andExpect(jsonPath("$.errors[?(@.file == 'teachers.csv' && @.line == 3)].field",
                        hasItem("unavailable")))
                .andExpect(jsonPath("$.errors[?(@.line == 2)].reason", hasItem(containsString("SOMETIMES"))));
        assertThat(problemCount()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400WithTheLine() throws Exception {
        mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content("{\n\"formatVersion\": 1,\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].file", is("problem.json")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("not valid JSON")));
    }

    @Test
    void aJsonProblemMissingPartsIsA400ListingThem() throws Exception {
        mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content("{\"formatVersion\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("programme")));
    }

    @Test
    void anUploadWithoutTheFileFieldOrWithAStrayFileIsA400() throws Exception {
        mvc.perform(multipart("/api/problems").file(new MockMultipartFile("other", "x.zip", "application/zip",
                        new byte[] {1})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("file")));
        mvc.perform(multipart("/api/problems")
                        .file(new MockMultipartFile("file", "teachers.csv", "text/csv", "id\n".getBytes()))
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "x".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("notes.txt")));
        mvc.perform(multipart("/api/problems").file(new MockMultipartFile("file", "problem.zip", "application/zip",
                        "not a zip".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file", is("problem.zip")));
    }

    @Test
    void anUnsupportedBodyIsA415ProblemDetail() throws Exception {
        mvc.perform(post("/api/problems").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.status", is(415)));
    }

    @Test
    void unknownIdsAre404ProblemDetails() throws Exception {
        mvc.perform(get("/api/problems/nope"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.title", is("Problem not found")))
                .andExpect(jsonPath("$.detail", is("No problem with id nope")))
                .andExpect(jsonPath("$.instance", is("/api/problems/nope")));
        mvc.perform(delete("/api/problems/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/api/problems/nope/plans")).andExpect(status().isNotFound());
        mvc.perform(post("/api/problems/nope/solve")).andExpect(status().isNotFound());
    }

    @Test
    void aDeletedProblemIsGone() throws Exception {
        MvcResult created = mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON)
                .content(TinyProblems.json(15))).andExpect(status().isCreated()).andReturn();
        String id = body(created).get("id").asText();

        mvc.perform(delete("/api/problems/" + id)).andExpect(status().isNoContent());

        mvc.perform(get("/api/problems/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/problems")).andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(0)));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndSwaggerUiIsServed() throws Exception {
        MvcResult docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn();
        JsonNode paths = body(docs).get("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/problems", "/api/problems/{id}",
                "/api/problems/{id}/solve", "/api/problems/{id}/plans", "/api/plans/{id}", "/api/plans/{id}/events",
                "/api/plans/{id}/stop", "/api/plans/{id}/resume", "/api/plans/{id}/analysis",
                "/api/plans/{id}/export");
        assertThat(paths.get("/api/problems").get("post").get("requestBody").get("content").fieldNames())
                .toIterable().contains("application/json", "multipart/form-data");
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void thePlannersPageIsServedAtTheRoot() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/index.html")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Cohort Planner")));
        mvc.perform(get("/app.js")).andExpect(status().isOk());
    }

    @Test
    void theDatabaseIsAFileInTheDataFolder() {
        assertThat(dataDir.resolve("cohort-planner.mv.db")).isRegularFile();
    }

    private int problemCount() throws Exception {
        return body(mvc.perform(get("/api/problems")).andReturn()).size();
    }
}
