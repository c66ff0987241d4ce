package org.cohortplanner.benchmarks.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    private static SummaryRow row(String configuration, boolean feasible, int placed, long softPenalty) {
        // 10 teachers, 9 of them placeable; bound 1,000
        return new SummaryRow("tiny", 10, 9, configuration, feasible && placed >= 9 ? 2.0 : null,
                feasible ? 1.0 : null, feasible ? "0hard/0medium/-" + softPenalty + "soft" : "-1hard/0medium/-1soft",
                placed, softPenalty, softPenalty, null, 0L, 1000L, feasible);
    }

    @Test
    void theBoundIsCheckedAgainstEveryPlanThatPlacesEveryPlaceableTeacher() {
        assertThat(row("above", true, 9, 1200).boundCheck()).isEqualTo(SummaryRow.BoundCheck.HOLDS);
        assertThat(row("equal", true, 9, 1000).boundCheck()).isEqualTo(SummaryRow.BoundCheck.HOLDS);
        assertThat(row("below", true, 9, 999).boundCheck()).isEqualTo(SummaryRow.BoundCheck.VIOLATED);
        // A plan leaving a placeable teacher out, or breaking a hard rule, may cost less: the bound is not about it.
        assertThat(row("one out", true, 8, 500).boundCheck()).isEqualTo(SummaryRow.BoundCheck.NOT_APPLICABLE);
        assertThat(row("infeasible", false, 9, 500).boundCheck()).isEqualTo(SummaryRow.BoundCheck.NOT_APPLICABLE);
    }

    @Test
    void theGapIsShownForPlansThatPlaceEveryPlaceableTeacher() {
        assertThat(row("above", true, 9, 1200).gap()).isEqualTo(0.2);
        assertThat(row("one out", true, 8, 1200).gap()).isNull();
    }

    @Test
    void tablesShowBothFirstTimesAndFlagAViolatedBound() {
        List<SummaryRow> rows = List.of(row("above", true, 9, 1200), row("below", true, 9, 999),
                row("one out", true, 8, 500));

        String markdown = SummaryTable.markdown(rows, "t", List.of());
        assertThat(markdown).contains("| tiny | 10 | above | 2.0 s | 1.0 s |").contains("| 20.0 % | yes |")
                .contains("| below | 2.0 s | 1.0 s |").contains("| VIOLATED |")
                .contains("| one out | never | 1.0 s |").contains("| – | n/a |");
        assertThat(SummaryTable.csv(rows).lines()).element(2).asString()
                .startsWith("tiny,10,below,2.0,1.0,").endsWith(",1000,-0.0010,VIOLATED");
    }
}
