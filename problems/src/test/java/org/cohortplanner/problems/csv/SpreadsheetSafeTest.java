package org.cohortplanner.problems.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.ProblemFixture;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.UnplacedTeacher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formula injection: cells that a spreadsheet would run are escaped in every CSV written, and read back as sent. */
class SpreadsheetSafeTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    @TempDir
    Path dir;

    @Test
    void formulaCellsGetAQuoteAndNumbersStayNumbers() {
        assertThat(SpreadsheetSafe.escape(FORMULA)).isEqualTo("'" + FORMULA);
        for (String risky : List.of("+1+2", "-1+2", "@SUM(A1)", "\tx", "\rx", "-6hard/0medium/-5soft")) {
            assertThat(SpreadsheetSafe.escape(risky)).as(risky).isEqualTo("'" + risky);
        }
        for (String plain : List.of("-12", "-12.5", "3", "1e5", "T-1", "", "2023-05-01", "'quoted")) {
            assertThat(SpreadsheetSafe.escape(plain)).as(plain).isEqualTo(plain);
        }
    }

    @Test
    void readingGivesBackWhatWasWritten() {
        for (String cell : List.of(FORMULA, "'" + FORMULA, "''-x", "-12", "'quoted", "T-1", "@", "'")) {
            assertThat(SpreadsheetSafe.unescape(SpreadsheetSafe.escape(cell))).as(cell).isEqualTo(cell);
        }
    }

    private static PlanReport plan(String teacherId) {
        Kpis kpis = new Kpis(1, 1, 1, 100L, Map.of("Venue rent", -5L), LocalDate.of(2023, 6, 15), 0.5, 1, 10.0, 20,
                0.0, 0, Map.of());
        return new PlanReport(1, "+P", "-1hard/0medium/-5soft", false, kpis,
                List.of(new CohortView("C-1", "MATH", "ky", "D-1", "@TR-1", "V-1", List.of(LocalDate.of(2023, 6, 5)),
                        List.of(teacherId), null, null)),
                List.of(new UnplacedTeacher("-T-2", "=no trainer")), List.of(), List.of(), List.of());
    }

    @Test
    void planExportsEscapeEveryFileAndReadBackEqual() {
        Map<String, byte[]> files = PlanCsv.toFiles(plan(FORMULA));

        String rosters = new String(files.get(PlanCsv.ROSTERS), StandardCharsets.UTF_8);
        assertThat(rosters).contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\"");
        assertThat(new String(files.get(PlanCsv.COHORTS), StandardCharsets.UTF_8)).contains("\"'@TR-1\"");
        assertThat(new String(files.get(PlanCsv.TRAINER_SCHEDULES), StandardCharsets.UTF_8)).contains("\"'@TR-1\"");
        assertThat(new String(files.get(PlanCsv.VENUE_BOOKINGS), StandardCharsets.UTF_8)).contains("\"'@TR-1\"");
        assertThat(new String(files.get(PlanCsv.UNPLACED), StandardCharsets.UTF_8))
                .contains("\"'-T-2\",\"'=no trainer\"");
        String summary = new String(files.get(PlanCsv.PLAN), StandardCharsets.UTF_8);
        assertThat(summary).contains("\"score\",\"'-1hard/0medium/-5soft\"").contains("\"cost.Venue rent\",\"-5\"");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            for (String line : new String(file.getValue(), StandardCharsets.UTF_8).split("\n")) {
                for (String cell : line.split(",")) {
                    assertThat(cell).as(file.getKey()).doesNotStartWith("\"=").doesNotStartWith("\"@")
                            .doesNotStartWith("\"+").doesNotStartWith("=");
                }
            }
        }
        PlanCsv.write(plan(FORMULA), dir.resolve("plan.zip"));
        assertThat(PlanCsv.read(dir.resolve("plan.zip"))).isEqualTo(plan(FORMULA));
    }

    @Test
    void problemBundlesEscapeTooAndReadBackEqual() {
        ProblemFixture fixture = new ProblemFixture();
        Programme p = fixture.programme;
        fixture.programme = new Programme(p.id(), "=1+1", p.horizonStart(), p.horizonEnd(), p.currency(),
                p.targetEnd(), p.now(), p.frozenDays());
        Teacher t = fixture.teachers.get(0);
        fixture.teachers.set(0, new Teacher("@T-1", t.schoolId(), t.track(), t.language(), t.skillLevel(),
                t.onlineAccess(), t.unavailable()));
        TrainingProblem problem = fixture.build();
        Map<String, byte[]> files = ProblemCsv.toFiles(problem);
        assertThat(new String(files.get(ProblemCsv.PROGRAMME), StandardCharsets.UTF_8)).contains("'=1+1");
        assertThat(new String(files.get(ProblemCsv.TEACHERS), StandardCharsets.UTF_8)).contains("'@T-1,");
        assertThat(new String(files.get(ProblemCsv.DISTRICTS), StandardCharsets.UTF_8)).doesNotContain("'");

        ProblemCsv.write(problem, dir.resolve("bundle"));
        assertThat(ProblemFiles.read(dir.resolve("bundle")).problem()).isEqualTo(problem);
    }
}
