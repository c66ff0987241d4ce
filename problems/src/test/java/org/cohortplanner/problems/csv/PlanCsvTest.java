package org.cohortplanner.problems.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
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
        Kpis kpis = new Kpis(3, 1, 2, 36000L, costs, LocalDate.of(2023, 6, 15), 0.125, 2, 42.5, 90, 0.0, 0, Map.of());
        List<CohortView> cohorts = List.of(
                new CohortView("C-1", "MATH", "ky", "OSH-CITY", "TR-1", "V-1",
                        List.of(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 6)), List.of("T-1", "T-2"), null, null),
                new CohortView("C-2", "SCIENCE", "ru", "OSH-ARAVAN", null, null, List.of(), List.of("T-3"), null, null));
        return new PlanReport(1, "P", "-1hard/-1medium/-36000soft", false, kpis, cohorts,
                List.of(new UnplacedTeacher("T-4", "no trainer teaches SCIENCE in ru, \"sadly\"")),
                List.of(new Violation("Cohort without trainer, venue or dates", "hard", "-1hard/0medium/0soft", 1,
                        List.of("cohort C-2 (1 teachers): -1hard/0medium/0soft")),
                        new Violation("Teacher not placed", "medium", "0hard/-1medium/0soft", 1, List.of())),
                List.of(), List.of());
    }

    @Test
    void planReadsBackEqualFromFolderAndZip() {
        PlanCsv.write(plan(), dir.resolve("plan"));
        PlanCsv.write(plan(), dir.resolve("plan.zip"));

        assertThat(PlanCsv.read(dir.resolve("plan"))).isEqualTo(plan());
        assertThat(PlanCsv.read(dir.resolve("plan.zip"))).isEqualTo(plan());
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
    void missingFileIsNamed() {
        PlanCsv.write(plan(), dir.resolve("plan"));
        dir.resolve("plan").resolve(PlanCsv.ROSTERS).toFile().delete();

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PlanCsv.read(dir.resolve("plan"))))
                .hasMessageContaining("rosters.csv");
    }
}
