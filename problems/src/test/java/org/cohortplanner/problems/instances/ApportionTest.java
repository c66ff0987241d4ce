package org.cohortplanner.problems.instances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApportionTest {

    @Test
    void partsAddUpAndFollowTheWeights() {
        assertThat(Apportion.largestRemainder(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(Apportion.largestRemainder(7, new double[] {0, 2, 5})).containsExactly(0, 2, 5);
        assertThat(Apportion.largestRemainder(0, new double[] {0, 0})).containsExactly(0, 0);
    }

    @Test
    void smallSharesGetTheMinimum() {
        assertThat(Apportion.withMinimum(20, new double[] {100, 1, 0, 5}, 2)).containsExactly(16, 2, 0, 2);
        assertThat(Apportion.withMinimum(3, new double[] {1, 1, 1}, 2)).containsExactly(2, 1, 0);
    }
}
