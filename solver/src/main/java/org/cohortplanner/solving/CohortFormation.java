package org.cohortplanner.solving;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohortplanner.booking.CohortBooking;
import org.cohortplanner.constraints.ConstraintNames;
import org.cohortplanner.constraints.SoftWeights;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.SchoolTeam;
import org.cohortplanner.plan.TrainingPlan;

/**
 * The warm start of solving: groups the unplaced delegations into cohorts, before any cohort has a
 * trainer, venue or dates.
 * <p>
 * A construction heuristic cannot do this step: the first teacher put into an empty cohort always breaks
 * the minimum cohort size, so it would leave every teacher unplaced. Nor can a custom phase: the plan
 * with nobody placed breaks no hard rule, so it stays the best solution, and Timefold starts every phase
 * from the best solution. So this runs on the plan before the solver starts. It packs
 * each district's teachers into its own cohorts up to the ideal size, sends teachers of districts
 * without a venue to the nearest, then dissolves cohorts left below the minimum into nearby ones with
 * room. The construction heuristic then staffs, dates and houses the cohorts.
 */
public final class CohortFormation {

    /** The shares of an ideal cohort's term-time substitutes that one cohort fewer is credited with. */
    private static final double[] HOLIDAY_SHARES = {0.0, 0.5};
    /** Enough rounds of booking search for the price of a packing to tell which one the search makes cheaper. */
    private static final int PRICING_ITERATIONS = 3_000;

    private CohortFormation() {
    }

    /** Places the plan's unplaced, unpinned delegations; keeps every cohort's list of delegations in step. */
    public static void formCohorts(TrainingPlan plan) {
        Map<Cohort, Integer> sizes = new HashMap<>();
        for (Cohort cohort : plan.getCohorts()) {
            sizes.put(cohort, cohort.size());
        }
        List<Delegation> unplaced = plan.getDelegations().stream()
                .filter(d -> d.getCohort() == null && !d.isPinned())
                .sorted(Comparator.comparing(Delegation::getTrack)
                        .thenComparing(Delegation::getLanguage)
                        .thenComparing(Delegation::getDistrictId)
                        .thenComparing(d -> d.getSchool().id())
                        .thenComparing(Delegation::getId))
                .toList();
        boolean fresh = plan.getCohorts().stream().noneMatch(Cohort::isUsed);
        for (Delegation delegation : fresh ? packFullCheapest(plan, unplaced, sizes) : unplaced) {
            Cohort best = null;
            long bestRank = Long.MAX_VALUE;
            for (Cohort cohort : delegation.getReachableCohorts()) {
                long rank = rank(delegation, cohort, sizes.get(cohort));
                if (rank < bestRank) {
                    bestRank = rank;
                    best = cohort;
                }
            }
            if (best != null) {
                move(delegation, best, sizes);
            }
        }
        dissolveCohortsBelowMinimum(plan, sizes);
        prepareSpareCohorts(plan);
    }

    /**
     * Whether sending a district's last few teachers to nearby cohorts pays depends on how scarce the school
     * holidays are: each of the two packings ({@link #packFull}, counting a cohort's share of the holidays or not) is
     * priced with the teachers' travel, the empty seats and a quick booking of its cohorts, and the cheaper kept.
     */
    private static List<Delegation> packFullCheapest(TrainingPlan plan, List<Delegation> delegations,
            Map<Cohort, Integer> sizes) {
        long[] prices = new long[HOLIDAY_SHARES.length];
        for (int i = 0; i < HOLIDAY_SHARES.length; i++) {
            Map<Cohort, Integer> trial = new HashMap<>(sizes);
            packFull(delegations, trial, HOLIDAY_SHARES[i]);
            prices[i] = price(plan, delegations, trial);
            for (Delegation delegation : delegations) {
                if (delegation.getCohort() != null) {
                    delegation.getCohort().getDelegations().remove(delegation);
                    delegation.setCohort(null);
                }
            }
        }
        int best = 0;
        for (int i = 1; i < prices.length; i++) {
            if (prices[i] < prices[best]) {
                best = i;
            }
        }
        return packFull(delegations, sizes, HOLIDAY_SHARES[best]);
    }

