package org.cohortplanner.problems.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohortplanner.problems.TextFiles.lineOf;
import static org.cohortplanner.problems.TextFiles.replace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.ProblemFixture;
import org.cohortplanner.problems.ReadResult;
import org.cohortplanner.problems.records.ParsedProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON format: round trips and every kind of unreadable document, with its line. */
class ProblemJsonTest {

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void writeFixture() {
        file = dir.resolve("problem.json");
        ProblemJson.write(ProblemFixture.problem(), file);
    }

    private ReadResult read() {
        return ProblemFiles.read(file);
    }

    private String errorAt(String needle, String field, String message) {
        return "problem.json:" + lineOf(file, needle) + ": " + field + ": " + message;
    }

    @Test
    void roundTrip() {
        ParsedProblem parsed = ProblemJson.read(ProblemJson.toBytes(ProblemFixture.problem()), "problem.json");

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.problem()).isEqualTo(ProblemFixture.problem());
    }

    @Test
    void logisticsAreListsOfRecordsAndOptional() throws Exception {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\"printHouses\": [", "\"weeklyCapacity\": 400", "\"depotDistrictId\": \"D-JA\"",
                "\"maxDrivingMinutesPerDay\": 540", "\"servedDistrictIds\": [\n        \"D-OSH\",\n        \"D-BAT\"\n      ]");

        TrainingProblem without = ProblemFixture.problem().withLogistics(java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        String withoutJson = ProblemJson.toJson(without);
        ParsedProblem parsed = ProblemJson.read(withoutJson.getBytes(StandardCharsets.UTF_8), "problem.json");

        assertThat(withoutJson).doesNotContain("printHouses", "vehicles", "hubs");
        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.problem()).isEqualTo(without);
    }

    @Test
    void writesPrettyPrintedUtf8WithComponentNamesAndIsoDates() throws Exception {
        String json = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"programme\": {\n    \"id\": \"CP-2023\",\n")
                .doesNotContain("\r")
                .contains("\"name\": \"Жалал-Абад\"")
                .contains("\"horizonStart\": \"2023-05-01\"")
                .contains("\"dates\": {\n        \"from\": \"2023-06-01\",\n        \"to\": \"2023-08-31\"\n      }")
                .contains("\"weights\": {\n      \"Late completion\": \"500soft\",\n      \"Trainer over maximum teaching days\": \"1hard\"")
                .endsWith("}\n");
        assertThat(json.getBytes(StandardCharsets.UTF_8)).isEqualTo(ProblemJson.toBytes(ProblemFixture.problem()));
    }

    @Test
    void readsADocumentWithByteOrderMark() throws Exception {
        byte[] content = Files.readAllBytes(file);
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);

        assertThat(ProblemJson.read(withBom, "problem.json").problem()).isEqualTo(ProblemFixture.problem());
    }

    @Test
    void missingPolicyTakesTheDefaults() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
        root.remove("policy");
        mapper.writeValue(file.toFile(), root);

        TrainingProblem problem = read().problem();

        assertThat(problem.policy()).isEqualTo(Policy.defaults());
    }

    @Test
    void unknownField() {
        replace(file, "\"frozenDays\": 0", "\"frozenDays\": 0, \"colour\": \"red\"");

        assertThat(read().report().errors()).extracting(Object::toString)
                .containsExactly(errorAt("\"colour\"", "colour", "unknown field"));
    }

    @Test
    void wrongTypes() {
        replace(file, "\"seats\": 30", "\"seats\": \"30\"");
        replace(file, "\"latitude\": 40.0625", "\"latitude\": true");
        replace(file, "\"languages\": [ \"ru\" ]".replace("[ \"ru\" ]", "[\n        \"ru\"\n      ]"),
                "\"languages\": \"ru\"");
        replace(file, "\"keepSchoolTeams\": false", "\"keepSchoolTeams\": \"no\"");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                errorAt("\"latitude\": true", "latitude", "not a number (true)"),
                errorAt("\"languages\": \"ru\"", "languages", "not a list of text (\"ru\")"),
                errorAt("\"seats\": \"30\"", "seats", "not a whole number (\"30\")"),
                errorAt("\"keepSchoolTeams\"", "keepSchoolTeams", "not true or false (\"no\")"));
    }

    @Test
    void malformedDates() {
        replace(file, "\"horizonStart\": \"2023-05-01\"", "\"horizonStart\": \"2023-02-30\"");
        replace(file, "\"from\": \"2023-07-10\"", "\"from\": \"2023-07-30\"");
        replace(file, "\"readyFrom\": \"2023-05-15\"", "\"readyFrom\": 20230515");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                errorAt("\"horizonStart\"", "horizonStart", "not a date (2023-02-30)"),
                errorAt("\"readyFrom\"", "readyFrom", "not a date (20230515)"),
                "problem.json:" + (lineOf(file, "\"readyFrom\"") + 1)
                        + ": unavailable: range ends before it starts (2023-07-30..2023-07-20)");
    }

    @Test
    void missingRequiredField() {
        int elementLine = lineOf(file, "\"id\": \"T-2\"") - 1;
        replace(file, "\"id\": \"T-2\",", "");

        assertThat(read().report().errors()).extracting(Object::toString)
                .containsExactly("problem.json:" + elementLine + ": id: missing value");
    }

    @Test
    void missingOrWrongFormatVersion() throws Exception {
        replace(file, "\"formatVersion\": 1,", "\"formatVersion\": 2,");
        assertThat(read().report().errors()).extracting(Object::toString)
                .containsExactly("problem.json:2: formatVersion: unsupported format version (2), expected 1");

        replace(file, "\"formatVersion\": 2,", "");
        assertThat(read().report().errors()).extracting(Object::toString)
                .containsExactly("problem.json:1: formatVersion: missing value");
    }

    @Test
    void syntaxErrorGivesItsLine() {
        replace(file, "\"currency\": \"KGS\",", "\"currency\": \"KGS\"");

        ReadResult result = read();

        assertThat(result.problem()).isNull();
        assertThat(result.report().errors()).singleElement().asString()
                .startsWith("problem.json:9: -: not valid JSON: Unexpected character");
    }

    @Test
    void duplicateKeyIsAnError() {
        replace(file, "\"frozenDays\": 0", "\"frozenDays\": 0, \"frozenDays\": 1");

        assertThat(read().report().errors()).singleElement().asString()
                .startsWith("problem.json:11: -: not valid JSON: Duplicate field 'frozenDays'");
    }

    @Test
    void notAnObject() throws Exception {
        Files.writeString(file, "[1, 2]");

        assertThat(read().report().errors()).extracting(Object::toString)
                .containsExactly("problem.json:1: -: not a JSON object");
    }

    @Test
    void reportsEveryErrorAtOnce() {
        replace(file, "\"frozenDays\": 0", "\"frozenDays\": -0.5");
        replace(file, "\"kind\": \"PUBLIC_HOLIDAY\"", "\"kind\": \"HOLIDAY\"");
        replace(file, "\"onlineAccess\": \"POOR\",\n      \"unavailable\": [\n",
                "\"onlineAccess\": \"BAD\",\n      \"unavailable\": [\n");
        replace(file, "\"blockDays\": [ 5, 3 ]".replace("[ 5, 3 ]", "[\n        5,\n        3\n      ]"),
                "\"blockDays\": [ 5, \"3\" ]");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                errorAt("\"frozenDays\"", "frozenDays", "not a whole number (-0.5)"),
                errorAt("\"HOLIDAY\"", "kind", "not one of PUBLIC_HOLIDAY, SCHOOL_HOLIDAY, DISTRICT_CLOSURE (HOLIDAY)"),
                errorAt("\"BAD\"", "onlineAccess", "not one of GOOD, POOR (BAD)"),
                errorAt("\"blockDays\": [ 5, \"3\" ]", "blockDays", "not a whole number (\"3\")"));
    }

    @Test
    void semanticErrorsPointAtTheJsonField() {
        replace(file, "\"schoolId\": \"S-2\"", "\"schoolId\": \"S-99\"");
        replace(file, "\"seats\": 24", "\"seats\": 0");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                errorAt("\"schoolId\": \"S-99\"", "schoolId", "unknown school (S-99)"),
                errorAt("\"seats\": 0", "seats", "must be positive (0)"));
    }
}
