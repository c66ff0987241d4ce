package org.cohortplanner.problems.disruptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohortplanner.problems.ProblemFixture.date;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.DisruptionFiles;
import org.cohortplanner.problems.ProblemFixture;
import org.cohortplanner.problems.csv.DisruptionsCsv;
import org.cohortplanner.problems.json.DisruptionsJson;
import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.Disruptions;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.PrintBatchView;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON and CSV forms of disruptions, their reading errors and their checks against problem and plan. */
class DisruptionFilesTest {

    private static final TrainingProblem PROBLEM = ProblemFixture.problem();
    private static final PlanReport PLAN = new PlanReport(1, "CP-2023", "0hard/0medium/0soft", true,
            new Kpis(0, 0, 1, 0, Map.of(), null, 0, 0, 0, 0, 0, 0, Map.of()),
            List.of(new CohortView("C-1", "MATH", "ky", "D-OSH", "TR-1", "V-1", List.of(date("2023-10-09")),
                    List.of("T-1", "T-3"), null, null)), List.of(), List.of(),
            List.of(new DeliveryView("TRUCK-2/PH-1/2023-10-02", "TRUCK-2", "PH-1", date("2023-10-02"),
                    date("2023-10-03"), 120, 2400, List.of())),
            List.of(new PrintBatchView("PH-1", date("2023-09-25"), List.of())));

    /** Every type, as in the issue's example: lines 3 to 12 hold one disruption each. */
    private static final String JSON = """
            {"now": "2023-10-02",
             "disruptions": [
              {"type": "TRAINER_UNAVAILABLE", "trainerId": "TR-1", "from": "2023-10-02", "to": "2023-11-10"},
              {"type": "VENUE_CLOSED", "venueId": "V-2", "from": "2023-10-16", "to": "2023-10-20"},
              {"type": "DISTRICT_CLOSED", "districtId": "D-BAT", "from": "2023-12-01"},
              {"type": "DELIVERY_DELAYED", "deliveryId": "TRUCK-2/PH-1/2023-10-02", "days": 3},
              {"type": "PRINT_BATCH_DELAYED", "batchId": "PH-1@2023-09-25", "days": 14},
              {"type": "TEACHERS_WITHDRAWN", "teacherIds": ["T-2", "T-4"]},
              {"type": "COHORT_CANCELLED", "cohortId": "C-1"},
              {"type": "TEACHERS_ADDED", "teachers": [
                {"id": "T-9", "schoolId": "S-1", "track": "MATH", "language": "ky"}
              ]}
             ]}
            """;

    private static final Disruptions EXPECTED = new Disruptions(date("2023-10-02"), List.of(
            new Disruption.TrainerUnavailable("TR-1", date("2023-10-02"), date("2023-11-10")),
            new Disruption.VenueClosed("V-2", date("2023-10-16"), date("2023-10-20")),
            new Disruption.DistrictClosed("D-BAT", date("2023-12-01"), date("2023-12-01")),
            new Disruption.DeliveryDelayed("TRUCK-2/PH-1/2023-10-02", 3),
            new Disruption.PrintBatchDelayed("PH-1@2023-09-25", 14),
            new Disruption.TeachersWithdrawn(List.of("T-2", "T-4")),
            new Disruption.CohortCancelled("C-1"),
            new Disruption.TeachersAdded(List.of(new Teacher("T-9", "S-1", "MATH", "ky", null, null, List.of())))));

    @TempDir
    Path folder;

    private DisruptionFiles.Result readJson(String json) throws IOException {
        Path file = folder.resolve("disruptions.json");
        Files.writeString(file, json);
        return DisruptionFiles.read(file, PROBLEM, PLAN);
    }

