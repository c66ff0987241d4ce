package org.cohortplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.cohortplanner.calendar.DaySet;
import org.junit.jupiter.api.Test;

class TeachersAwayTest {

    @Test
    void countsTeacherDaysAboveTheQuotaAsTeachersComeAndGo() {
        TeachersAway away = new TeachersAway();

        assertThat(away.change(3, 2, 3)).isZero();
        assertThat(away.change(3, 2, 3)).isEqualTo(1);
        assertThat(away.change(40, 5, 3)).isEqualTo(2);
        assertThat(away.excess()).isEqualTo(3);

        assertThat(away.change(3, -2, 3)).isEqualTo(-1);
        assertThat(away.change(40, -5, 3)).isEqualTo(-2);
        assertThat(away.excess()).isZero();
    }

    @Test
    void removingTeachersBelowTheQuotaChangesNothing() {
        TeachersAway away = new TeachersAway(10);
        away.change(1, 6, 4);

        assertThat(away.change(1, -1, 4)).isEqualTo(-1);
        assertThat(away.change(1, -3, 4)).isEqualTo(-1);
        assertThat(away.excess()).isZero();
    }

    @Test
    void changesEveryDayOfASet() {
        TeachersAway away = new TeachersAway();

        away.change(DaySet.of(1, 2, 70), 5, 3);
        assertThat(away.excess()).isEqualTo(6);
        away.change(DaySet.of(2, 70), -5, 3);
        assertThat(away.excess()).isEqualTo(2);
        assertThat(away.change(1, -5, 3)).isEqualTo(-2);
    }
}