    /** Teacher travel, seats below the ideal size and the cohorts' booking, with the weights in force. */
    private static long price(TrainingPlan plan, List<Delegation> delegations, Map<Cohort, Integer> sizes) {
        var overrides = plan.getConstraintWeightOverrides();
        long travel = 0;
        for (Delegation delegation : delegations) {
            if (delegation.getCohort() != null) {
                travel += delegation.travelCost();
            }
        }
        long emptySeats = 0;
        for (var entry : sizes.entrySet()) {
            if (entry.getValue() > 0) {
                emptySeats += Math.max(0, entry.getKey().getCourse().idealSize() - entry.getValue());
            }
        }
        return SoftWeights.of(overrides, ConstraintNames.TEACHER_TRAVEL) * travel
                + SoftWeights.of(overrides, ConstraintNames.COHORT_BELOW_IDEAL) * emptySeats
                + CohortBooking.price(plan, PRICING_ITERATIONS);
    }

    /**
     * The first formation of a plan: the teachers of each track and language go to the nearest district with
     * cohort slots; a district that would not fill one cohort sends them on to the next nearest that does. Each
     * district's teachers then fill as few cohorts as the course's maximum and the largest venue allow, of even
     * size: every cohort more costs a trainer, a venue and a week of a school holiday.
     *
     * @return the delegations no cohort took, for the one-by-one placement
     */
    private static List<Delegation> packFull(List<Delegation> delegations, Map<Cohort, Integer> sizes,
            double holidayShare) {
        Map<String, List<Delegation>> byCluster = new LinkedHashMap<>();
        for (Delegation delegation : delegations) {
            if (!delegation.getReachableCohorts().isEmpty()) {
                byCluster.computeIfAbsent(cluster(delegation.getReachableCohorts().get(0)), k -> new ArrayList<>())
                        .add(delegation);
            }
        }
        Map<String, Integer> demand = new HashMap<>();
        byCluster.forEach((cluster, members) -> demand.put(cluster, teachers(members)));
        // Districts too small for a cohort send their teachers on: to a district that fills one if they reach it,
        // else, smallest first, to the largest other group they reach, so that small groups combine.
        mergeSmallClusters(byCluster, demand, true);
        mergeSmallClusters(byCluster, demand, false);
        mergeSmallClusters(byCluster, demand, true);
        shedRemainders(byCluster, demand, holidayShare);
        return fill(byCluster, sizes);
    }

    /**
     * Splits each district's teachers into as few cohorts as the course's maximum and the largest venue allow,
     * of even size.
     *
     * @return the delegations no cohort took
     */
    private static List<Delegation> fill(Map<String, List<Delegation>> byCluster, Map<Cohort, Integer> sizes) {
        List<Delegation> left = new ArrayList<>();
        for (var entry : byCluster.entrySet()) {
            List<Delegation> members = entry.getValue();
            if (members.isEmpty()) {
                continue;
            }
            members.sort(Comparator.comparing((Delegation d) -> d.getSchool().id()).thenComparing(Delegation::getId));
            List<Cohort> slots = members.get(0).getReachableCohorts().stream()
                    .filter(c -> cluster(c).equals(entry.getKey()) && !c.isPinned() && sizes.get(c) == 0)
                    .toList();
            if (slots.isEmpty()) {
                left.addAll(members);
                continue;
            }
            int capacity = capacity(slots.get(0));
            int n = teachers(members);
            int groups = Math.min(slots.size(), Math.max(1, (n + capacity - 1) / capacity));
            List<List<Delegation>> bins = split(members, groups, capacity);
            if (bins.get(groups).size() > 0 && groups < slots.size()
                    && n / (groups + 1) >= slots.get(0).getCourse().minSize()) {
                bins = split(members, groups + 1, capacity);
            }
            for (int i = 0; i < bins.size() - 1; i++) {
                for (Delegation delegation : bins.get(i)) {
                    move(delegation, slots.get(i), sizes);
                }
            }
            left.addAll(bins.get(bins.size() - 1));
        }
        return left;
    }