    private DisruptionFiles.Result readCsv(String replan, String disruptions, String added) throws IOException {
        Path bundle = Files.createDirectories(folder.resolve("bundle"));
        if (replan != null) {
            Files.writeString(bundle.resolve(DisruptionsCsv.REPLAN), replan);
        }
        Files.writeString(bundle.resolve(DisruptionsCsv.DISRUPTIONS), disruptions);
        if (added != null) {
            Files.writeString(bundle.resolve(DisruptionsCsv.ADDED_TEACHERS), added);
        }
        return DisruptionFiles.read(bundle, PROBLEM, PLAN);
    }

    private static List<String> errors(DisruptionFiles.Result result) {
        return result.report().errors().stream().map(ValidationIssue::toString).toList();
    }

    @Test
    void jsonOfEveryType() throws IOException {
        DisruptionFiles.Result result = readJson(JSON);

        assertThat(errors(result)).isEmpty();
        assertThat(result.disruptions()).isEqualTo(EXPECTED);
        assertThat(result.report().warnings()).isEmpty();
    }

    @Test
    void jsonRoundTrip() {
        String written = DisruptionsJson.toJson(EXPECTED);

        var read = DisruptionsJson.read(written.getBytes(StandardCharsets.UTF_8), "d.json");

        assertThat(read.issues()).isEmpty();
        assertThat(read.disruptions()).isEqualTo(EXPECTED);
    }

    @Test
    void csvBundleOfEveryType() throws IOException {
        DisruptionFiles.Result result = readCsv("key,value\nnow,2023-10-02\n", """
                type,trainer_id,venue_id,district_id,cohort_id,teacher_ids,from,to,days,delivery_id,batch_id
                TRAINER_UNAVAILABLE,TR-1,,,,,2023-10-02,2023-11-10,,,
                VENUE_CLOSED,,V-2,,,,2023-10-16,2023-10-20,,,
                DISTRICT_CLOSED,,,D-BAT,,,2023-12-01,,,,
                DELIVERY_DELAYED,,,,,,,,3,TRUCK-2/PH-1/2023-10-02,
                PRINT_BATCH_DELAYED,,,,,,,,14,,PH-1@2023-09-25
                TEACHERS_WITHDRAWN,,,,,T-2;T-4,,,,,
                COHORT_CANCELLED,,,,C-1,,,,,,
                """, "id,school_id,track,language,skill_level,online_access,unavailable\nT-9,S-1,MATH,ky,,,\n");

        assertThat(errors(result)).isEmpty();
        assertThat(result.disruptions()).isEqualTo(EXPECTED);
    }

    @Test
    void jsonReadingErrors_fileLineField() throws IOException {
        DisruptionFiles.Result result = readJson("""
                {"now": "2023-10-02",
                 "disruptions": [
                  {"type": "TRAINER_SICK", "trainerId": "TR-1"},
                  {"type": "VENUE_CLOSED", "venue": "V-2", "from": "2023-10-16"},
                  {"type": "TRAINER_UNAVAILABLE", "trainerId": "TR-1", "from": "2023-02-30"},
                  {"type": "PRINT_BATCH_DELAYED", "batchId": "PB-1", "days": "two"}
                 ]}
                """);

        assertThat(result.disruptions()).isNull();
        assertThat(errors(result)).containsExactly(
                "disruptions.json:3: type: unknown disruption type (TRAINER_SICK); expected one of TRAINER_UNAVAILABLE,"
                        + " VENUE_CLOSED, DISTRICT_CLOSED, DELIVERY_DELAYED, PRINT_BATCH_DELAYED, TEACHERS_WITHDRAWN,"
                        + " TEACHERS_ADDED, COHORT_CANCELLED",
                "disruptions.json:4: venue: unknown field",
                "disruptions.json:4: venueId: missing value",
                "disruptions.json:5: from: not a date (2023-02-30)",
                "disruptions.json:6: days: not a whole number (\"two\")");
    }

