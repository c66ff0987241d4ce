package org.cohortplanner.problems.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohortplanner.report.BlockView;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.DeliveryView.Stop;
import org.cohortplanner.report.KitCount;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PrintBatchView;
import org.cohortplanner.report.UnplacedTeacher;
import org.cohortplanner.report.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCsvTest {

    @TempDir
    Path dir;

    private static PlanReport plan() {
        Map<String, Long> costs = new LinkedHashMap<>();
        costs.put("Trainer fees", 24000L);
        costs.put("Venue rent", 12000L);
        Kpis kpis = new Kpis(3, 1, 2, 36000L, costs, LocalDate.of(2023, 6, 15), 0.125, 2, 42.5, 90, 1372.5, 2,
                Map.of("ru", 30, "ky", 45));
        List<CohortView> cohorts = List.of(
                new CohortView("C-1", "MATH", "ky", "OSH-CITY", "TR-1", "V-1",
                        List.of(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 6)), List.of("T-1", "T-2"),
                        LocalDate.of(2023, 5, 31), "D-1"),
                new CohortView("C-2", "SCIENCE", "ru", "OSH-ARAVAN", null, null, List.of(), List.of("T-3"), null, null));
        return new PlanReport(1, "P", "-1hard/-1medium/-36000soft", false, kpis, cohorts,
                List.of(new UnplacedTeacher("T-4", "no trainer teaches SCIENCE in ru, \"sadly\"")),
                List.of(new Violation("Cohort without trainer, venue or dates", "hard", "-1hard/0medium/0soft", 1,
                        List.of("cohort C-2 (1 teachers): -1hard/0medium/0soft")),
                        new Violation("Teacher not placed", "medium", "0hard/-1medium/0soft", 1, List.of())),
                deliveries(), printBatches());
    }

    private static List<DeliveryView> deliveries() {
        return List.of(
                new DeliveryView("D-1", "TRUCK-BISHKEK-1", "PH-BISHKEK", LocalDate.of(2023, 5, 22),
                        LocalDate.of(2023, 5, 26), 1372.5, 91_000, List.of(
                                new Stop("OSH-CITY", LocalDate.of(2023, 5, 23), List.of(
                                        new KitCount("MATH", "ky", 25), new KitCount("SCIENCE", "ru", 20))),
                                new Stop("OSH-ARAVAN", LocalDate.of(2023, 5, 24), List.of(
                                        new KitCount("MATH", "ky", 20))))),
                new DeliveryView("D-2", "TRUCK-OSH-1", "PH-OSH", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1),
                        0.0, 0, List.of()));
    }

    private static List<PrintBatchView> printBatches() {
        return List.of(
                new PrintBatchView("PH-BISHKEK", LocalDate.of(2023, 5, 8), List.of(
                        new KitCount("MATH", "ky", 45), new KitCount("SCIENCE", "ru", 20))),
                new PrintBatchView("PH-OSH", LocalDate.of(2023, 5, 15), List.of(new KitCount("MATH", "ky", 10))));
    }

    @Test
    void planReadsBackEqualFromFolderAndZip() {
        PlanCsv.write(plan(), dir.resolve("plan"));
        PlanCsv.write(plan(), dir.resolve("plan.zip"));

        assertThat(PlanCsv.read(dir.resolve("plan"))).isEqualTo(plan());
        assertThat(PlanCsv.read(dir.resolve("plan.zip"))).isEqualTo(plan());
    }

    /** A cohort whose second block a substitute trainer teaches at another venue (after a re-plan). */
    private static PlanReport planWithASubstitute() {
        List<LocalDate> first = List.of(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 6));
        List<LocalDate> second = List.of(LocalDate.of(2023, 6, 26), LocalDate.of(2023, 6, 27));
        CohortView split = new CohortView("C-3", "MATH", "ky", "OSH-CITY", "TR-2", "V-2",
                List.of(first.get(0), first.get(1), second.get(0), second.get(1)), List.of("T-5"), null, null,
                List.of(new BlockView(first, "TR-1", "V-1"), new BlockView(second, "TR-2", "V-2")));
        List<CohortView> cohorts = new ArrayList<>(plan().cohorts());
        cohorts.add(split);
        return plan().withCohorts(cohorts, plan().unplaced());
    }

    @Test
    void blocksWithASubstituteReadBackAndScheduleEachDaysTrainer() {
        PlanCsv.write(planWithASubstitute(), dir.resolve("split"));

        assertThat(PlanCsv.read(dir.resolve("split"))).isEqualTo(planWithASubstitute());
        String schedules = new String(PlanCsv.toFiles(planWithASubstitute()).get(PlanCsv.TRAINER_SCHEDULES),
                StandardCharsets.UTF_8);
        assertThat(schedules).contains("\"TR-1\",\"2023-06-06\",\"C-3\",\"V-1\"")
                .contains("\"TR-2\",\"2023-06-26\",\"C-3\",\"V-2\"")
                .doesNotContain("\"TR-2\",\"2023-06-05\"");
    }

    @Test
    void trainerSchedulesAndVenueBookingsListEveryDay() {
        Map<String, byte[]> files = PlanCsv.toFiles(plan());

        assertThat(new String(files.get(PlanCsv.TRAINER_SCHEDULES), StandardCharsets.UTF_8)).isEqualTo("""
                "trainer_id","date","cohort_id","venue_id"
                "TR-1","2023-06-05","C-1","V-1"
                "TR-1","2023-06-06","C-1","V-1"
                """);
        assertThat(new String(files.get(PlanCsv.ROSTERS), StandardCharsets.UTF_8)).isEqualTo("""
                "cohort_id","teacher_id"
                "C-1","T-1"
                "C-1","T-2"
                "C-2","T-3"
                """);
    }

    @Test
    void deliveriesHaveOneRowPerKitLineOfEachStop() {
        Map<String, byte[]> files = PlanCsv.toFiles(plan());

        assertThat(new String(files.get(PlanCsv.DELIVERIES), StandardCharsets.UTF_8)).isEqualTo("""
                "delivery_id","vehicle_id","print_house_id","departure","return_date","km","cost","stop","district_id","arrival","track","language","count"
                "D-1","TRUCK-BISHKEK-1","PH-BISHKEK","2023-05-22","2023-05-26","1372.5","91000","1","OSH-CITY","2023-05-23","MATH","ky","25"
                "D-1","TRUCK-BISHKEK-1","PH-BISHKEK","2023-05-22","2023-05-26","1372.5","91000","1","OSH-CITY","2023-05-23","SCIENCE","ru","20"
                "D-1","TRUCK-BISHKEK-1","PH-BISHKEK","2023-05-22","2023-05-26","1372.5","91000","2","OSH-ARAVAN","2023-05-24","MATH","ky","20"
                "D-2","TRUCK-OSH-1","PH-OSH","2023-06-01","2023-06-01","0.0","0","","","","","",""
                """);
        assertThat(new String(files.get(PlanCsv.PRINT_BATCHES), StandardCharsets.UTF_8)).isEqualTo("""
                "print_house_id","week","track","language","count"
                "PH-BISHKEK","2023-05-08","MATH","ky","45"
                "PH-BISHKEK","2023-05-08","SCIENCE","ru","20"
                "PH-OSH","2023-05-15","MATH","ky","10"
                """);
        assertThat(new String(files.get(PlanCsv.COHORTS), StandardCharsets.UTF_8))
                .contains("\"kits_arrive\",\"delivery_id\",\"blocks\"\n",
                        "\"2023-06-05;2023-06-06\",\"2023-05-31\",\"D-1\",\"\"\n");
        assertThat(new String(files.get(PlanCsv.PLAN), StandardCharsets.UTF_8))
                .contains("\"trucking_km\",\"1372.5\"\n\"trips\",\"2\"\n\"kits_printed.ky\",\"45\"\n"
                        + "\"kits_printed.ru\",\"30\"\n");
    }

    @Test
    void aBundleWrittenBeforeDeliveriesReadsWithoutThem() throws Exception {
        PlanCsv.write(plan(), dir.resolve("plan"));
        Files.delete(dir.resolve("plan").resolve(PlanCsv.DELIVERIES));
        Files.delete(dir.resolve("plan").resolve(PlanCsv.PRINT_BATCHES));

        PlanReport read = PlanCsv.read(dir.resolve("plan"));

        assertThat(read.deliveries()).isEmpty();
        assertThat(read.printBatches()).isEmpty();
        assertThat(read.cohorts()).isEqualTo(plan().cohorts());
    }

    @Test
    void missingFileIsNamed() {
        PlanCsv.write(plan(), dir.resolve("plan"));
        dir.resolve("plan").resolve(PlanCsv.ROSTERS).toFile().delete();

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PlanCsv.read(dir.resolve("plan"))))
                .hasMessageContaining("rosters.csv");
    }
}