    /**
     * Splits a district's teachers into {@code groups} cohorts of even size up to the capacity: school teams whole
     * where they fit (largest first, each into the fullest cohort it fits, so that the cohorts fill evenly and
     * exactly), then the teams' delegations one by one. The last list holds the delegations that fit nowhere.
     */
    private static List<List<Delegation>> split(List<Delegation> members, int groups, int capacity) {
        int target = Math.min(capacity, (teachers(members) + groups - 1) / groups);
        List<List<Delegation>> bins = new ArrayList<>();
        for (int i = 0; i <= groups; i++) {
            bins.add(new ArrayList<>());
        }
        int[] load = new int[groups];
        Map<SchoolTeam, List<Delegation>> teams = new LinkedHashMap<>();
        for (Delegation delegation : members) {
            teams.computeIfAbsent(delegation.getTeam(), t -> new ArrayList<>()).add(delegation);
        }
        List<List<Delegation>> units = new ArrayList<>(teams.values());
        units.sort(Comparator.comparingInt((List<Delegation> unit) -> -teachers(unit)));
        List<Delegation> pieces = new ArrayList<>();
        for (List<Delegation> unit : units) {
            int bin = fullestWithRoom(load, teachers(unit), target);
            if (bin < 0) {
                pieces.addAll(unit);
            } else {
                bins.get(bin).addAll(unit);
                load[bin] += teachers(unit);
            }
        }
        pieces.sort(Comparator.comparingInt((Delegation d) -> -d.getSize()));
        for (Delegation delegation : pieces) {
            int bin = fullestWithRoom(load, delegation.getSize(), target);
            if (bin < 0) {
                bin = fullestWithRoom(load, delegation.getSize(), capacity);
            }
            if (bin < 0) {
                bins.get(groups).add(delegation);
            } else {
                bins.get(bin).add(delegation);
                load[bin] += delegation.getSize();
            }
        }
        return bins;
    }

    /** The fullest cohort that still has room for {@code size} teachers under {@code limit}; -1 when none has. */
    private static int fullestWithRoom(int[] load, int size, int limit) {
        int best = -1;
        for (int i = 0; i < load.length; i++) {
            if (load[i] + size <= limit && (best < 0 || load[i] > load[best])) {
                best = i;
            }
        }
        return best;
    }

