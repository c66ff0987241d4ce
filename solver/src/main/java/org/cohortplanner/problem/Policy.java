package org.cohortplanner.problem;

import java.util.Map;

/**
 * Rules and prices of the programme.
 *
 * @param maxTravelMinutes most minutes a teacher travels from school to venue
 * @param maxShareAway largest share of one school's staff in training on the same day (0..1)
 * @param maxDelegationSize most teachers of one school that the planner keeps together as one unit
 * @param trainerTransferMinutes a trainer who would drive longer than this between two venues needs a
 *        free day between teaching at them
 * @param bufferDays kits must reach the district this many days before a cohort starts
 * @param teacherPerDiem daily allowance of a teacher training away from home district
 * @param trainerPerDiem daily allowance of a trainer teaching away from home district
 * @param travelCostPerKm cost of one km of travel by a person (there and back counted separately)
 * @param substituteDailyCost cost of a substitute for one teacher-day in term time
 * @param keepSchoolTeams whether splitting a school's team of one track across cohorts costs anything
 * @param roadFactor road km per straight-line km, where no road is given
 * @param averageSpeedKmh speed on estimated roads
 * @param weights constraint name to weight, overriding the defaults, as a score such as {@code 500soft}
 */
public record Policy(int maxTravelMinutes, double maxShareAway, int maxDelegationSize, int trainerTransferMinutes,
        int bufferDays, long teacherPerDiem, long trainerPerDiem, long travelCostPerKm, long substituteDailyCost,
        boolean keepSchoolTeams, double roadFactor, double averageSpeedKmh, Map<String, String> weights) {

    public Policy {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    public static Policy defaults() {
        return new Policy(180, 0.3, 6, 240, 3, 1500, 2500, 10, 1200, true, 1.3, 50.0, Map.of());
    }
}