    @Test
    void csvReadingErrors_fileLineField() throws IOException {
        DisruptionFiles.Result result = readCsv("key,value\nnow,2023-10-02\nthen,2023-10-03\n", """
                type,trainer_id,venue_id,district_id,cohort_id,teacher_ids,from,to,days,delivery_id,batch_id
                TRAINER_UNAVAILABLE,TR-1,V-1,,,,2023-10-02,2023-11-10,,,
                FLOOD,,,,,,,,,,
                TEACHERS_ADDED,,,,,,,,,,
                COHORT_CANCELLED,,,,,,,,,,
                """, null);

        assertThat(result.disruptions()).isNull();
        assertThat(errors(result)).containsExactly(
                "replan.csv:3: key: unknown key (then); expected now",
                "disruptions.csv:2: venue_id: not used by TRAINER_UNAVAILABLE (it uses type, trainer_id, from, to)",
                "disruptions.csv:3: type: unknown disruption type (FLOOD); expected one of TRAINER_UNAVAILABLE,"
                        + " VENUE_CLOSED, DISTRICT_CLOSED, DELIVERY_DELAYED, PRINT_BATCH_DELAYED, TEACHERS_WITHDRAWN,"
                        + " TEACHERS_ADDED, COHORT_CANCELLED",
                "disruptions.csv:4: type: late registrants are listed in added_teachers.csv, not here",
                "disruptions.csv:5: cohort_id: missing value");
    }

    @Test
    void csvWithoutNow() throws IOException {
        DisruptionFiles.Result result = readCsv(null, "type,trainer_id,venue_id,district_id,cohort_id,teacher_ids,"
                + "from,to,days,delivery_id,batch_id\n", null);

        assertThat(errors(result)).containsExactly("replan.csv:0: -: missing required file");
    }

    @Test
    void unknownIdsAndImpossibleValues_areReportedAtTheirLines() throws IOException {
        DisruptionFiles.Result result = readJson("""
                {"now": "2024-03-01",
                 "disruptions": [
                  {"type": "TRAINER_UNAVAILABLE", "trainerId": "TR-99", "from": "2023-10-02", "to": "2023-11-10"},
                  {"type": "VENUE_CLOSED", "venueId": "V-2", "from": "2023-10-20", "to": "2023-10-16"},
                  {"type": "DISTRICT_CLOSED", "districtId": "D-NARYN", "from": "2023-12-01"},
                  {"type": "PRINT_BATCH_DELAYED", "batchId": "PB-1", "days": 0},
                  {"type": "TEACHERS_WITHDRAWN", "teacherIds": ["T-2", "T-77"]},
                  {"type": "COHORT_CANCELLED", "cohortId": "C-404"},
                  {"type": "TEACHERS_ADDED", "teachers": [
                    {"id": "T-1", "schoolId": "S-1", "track": "MATH", "language": "ky"},
                    {"id": "T-10", "schoolId": "S-99", "track": "ART", "language": "ky"},
                    {"id": "T-11", "schoolId": "S-1", "track": "SCIENCE", "language": "ky"}
                  ]}
                 ]}
                """);

        assertThat(errors(result)).containsExactly(
                "disruptions.json:1: now: outside the horizon 2023-05-01..2023-12-22 (2024-03-01)",
                "disruptions.json:3: trainerId: unknown trainer (TR-99)",
                "disruptions.json:4: to: before from (2023-10-20..2023-10-16)",
                "disruptions.json:5: districtId: unknown district (D-NARYN)",
                "disruptions.json:6: days: must be positive (0)",
                "disruptions.json:6: batchId: unknown print batch in the published plan (PRINT_HOUSE@MONDAY) (PB-1)",
                "disruptions.json:7: teacherIds: unknown teacher (T-77)",
                "disruptions.json:8: cohortId: unknown cohort in the published plan (C-404)",
                "disruptions.json:10: id: duplicate teacher id (T-1)",
                "disruptions.json:11: schoolId: unknown school (S-99)",
                "disruptions.json:11: track: no course for track ART",
                "disruptions.json:12: language: no trainer teaches SCIENCE in ky");
    }
}