    /**
     * A district whose last cohort would hold only a few teachers sends them to the room left in the cohorts of
     * districts they reach, when their travel costs less than the cohort it saves: a trainer, a venue and a share of
     * the school holidays, which hold only so many cohorts. Districts that take teachers in keep their cohorts.
     */
    private static void shedRemainders(Map<String, List<Delegation>> byCluster, Map<String, Integer> demand,
            double holidayShare) {
        Map<String, Cohort> slotOf = new HashMap<>();
        byCluster.values().forEach(members -> members.forEach(d -> d.getReachableCohorts()
                .forEach(c -> slotOf.putIfAbsent(cluster(c), c))));
        Map<String, Integer> room = new HashMap<>();
        demand.forEach((cluster, n) -> {
            int capacity = capacity(slotOf.get(cluster));
            room.put(cluster, n == 0 ? 0 : (n + capacity - 1) / capacity * capacity - n);
        });
        Set<String> receivers = new HashSet<>();
        List<String> order = byCluster.keySet().stream()
                .filter(cluster -> demand.get(cluster) > 0)
                .sorted(Comparator.comparingInt((String cluster) -> excess(demand.get(cluster),
                        capacity(slotOf.get(cluster)))).thenComparing(cluster -> cluster))
                .toList();
        for (String cluster : order) {
            if (receivers.contains(cluster)) {
                continue;
            }
            Cohort slot = slotOf.get(cluster);
            int excess = excess(demand.get(cluster), capacity(slot));
            List<Delegation> members = new ArrayList<>(byCluster.get(cluster));
            members.sort(Comparator.comparingInt(Delegation::getSize).thenComparing(Delegation::getId));
            Map<Delegation, String> moves = new HashMap<>();
            Map<String, Integer> taken = new HashMap<>();
            long travel = 0;
            int shed = 0;
            for (Delegation delegation : members) {
                if (shed >= excess) {
                    break;
                }
                Cohort target = delegation.getReachableCohorts().stream()
                        .filter(c -> !cluster(c).equals(cluster) && demand.getOrDefault(cluster(c), 0) > 0)
                        .filter(c -> room.getOrDefault(cluster(c), 0) - taken.getOrDefault(cluster(c), 0)
                                >= delegation.getSize())
                        .findFirst() // reachable cohorts come nearest first
                        .orElse(null);
                if (target == null) {
                    continue;
                }
                moves.put(delegation, cluster(target));
                taken.merge(cluster(target), delegation.getSize(), Integer::sum);
                travel += travelCost(delegation, target);
                shed += delegation.getSize();
            }
            if (shed < excess || travel >= cohortValue(slot, holidayShare)) {
                continue;
            }
            moves.forEach((delegation, target) -> {
                byCluster.get(cluster).remove(delegation);
                byCluster.get(target).add(delegation);
                demand.merge(cluster, -delegation.getSize(), Integer::sum);
                demand.merge(target, delegation.getSize(), Integer::sum);
                room.merge(target, -delegation.getSize(), Integer::sum);
                receivers.add(target);
            });
            int capacity = capacity(slot);
            int n = demand.get(cluster);
            room.put(cluster, n == 0 ? 0 : (n + capacity - 1) / capacity * capacity - n);
        }
    }

    /** Teachers above the last full cohort: those to send away to run one cohort fewer. */
    private static int excess(int teachers, int capacity) {
        int remainder = teachers % capacity;
        return remainder == 0 ? capacity : remainder;
    }

    private static long travelCost(Delegation delegation, Cohort target) {
        if (delegation.getDistrictId().equals(target.getDistrictId())) {
            return 0L;
        }
        var context = delegation.getContext();
        return delegation.getSize() * context.awayCost(delegation.routeTo(target),
                target.getCourse().blockDays().size(), target.days(), context.policy().teacherPerDiem());
    }

    /**
     * What one cohort fewer saves: the cheapest trainer's fee and venue's rent, and the given share of the
     * substitutes an ideal cohort pays in term time (the holidays it leaves to another cohort).
     */
    private static long cohortValue(Cohort slot, double holidayShare) {
        int days = slot.days();
        long fee = slot.getQualifiedTrainers().stream().mapToLong(t -> t.dailyFee()).min().orElse(0L) * days;
        long rent = slot.getDistrictVenues().stream().mapToLong(v -> v.dailyCost()).min().orElse(0L) * days;
        long substitutes = slot.getCourse().idealSize() * days * slot.getContext().policy().substituteDailyCost();
        return fee + rent + Math.round(substitutes * holidayShare);
    }

