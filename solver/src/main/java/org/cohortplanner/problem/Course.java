package org.cohortplanner.problem;

import java.util.List;

/**
 * The course of one track: in-person blocks (working days each) separated by gaps, plus online hours.
 *
 * @param blockDays working days of each in-person block, in order
 * @param minGapDays fewest calendar days from the end of one block to the start of the next
 * @param maxGapDays most calendar days from the end of one block to the start of the next
 */
public record Course(String track, int totalHours, int hoursPerDay, List<Integer> blockDays, int minGapDays,
        int maxGapDays, int onlineHours, int minSize, int idealSize, int maxSize) {

    public Course {
        blockDays = List.copyOf(blockDays);
    }

    public int inPersonDays() {
        int days = 0;
        for (int block : blockDays) {
            days += block;
        }
        return days;
    }

    public int inPersonHours() {
        return inPersonDays() * hoursPerDay;
    }
}
