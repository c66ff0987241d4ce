package org.cohortplanner.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/** Who may write: a token when one is set or the service is exposed, and never a page of another site. */
class AccessApiTest {

    private static final String TOKEN = "s3cret-token";

    @Nested
    @SpringBootTest(properties = {"cohort-planner.demo=false", "cohort-planner.api-token=" + TOKEN})
    @AutoConfigureMockMvc
    @DirtiesContext
    class WithAToken extends ServiceWithTempData {

        @Autowired
        MockMvc mvc;

        @Test
        void writesAndDeletesNeedTheTokenReadsDoNot() throws Exception {
            byte[] problem = TinyProblems.json(41);
            mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content(problem))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"cohort-planner\""));
            mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content(problem)
                    .header("Authorization", "Bearer wrong")).andExpect(status().isUnauthorized());
            String body = mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content(problem)
                    .header("Authorization", "Bearer " + TOKEN)).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String id = new ObjectMapper().readTree(body).get("id").asText();

            mvc.perform(get("/api/problems/" + id)).andExpect(status().isOk());
            mvc.perform(post("/api/problems/" + id + "/solve")).andExpect(status().isUnauthorized());
            mvc.perform(delete("/api/problems/" + id)).andExpect(status().isUnauthorized());
            mvc.perform(delete("/api/problems/" + id).header("Authorization", "Bearer " + TOKEN))
                    .andExpect(status().isNoContent());
        }

        @Test
        void aCrossSiteWriteIsRefusedEvenWithTheToken() throws Exception {
            MockMultipartFile file = new MockMultipartFile("file", "problem.json", "application/json",
                    TinyProblems.json(42));
            mvc.perform(multipart("/api/problems").file(file).header("Authorization", "Bearer " + TOKEN)
                    .header("Origin", "http://evil.example")).andExpect(status().isForbidden());
            mvc.perform(multipart("/api/problems").file(file).header("Authorization", "Bearer " + TOKEN)
                    .header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
            mvc.perform(multipart("/api/problems").file(file).header("Authorization", "Bearer " + TOKEN)
                    .header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin"))
                    .andExpect(status().isCreated());
        }
    }

    @Nested
    @SpringBootTest(properties = "cohort-planner.demo=false")
    @AutoConfigureMockMvc
    @DirtiesContext
    class ByDefault extends ServiceWithTempData {

        @Autowired
        MockMvc mvc;

        @Autowired
        Environment environment;

        @Test
        void onlyThisMachineConnectsAndNoTokenIsNeededButCrossSiteIsRefused() throws Exception {
            assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
            mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content(TinyProblems.json(43)))
                    .andExpect(status().isCreated());
            mvc.perform(multipart("/api/problems")
                            .file(new MockMultipartFile("file", "problem.json", "application/json", TinyProblems.json(44)))
                            .header("Origin", "https://attacker.example"))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    @SpringBootTest(properties = {"cohort-planner.demo=false", "server.address=0.0.0.0"})
    @AutoConfigureMockMvc
    @DirtiesContext
    class ExposedWithoutAToken extends ServiceWithTempData {

        @Autowired
        MockMvc mvc;

        @Test
        void writesNeedTheTokenMadeUpAtStart() throws Exception {
            mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content(TinyProblems.json(45)))
                    .andExpect(status().isUnauthorized());
            mvc.perform(get("/api/problems")).andExpect(status().isOk());
        }
    }
}