    private static void mergeSmallClusters(Map<String, List<Delegation>> byCluster, Map<String, Integer> demand,
            boolean onlyIntoFull) {
        List<String> small = byCluster.keySet().stream()
                .filter(cluster -> demand.get(cluster) > 0 && demand.get(cluster) < minSize(byCluster.get(cluster)))
                .sorted(Comparator.comparingInt((String cluster) -> demand.get(cluster)).thenComparing(c -> c))
                .toList();
        for (String cluster : small) {
            List<Delegation> members = byCluster.get(cluster);
            if (members.isEmpty() || demand.get(cluster) >= minSize(members)) {
                continue;
            }
            int minSize = minSize(members);
            for (Delegation delegation : List.copyOf(members)) {
                delegation.getReachableCohorts().stream()
                        .map(CohortFormation::cluster)
                        .distinct()
                        .filter(other -> !other.equals(cluster) && demand.getOrDefault(other, 0) > 0
                                && (!onlyIntoFull || demand.get(other) >= minSize))
                        .max(Comparator.comparingInt((String other) -> onlyIntoFull ? 0 : demand.get(other)))
                        .ifPresent(other -> {
                            members.remove(delegation);
                            byCluster.get(other).add(delegation);
                            demand.merge(cluster, -delegation.getSize(), Integer::sum);
                            demand.merge(other, delegation.getSize(), Integer::sum);
                        });
            }
        }
    }

    private static int minSize(List<Delegation> delegations) {
        return delegations.isEmpty() ? 0 : delegations.get(0).getReachableCohorts().get(0).getCourse().minSize();
    }

    private static String cluster(Cohort cohort) {
        return cohort.getTrack() + "/" + cohort.getLanguage() + "/" + cohort.getDistrictId();
    }

    private static int teachers(List<Delegation> delegations) {
        return delegations.stream().mapToInt(Delegation::getSize).sum();
    }

    /** The most teachers one cohort of this slot can hold: the course's maximum, or the largest room if smaller. */
    static int capacity(Cohort cohort) {
        int seats = cohort.getDistrictVenues().stream().filter(v -> v.canHost(cohort.getTrack()))
                .mapToInt(v -> v.seats()).max().orElse(0);
        return Math.max(1, Math.min(cohort.getCourse().maxSize(), seats));
    }

    /**
     * Gives every empty cohort a trainer, venue, dates and delivery, spread over the horizon, so that local search
     * opens a cohort with one move. An empty cohort costs nothing and breaks no rule. The construction
     * heuristic would leave them unassigned, as every value scores the same there.
     */
    private static void prepareSpareCohorts(TrainingPlan plan) {
        int spare = 0;
        for (Cohort cohort : plan.getCohorts()) {
            if (cohort.isUsed() || cohort.isPinned() || cohort.getQualifiedTrainers().isEmpty()
                    || cohort.getDistrictVenues().isEmpty() || cohort.getSchedules().isEmpty()) {
                continue;
            }
            spare++;
            if (cohort.getTrainer() == null) {
                cohort.setTrainer(cohort.getQualifiedTrainers().get(spare % cohort.getQualifiedTrainers().size()));
            }
            if (cohort.getVenue() == null) {
                cohort.setVenue(cohort.getDistrictVenues().get(spare % cohort.getDistrictVenues().size()));
            }
            if (cohort.getSchedule() == null) {
                int step = Math.max(1, cohort.getSchedules().size() / 7);
                cohort.setSchedule(cohort.getSchedules().get((spare * step) % cohort.getSchedules().size()));
            }
            if (cohort.getDelivery() == null && !cohort.getDeliveryOptions().isEmpty()) {
                cohort.setDelivery(cohort.getDeliveryOptions().get(spare % cohort.getDeliveryOptions().size()));
            }
        }
    }

    /**
     * Lower is better: an open cohort with room up to the ideal size, then a new cohort, nearest first;
     * an open cohort with room up to the maximum only as a last resort.
     */
    private static long rank(Delegation delegation, Cohort cohort, int size) {
        if (cohort.isPinned()) {
            return Long.MAX_VALUE;
        }
        long minutes = delegation.routeTo(cohort).minutes();
        int after = size + delegation.getSize();
        if (size > 0 && after <= cohort.getCourse().idealSize()) {
            return minutes * 2;
        }
        if (size == 0) {
            return minutes * 2 + 1;
        }
        if (after <= capacity(cohort)) {
            return 1_000_000L + minutes;
        }
        return Long.MAX_VALUE;
    }

