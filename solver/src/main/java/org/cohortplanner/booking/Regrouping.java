package org.cohortplanner.booking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.SchoolTeam;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;

/**
 * Moves school teams between booked cohorts, keeping every cohort's dates, trainer and venue: a team to a cohort
 * with room that costs less (in the school holidays, nearer home, fuller), and a whole small cohort into others, which
 * saves its trainer and venue. The booking decides when cohorts run; this decides who trains in them, so the two
 * take turns ({@code BookingSearchPhase}).
 * <p>
 * It keeps the hard rules a team move can break (sizes between the course's minimum and maximum, seats of the venue,
 * teachers' unavailable days; reachable cohorts are within the travel limit) and prices what a move changes as the
 * constraints do: substitutes and lateness of the teachers moved, their travel, seats below the ideal size, school
 * teams split, the schools' share away and, when a cohort empties, its trainer's fee, travel and workload and its
 * venue's rent.
 */
public final class Regrouping {

    private final BookingCosts costs;
    private final SchoolsAway schoolsAway;
    private final Map<Cohort, int[]> daysOf = new IdentityHashMap<>();
    private final Map<Cohort, Integer> sizes = new IdentityHashMap<>();
    private final Map<Delegation, Cohort> cohortOf = new LinkedHashMap<>();
    private final Map<Cohort, List<Delegation>> members = new IdentityHashMap<>();
    private final Map<SchoolTeam, Map<Cohort, Integer>> teams = new HashMap<>();
    private final Map<Trainer, Integer> taught = new HashMap<>();
    private final Map<Delegation, Cohort> moves = new LinkedHashMap<>();
    private final Random random;

    private Regrouping(TrainingPlan plan, long seed) {
        this.costs = new BookingCosts(plan);
        this.schoolsAway = new SchoolsAway(plan.getContext().calendar().dayCount());
        this.random = new Random(seed);
        for (Cohort cohort : plan.getCohorts()) {
            if (!cohort.isUsed() || cohort.getSchedule() == null) {
                continue;
            }
            int[] days = cohort.getSchedule().dayIndexes().stream().mapToInt(Integer::intValue).toArray();
            daysOf.put(cohort, days);
            sizes.put(cohort, cohort.size());
            members.put(cohort, new ArrayList<>(cohort.getDelegations()));
            if (cohort.getTrainer() != null) {
                taught.merge(cohort.getTrainer(), days.length, Integer::sum);
            }
            for (Delegation delegation : cohort.getDelegations()) {
                schoolsAway.change(delegation, days, 1);
                teams.computeIfAbsent(delegation.getTeam(), t -> new IdentityHashMap<>()).merge(cohort, 1, Integer::sum);
                if (!delegation.isPinned() && movable(cohort)) {
                    cohortOf.put(delegation, cohort);
                }
            }
        }
    }

    /**
     * Moves teams between the plan's booked, unpinned cohorts while that lowers the cost.
     *
     * @return the new cohort of each delegation that moved
     */
    public static Map<Delegation, Cohort> improve(TrainingPlan plan, long seed, BooleanSupplier stop) {
        Regrouping regrouping = new Regrouping(plan, seed);
        regrouping.search(stop);
        return regrouping.moves;
    }

    private static boolean movable(Cohort cohort) {
        return !cohort.isPinned() && cohort.getTrainer() != null && cohort.getVenue() != null;
    }

    private void search(BooleanSupplier stop) {
        boolean improved = true;
        while (improved && !stop.getAsBoolean()) {
            improved = false;
            List<Cohort> cohorts = new ArrayList<>(members.keySet());
            cohorts.sort(Comparator.comparingInt(sizes::get));
            for (Cohort cohort : cohorts) {
                if (sizes.get(cohort) > 0 && movable(cohort) && dissolve(cohort)) {
                    improved = true;
                }
            }
            List<Delegation> delegations = new ArrayList<>(cohortOf.keySet());
            Collections.shuffle(delegations, random);
            for (Delegation delegation : delegations) {
                if (stop.getAsBoolean()) {
                    return;
                }
                Cohort best = null;
                long bestDelta = 0;
                for (Cohort target : delegation.getReachableCohorts()) {
                    long delta = moveDelta(delegation, target, 0);
                    if (delta < bestDelta) {
                        best = target;
                        bestDelta = delta;
                    }
                }
                if (best != null) {
                    move(delegation, best);
                    improved = true;
                }
            }
        }
    }

