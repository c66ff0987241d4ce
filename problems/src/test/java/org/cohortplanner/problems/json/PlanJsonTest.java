package org.cohortplanner.problems.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cohortplanner.report.BlockView;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.KitCount;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PrintBatchView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan document with deliveries: the field names the issue asks for, and a round trip. */
class PlanJsonTest {

    @TempDir
    Path dir;

    private static PlanReport plan() {
        Kpis kpis = new Kpis(25, 0, 1, 50_000L, Map.of("Trainer fees", 24_000L), LocalDate.of(2023, 6, 15), 0.1, 1,
                30.0, 60, 1372.5, 1, Map.of("ky", 25));
        CohortView cohort = new CohortView("C-1", "MATH", "ky", "OSH-CITY", "TR-1", "V-1",
                List.of(LocalDate.of(2023, 6, 5)), List.of("T-1"), LocalDate.of(2023, 5, 23), "D-1");
        DeliveryView delivery = new DeliveryView("D-1", "TRUCK-1", "PH-BISHKEK", LocalDate.of(2023, 5, 22),
                LocalDate.of(2023, 5, 25), 1372.5, 91_000, List.of(new DeliveryView.Stop("OSH-CITY",
                        LocalDate.of(2023, 5, 23), List.of(new KitCount("MATH", "ky", 25)))));
        PrintBatchView batch = new PrintBatchView("PH-BISHKEK", LocalDate.of(2023, 5, 15),
                List.of(new KitCount("MATH", "ky", 25)));
        return new PlanReport(1, "P", "0hard/0medium/-50000soft", true, kpis, List.of(cohort), List.of(), List.of(),
                List.of(delivery), List.of(batch));
    }

    @Test
    void blocksAppearOnlyWhenTheyDifferAndReadBack() throws Exception {
        List<LocalDate> first = List.of(LocalDate.of(2023, 6, 5));
        List<LocalDate> second = List.of(LocalDate.of(2023, 6, 26));
        CohortView split = new CohortView("C-2", "MATH", "ky", "OSH-CITY", "TR-2", "V-1",
                List.of(first.get(0), second.get(0)), List.of("T-2"), null, null,
                List.of(new BlockView(first, "TR-1", "V-1"), new BlockView(second, "TR-2", "V-1")));
        PlanReport plan = plan().withCohorts(List.of(plan().cohorts().get(0), split), List.of());

        JsonNode root = new ObjectMapper().readTree(PlanJson.toJson(plan));

        assertThat(root.get("cohorts").get(0).has("blocks")).isFalse();
        JsonNode blocks = root.get("cohorts").get(1).get("blocks");
        assertThat(blocks.toString()).isEqualTo("[{\"days\":[\"2023-06-05\"],\"trainerId\":\"TR-1\",\"venueId\":\"V-1\"},"
                + "{\"days\":[\"2023-06-26\"],\"trainerId\":\"TR-2\",\"venueId\":\"V-1\"}]");
        assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).isEqualTo(plan);
    }

    @Test
    void deliveriesPrintBatchesAndKitArrivalUseTheDocumentedNames() throws Exception {
        JsonNode root = new ObjectMapper().readTree(PlanJson.toJson(plan()));

        JsonNode delivery = root.get("deliveries").get(0);
        assertThat(delivery.get("vehicleId").asText()).isEqualTo("TRUCK-1");
        assertThat(delivery.get("departure").asText()).isEqualTo("2023-05-22");
        JsonNode stop = delivery.get("stops").get(0);
        assertThat(stop.get("districtId").asText()).isEqualTo("OSH-CITY");
        assertThat(stop.get("arrival").asText()).isEqualTo("2023-05-23");
        assertThat(stop.get("kits").get(0).toString()).isEqualTo("{\"track\":\"MATH\",\"language\":\"ky\",\"count\":25}");
        assertThat(root.get("printBatches").get(0).get("week").asText()).isEqualTo("2023-05-15");
        JsonNode cohort = root.get("cohorts").get(0);
        assertThat(cohort.get("districtId").asText()).isEqualTo("OSH-CITY");
        assertThat(cohort.get("kitsArrive").asText()).isEqualTo("2023-05-23");
        JsonNode kpis = root.get("kpis");
        assertThat(kpis.get("truckingKm").asDouble()).isEqualTo(1372.5);
        assertThat(kpis.get("trips").asInt()).isEqualTo(1);
        assertThat(kpis.get("kitsPrintedByLanguage").get("ky").asInt()).isEqualTo(25);
    }

    @Test
    void readsBackEqual() throws Exception {
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan(), file);

        assertThat(PlanJson.read(file)).isEqualTo(plan());
    }

    @Test
    void aPlanWrittenBeforeDeliveriesReadsWithoutThem() throws Exception {
        Path file = dir.resolve("old.json");
        java.nio.file.Files.writeString(file, """
                {"formatVersion": 1, "programmeId": "P", "score": "0hard/0medium/0soft", "feasible": true,
                 "kpis": {"teachersPlaced": 0, "teachersUnplaced": 0, "cohortsUsed": 0, "totalCost": 0,
                          "costByComponent": {}, "completionDate": null, "trainerUtilisation": 0.0,
                          "trainersUsed": 0, "meanTravelMinutes": 0.0, "maxTravelMinutes": 0},
                 "cohorts": [], "unplaced": [], "violations": []}
                """);

        PlanReport read = PlanJson.read(file);

        assertThat(read.deliveries()).isEmpty();
        assertThat(read.printBatches()).isEmpty();
        assertThat(read.kpis().kitsPrintedByLanguage()).isEmpty();
    }
}
