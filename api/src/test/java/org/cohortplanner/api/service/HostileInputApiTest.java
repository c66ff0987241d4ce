package org.cohortplanner.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.csv.ProblemCsv;
import org.cohortplanner.problems.json.ProblemJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Hostile and oversized requests, with limits set small by the test: clear 4xx answers, and the service goes on. */
@SpringBootTest(properties = {"cohort-planner.demo=false", "cohort-planner.limits.upload-bytes=2MB",
    "cohort-planner.limits.zip-entry-bytes=1MB", "cohort-planner.limits.zip-total-bytes=3MB"})
@AutoConfigureMockMvc
@DirtiesContext // its own database folder: no later class may reuse this context
class HostileInputApiTest extends ServiceWithTempData {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Autowired
    MockMvc mvc;

    /** The tiny problem's CSV files zipped, with teachers.csv replaced by {@code teacherBytes} zeros. */
    private static byte[] zipBomb(int teacherBytes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : ProblemCsv.toFiles(TinyProblems.problem(1)).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getKey().equals(ProblemCsv.TEACHERS) ? new byte[teacherBytes] : file.getValue());
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipBombIsRefusedAndTheServiceAnswersTheNextRequest() throws Exception {
        byte[] bomb = zipBomb(200 * MB);
        assertThat(bomb.length).isLessThan(MB);

        mvc.perform(multipart("/api/problems").file(new MockMultipartFile("file", "bomb.zip", "application/zip", bomb)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file", is("teachers.csv")))
                .andExpect(jsonPath("$.errors[0].reason",
                        is("more than 1 MB once decompressed, the limit for one zip entry")));
        mvc.perform(get("/api/problems")).andExpect(status().isOk());
    }

    @Test
    void aBodyAboveTheUploadLimitIs413() throws Exception {
        byte[] big = new byte[3 * MB];
        mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail", containsString("cohort-planner.limits.upload-bytes")));
        // MockMvc hands the part over without multipart parsing: the reader's own limit refuses it
        mvc.perform(multipart("/api/problems").file(new MockMultipartFile("file", "big.json", "application/json", big)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", is("cannot read file (larger than 2 MB, the limit)")));
    }

    @Test
    void aLongNameOrIdIsAValidationErrorNotA500() throws Exception {
        TrainingProblem problem = TinyProblems.problem(2);
        Programme p = problem.programme();
        TrainingProblem longName = problem.withProgramme(new Programme(p.id(), "N".repeat(600), p.horizonStart(),
                p.horizonEnd(), p.currency(), p.targetEnd(), p.now(), p.frozenDays()));
        TrainingProblem longId = problem.withProgramme(new Programme("I".repeat(300), p.name(), p.horizonStart(),
                p.horizonEnd(), p.currency(), p.targetEnd(), p.now(), p.frozenDays()));

        mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content(ProblemJson.toBytes(longName)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("name")))
                .andExpect(jsonPath("$.errors[0].reason", is("600 characters, more than 500 (the limit for a text)")));
        MvcResult result = mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON)
                        .content(ProblemJson.toBytes(longId)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("id")))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("INSERT").doesNotContain("I".repeat(300));
    }

    @Test
    void twoFilesOfOneNameOrAFileNamedDotDotAre400() throws Exception {
        Map<String, byte[]> files = ProblemCsv.toFiles(TinyProblems.problem(3));
        byte[] teachers = files.get(ProblemCsv.TEACHERS);
        mvc.perform(multipart("/api/problems")
                        .file(new MockMultipartFile("file", "teachers.csv", "text/csv", teachers))
                        .file(new MockMultipartFile("file", "teachers.csv", "text/csv", teachers)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Two files are named 'teachers.csv'")));
        mvc.perform(multipart("/api/problems")
                        .file(new MockMultipartFile("file", "teachers.csv", "text/csv", teachers))
                        .file(new MockMultipartFile("file", "..", "text/csv", teachers)))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/problems").file(new MockMultipartFile("file", "..", "text/csv", teachers)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aHugeUnknownIdIsNotEchoedInFull() throws Exception {
        String id = "x".repeat(100_000);
        MvcResult result = mvc.perform(get("/api/plans/" + id)).andExpect(status().isNotFound()).andReturn();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8).length()).isLessThan(2_000);
    }

    @Test
    void aTinyTimeLimitIs400() throws Exception {
        MvcResult created = mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON)
                        .content(TinyProblems.json(4)))
                .andExpect(status().isCreated()).andReturn();
        String id = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(created.getResponse().getContentAsString()).get("id").asText();
        mvc.perform(post("/api/problems/" + id + "/solve").param("timeLimit", "PT0.000000001S"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("at least PT1S")));
        mvc.perform(post("/api/problems/" + id + "/solve").param("timeLimit", "P1D"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", not(containsString("PT24H"))));
    }
}