    private static void dissolveCohortsBelowMinimum(TrainingPlan plan,
            Map<Cohort, Integer> sizes) {
        List<Cohort> small = plan.getCohorts().stream()
                .filter(c -> !c.isPinned() && sizes.get(c) > 0 && sizes.get(c) < c.getCourse().minSize())
                .sorted(Comparator.comparingInt((Cohort c) -> sizes.get(c)).thenComparing(Cohort::getId))
                .toList();
        for (Cohort cohort : small) {
            if (sizes.get(cohort) >= cohort.getCourse().minSize()) {
                continue; // it received delegations from a smaller cohort dissolved before it
            }
            List<Delegation> members = new ArrayList<>(cohort.getDelegations());
            Map<Delegation, Cohort> targets = new HashMap<>();
            Map<Cohort, Integer> planned = new HashMap<>();
            for (Delegation delegation : members) {
                delegation.getReachableCohorts().stream()
                        .filter(c -> c != cohort && !c.isPinned() && sizes.get(c) > 0)
                        .filter(c -> sizes.get(c) + planned.getOrDefault(c, 0) + delegation.getSize()
                                <= capacity(c))
                        .min(Comparator.comparingInt((Cohort c) -> delegation.routeTo(c).minutes())
                                .thenComparing(Cohort::getId))
                        .ifPresent(c -> {
                            targets.put(delegation, c);
                            planned.merge(c, delegation.getSize(), Integer::sum);
                        });
            }
            if (targets.size() == members.size()) {
                targets.forEach((delegation, target) -> move(delegation, target, sizes));
            } else {
                topUp(plan, cohort, sizes);
            }
        }
    }

    /**
     * A cohort below the minimum whose teachers have nowhere else to go takes teams from nearby cohorts that stay
     * at or above the minimum without them, nearest first; if that does not bring it to the minimum, nothing moves
     * (the booking then re-homes or leaves out its teachers).
     */
    private static void topUp(TrainingPlan plan, Cohort cohort, Map<Cohort, Integer> sizes) {
        List<Delegation> nearby = plan.getDelegations().stream()
                .filter(d -> d.getTrack().equals(cohort.getTrack()) && d.getLanguage().equals(cohort.getLanguage()))
                .filter(d -> d.getCohort() != null && d.getCohort() != cohort && !d.isPinned()
                        && !d.getCohort().isPinned() && d.getReachableCohorts().contains(cohort))
                .sorted(Comparator.comparingInt((Delegation d) -> d.routeTo(cohort).minutes())
                        .thenComparingInt(Delegation::getSize).thenComparing(Delegation::getId))
                .toList();
        Map<Delegation, Cohort> taken = new LinkedHashMap<>();
        for (Delegation delegation : nearby) {
            if (sizes.get(cohort) >= cohort.getCourse().minSize()) {
                return;
            }
            Cohort source = delegation.getCohort();
            if (sizes.get(source) - delegation.getSize() >= source.getCourse().minSize()
                    && sizes.get(cohort) + delegation.getSize() <= capacity(cohort)) {
                taken.put(delegation, source);
                move(delegation, cohort, sizes);
            }
        }
        if (sizes.get(cohort) < cohort.getCourse().minSize()) {
            taken.forEach((delegation, source) -> move(delegation, source, sizes));
        }
    }

    private static void move(Delegation delegation, Cohort target,
            Map<Cohort, Integer> sizes) {
        Cohort source = delegation.getCohort();
        if (source != null) {
            sizes.merge(source, -delegation.getSize(), Integer::sum);
            source.getDelegations().remove(delegation);
        }
        sizes.merge(target, delegation.getSize(), Integer::sum);
        target.getDelegations().add(delegation);
        delegation.setCohort(target);
    }
}