    /** Sends every team of a cohort to its cheapest other cohort with room, when that costs less in all. */
    private boolean dissolve(Cohort cohort) {
        List<Delegation> teamsOut = new ArrayList<>(members.get(cohort));
        if (teamsOut.stream().anyMatch(d -> !cohortOf.containsKey(d))) {
            return false;
        }
        teamsOut.sort(Comparator.comparingInt(Delegation::getSize).reversed());
        long total = 0;
        List<Delegation> done = new ArrayList<>();
        for (Delegation delegation : teamsOut) {
            Cohort best = null;
            long bestDelta = Long.MAX_VALUE;
            for (Cohort target : delegation.getReachableCohorts()) {
                long delta = moveDelta(delegation, target, teamsOut.size() - done.size());
                if (delta < bestDelta) {
                    best = target;
                    bestDelta = delta;
                }
            }
            if (best == null) {
                break;
            }
            total += bestDelta;
            move(delegation, best);
            done.add(delegation);
        }
        if (done.size() == teamsOut.size() && total < 0) {
            return true;
        }
        for (int i = done.size() - 1; i >= 0; i--) {
            move(done.get(i), cohort);
        }
        return false;
    }

    /**
     * What moving a team to a cohort changes in cost; {@link Long#MAX_VALUE} when the move breaks a rule.
     *
     * @param leaving teams still to leave its cohort in the same dissolution (1 for the last one), or 0 for a
     *        single move, which may not leave its cohort below the minimum
     */
    private long moveDelta(Delegation delegation, Cohort target, int leaving) {
        Cohort source = cohortOf.get(delegation);
        if (target == source || !members.containsKey(target) || !movable(target) || sizes.get(target) == 0) {
            return Long.MAX_VALUE;
        }
        int size = delegation.getSize();
        int sourceSize = sizes.get(source);
        int targetSize = sizes.get(target);
        if (targetSize + size > Math.min(target.getCourse().maxSize(), target.getVenue().seats())
                || target.getSchedule().days().intersects(delegation.getUnavailableDays())) {
            return Long.MAX_VALUE;
        }
        if (leaving == 0 && sourceSize - size > 0 && sourceSize - size < source.getCourse().minSize()) {
            return Long.MAX_VALUE;
        }
        long delta = costs.dates(target, target.getSchedule(), targetSize + size)
                - costs.dates(target, target.getSchedule(), targetSize)
                + costs.dates(source, source.getSchedule(), sourceSize - size)
                - costs.dates(source, source.getSchedule(), sourceSize)
                + costs.teacherTravel(delegation, target) - costs.teacherTravel(delegation, source)
                + costs.belowIdeal(target, targetSize + size) - costs.belowIdeal(target, targetSize)
                + costs.belowIdeal(source, sourceSize - size) - costs.belowIdeal(source, sourceSize);
        Map<Cohort, Integer> team = teams.get(delegation.getTeam());
        if (team.getOrDefault(target, 0) == 0) {
            delta += costs.teamSplit();
        }
        if (team.get(source) == 1) {
            delta -= costs.teamSplit();
        }
        long excess = schoolsAway.excess();
        schoolsAway.change(delegation, daysOf.get(source), -1);
        schoolsAway.change(delegation, daysOf.get(target), 1);
        delta += costs.schoolShareAway(schoolsAway.excess() - excess);
        schoolsAway.change(delegation, daysOf.get(target), -1);
        schoolsAway.change(delegation, daysOf.get(source), 1);
        if (sourceSize == size) {
            int days = daysOf.get(source).length;
            int trainerDays = taught.get(source.getTrainer());
            delta -= costs.venue(source, source.getVenue(), days) + costs.trainer(source, source.getTrainer(), days)
                    + costs.workload(trainerDays) - costs.workload(trainerDays - days);
        }
        return delta;
    }

    private void move(Delegation delegation, Cohort target) {
        Cohort source = cohortOf.get(delegation);
        int size = delegation.getSize();
        if (sizes.get(source) == size) {
            taught.merge(source.getTrainer(), -daysOf.get(source).length, Integer::sum);
        }
        if (sizes.get(target) == 0) {
            taught.merge(target.getTrainer(), daysOf.get(target).length, Integer::sum);
        }
        sizes.merge(source, -size, Integer::sum);
        sizes.merge(target, size, Integer::sum);
        members.get(source).remove(delegation);
        members.get(target).add(delegation);
        Map<Cohort, Integer> team = teams.get(delegation.getTeam());
        team.merge(source, -1, Integer::sum);
        team.merge(target, 1, Integer::sum);
        schoolsAway.change(delegation, daysOf.get(source), -1);
        schoolsAway.change(delegation, daysOf.get(target), 1);
        cohortOf.put(delegation, target);
        if (target == delegation.getCohort()) {
            moves.remove(delegation);
        } else {
            moves.put(delegation, target);
        }
    }
}
