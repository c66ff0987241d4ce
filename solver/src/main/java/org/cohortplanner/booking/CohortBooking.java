package org.cohortplanner.booking;

import java.time.LocalDate;
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
import java.util.function.Predicate;

import org.cohortplanner.calendar.DaySet;
import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;

/**
 * Books dates, a trainer and a venue for running cohorts, in plain code and far faster than a score director
 * can: a greedy insertion (largest cohorts first, each at its cheapest free dates, venue and trainer), then a
 * large neighbourhood search that unbooks a few related cohorts and books them again, keeping the result when
 * it costs no more.
 * <p>
 * Only the hard rules of trainers, venues and dates are checked here (availability, one cohort a day, the
 * evening's drive between venues, maximum days, seats, tracks, closed districts, teachers' unavailable days),
 * and only the soft costs that a booking decides are priced ({@link BookingCosts}, and the teachers of one school
 * away at once, {@link SchoolsAway}); who sits in which cohort is left as it is. The price of a cohort in term time is what makes this pay: the school holidays hold only
 * so many cohorts, and the search decides which.
 */
public final class CohortBooking {

    /** A cohort that cannot be booked costs more than any booking. */
    private static final long UNBOOKED = 1_000_000_000_000L;
    /** Rounds of annealing at most; in practice they stop when a round finds nothing better, or time is up. */
    private static final int MAX_ROUNDS = 12;

    private final BookingCosts costs;
    private final Occupancy occupancy;
    private final SchoolsAway schoolsAway;
    private final Map<Schedule, int[]> daysOf = new IdentityHashMap<>();
    private final Map<Cohort, Integer> sizes = new IdentityHashMap<>();
    private final Map<Cohort, List<Schedule>> allowedSchedules = new IdentityHashMap<>();
    private final Map<Cohort, Long> cheapestVenueAndTrainer = new IdentityHashMap<>();
    private final Map<Cohort, Booking> bookings = new LinkedHashMap<>();
    /** What {@link #take} added up: the open cohorts' bookings, and every trainer's workload. */
    private long bookedCost;
    private final List<Cohort> open;
    private final Random random;

    private CohortBooking(TrainingPlan plan, Predicate<Cohort> movable, long seed) {
        this.costs = new BookingCosts(plan);
        this.occupancy = new Occupancy(plan.getContext().calendar(), plan.getContext().geography(),
                plan.getContext().policy().trainerTransferMinutes());
        this.random = new Random(seed);
        this.schoolsAway = new SchoolsAway(plan.getContext().calendar().dayCount());
        List<Cohort> toBook = new ArrayList<>();
        for (Cohort cohort : plan.getCohorts()) {
            if (!cohort.isUsed()) {
                continue;
            }
            sizes.put(cohort, cohort.size());
            boolean complete = cohort.getTrainer() != null && cohort.getVenue() != null && cohort.getSchedule() != null
                    && cohort.getSchedule().offLayout() == 0;
            if (!cohort.isPinned() && movable.test(cohort)) {
                toBook.add(cohort);
                if (complete) {
                    take(cohort, new Booking(cohort.getSchedule(), cohort.getTrainer(), cohort.getVenue()));
                }
            } else if (cohort.getSchedule() != null) {
                int taught = cohort.getTrainer() == null ? 0 : occupancy.taughtDays(cohort.getTrainer());
                occupancy.take(cohort.getTrainer(), cohort.getVenue(), days(cohort.getSchedule()),
                        cohort.getDistrictId());
                if (cohort.getTrainer() != null) {
                    int days = days(cohort.getSchedule()).length;
                    bookedCost += costs.workload(taught + days) - costs.workload(taught);
                }
                schoolsAway.add(cohort, days(cohort.getSchedule()));
            }
        }
        toBook.sort(Comparator.comparingInt((Cohort c) -> -sizes.get(c)).thenComparing(Cohort::getId));
        this.open = toBook;
    }

    /**
     * Books every running, unpinned cohort that lacks dates, trainer or venue, largest first, each at its cheapest
     * free booking; complete and pinned cohorts keep theirs.
     *
     * @return the booking of each cohort that could be booked; the others are absent
     */
    public static Map<Cohort, Booking> book(TrainingPlan plan) {
        CohortBooking booking = new CohortBooking(plan,
                c -> c.getTrainer() == null || c.getVenue() == null || c.getSchedule() == null, 0L);
        booking.insertAll(booking.open);
        return booking.bookings;
    }

    /**
     * What booking the running, unpinned cohorts costs after a short search ({@link #book}, then {@link #improve}),
     * the workload included, with a large price for each cohort that cannot be booked; the cohorts keep their values.
     */
    public static long price(TrainingPlan plan, int iterations) {
        CohortBooking booking = new CohortBooking(plan, c -> true, 0L);
        booking.open.forEach(booking::release);
        booking.insertAll(booking.open);
        booking.anneal(iterations, 80.0 * booking.costs.substituteDay(), () -> false);
        return booking.total();
    }

    /**
     * Improves the bookings of every running, unpinned cohort ({@link #improve}); pinned cohorts keep theirs. A
     * cohort without a booking is booked first.
     *
     * @param iterations the most rounds of unbooking and booking again
     * @return the booking of each unpinned cohort that has one
     */
    public static Map<Cohort, Booking> improve(TrainingPlan plan, long seed, int iterations, BooleanSupplier stop) {
        return improve(plan, seed, iterations, 0, stop);
    }

    /**
     * {@link #improve(TrainingPlan, long, int, BooleanSupplier)} from a later round, at its lower temperature: for
     * bookings that are good already and need only adjusting, as after a regrouping.
     */
    public static Map<Cohort, Booking> improve(TrainingPlan plan, long seed, int iterations, int firstRound,
            BooleanSupplier stop) {
        CohortBooking booking = new CohortBooking(plan, c -> true, seed);
        booking.insertAll(booking.open.stream().filter(c -> !booking.bookings.containsKey(c)).toList());
        booking.improve(iterations, firstRound, stop);
        return booking.bookings;
    }

    private int[] days(Schedule schedule) {
        return daysOf.computeIfAbsent(schedule,
                s -> s.dayIndexes().stream().mapToInt(Integer::intValue).toArray());
    }

    // ************************************************************************
    // Insertion
    // ************************************************************************

    private void insertAll(List<Cohort> cohorts) {
        for (Cohort cohort : cohorts) {
            Booking best = cheapest(cohort);
            if (best != null) {
                take(cohort, best);
            }
        }
    }

    private void take(Cohort cohort, Booking booking) {
        bookings.put(cohort, booking);
        int[] days = days(booking.schedule());
        int taught = occupancy.taughtDays(booking.trainer());
        occupancy.take(booking.trainer(), booking.venue(), days, cohort.getDistrictId());
        schoolsAway.add(cohort, days);
        bookedCost += cost(cohort, booking) + costs.workload(taught + days.length) - costs.workload(taught);
    }

    private void release(Cohort cohort) {
        Booking booking = bookings.remove(cohort);
        if (booking != null) {
            int[] days = days(booking.schedule());
            int taught = occupancy.taughtDays(booking.trainer());
            occupancy.release(booking.trainer(), booking.venue(), days);
            schoolsAway.remove(cohort, days);
            bookedCost -= cost(cohort, booking) + costs.workload(taught) - costs.workload(taught - days.length);
        }
    }

    /** What a booking costs apart from the workload and the school quotas, which depend on the other bookings. */
    private long cost(Cohort cohort, Booking booking) {
        int days = days(booking.schedule()).length;
        return costs.dates(cohort, booking.schedule(), sizes.get(cohort)) + costs.venue(cohort, booking.venue(), days)
                + costs.trainer(cohort, booking.trainer(), days);
    }

    /**
     * Dates that follow the course's layout, in an open district, late enough for the kits to arrive, on which none
     * of the cohort's teachers is away, cheapest first; computed once per
     * cohort, as its size does not change here.
     */
    private List<Schedule> allowed(Cohort cohort) {
        return allowedSchedules.computeIfAbsent(cohort, c -> {
            DaySet closed = c.getContext().calendar().closedDays(c.getDistrictId());
            LocalDate kitsFirst = c.getDeliveryOptions().isEmpty() ? LocalDate.MIN
                    : c.getDeliveryOptions().get(0).logistics().earliestStart(c.getDistrictId(), c.getDeliveryOptions());
            List<Schedule> allowed = new ArrayList<>();
            for (Schedule schedule : c.getSchedules()) {
                if (schedule.offLayout() > 0 || schedule.days().intersects(closed)
                        || schedule.firstDate().isBefore(kitsFirst)) {
                    continue;
                }
                boolean teachersFree = true;
                for (Delegation delegation : c.getDelegations()) {
                    if (schedule.days().intersects(delegation.getUnavailableDays())) {
                        teachersFree = false;
                        break;
                    }
                }
                if (teachersFree) {
                    allowed.add(schedule);
                }
            }
            int size = sizes.get(c);
            allowed.sort(Comparator.comparingLong((Schedule s) -> costs.dates(c, s, size)));
            return allowed;
        });
    }

    /** The cheapest free dates, venue and trainer for a cohort; null when none is free. */
    private Booking cheapest(Cohort cohort) {
        int size = sizes.get(cohort);
        long cheapestOthers = cheapestVenueAndTrainer.computeIfAbsent(cohort, this::cheapestVenueAndTrainer);
        Booking best = null;
        long bestCost = Long.MAX_VALUE;
        for (Schedule schedule : allowed(cohort)) {
            int[] days = days(schedule);
            long cost = costs.dates(cohort, schedule, size);
            if (cost + cheapestOthers >= bestCost) {
                break; // the dates come cheapest first, so no later dates can do better
            }
            cost += costs.schoolShareAway(schoolsAway.addedExcess(cohort, days));
            if (cost + cheapestOthers >= bestCost) {
                continue;
            }
            Venue venue = null;
            long venueCost = Long.MAX_VALUE;
            for (Venue candidate : cohort.getDistrictVenues()) {
                if (candidate.seats() < size || !candidate.canHost(cohort.getTrack())) {
                    continue;
                }
                long candidateCost = costs.venue(cohort, candidate, days.length);
                if (candidateCost < venueCost && occupancy.venueFree(candidate, days)) {
                    venue = candidate;
                    venueCost = candidateCost;
                }
            }
            if (venue == null || cost + venueCost >= bestCost) {
                continue;
            }
            cost += venueCost;
            Trainer trainer = null;
            long trainerCost = Long.MAX_VALUE;
            for (Trainer candidate : cohort.getQualifiedTrainers()) {
                if (!candidate.isQualifiedFor(cohort.getTrack(), cohort.getLanguage())) {
                    continue;
                }
                int taught = occupancy.taughtDays(candidate);
                long candidateCost = costs.trainer(cohort, candidate, days.length)
                        + costs.workload(taught + days.length) - costs.workload(taught);
                if (candidateCost < trainerCost && cost + candidateCost < bestCost
                        && occupancy.trainerFree(candidate, days, cohort.getDistrictId())) {
                    trainer = candidate;
                    trainerCost = candidateCost;
                }
            }
            if (trainer == null) {
                continue;
            }
            best = new Booking(schedule, trainer, venue);
            bestCost = cost + trainerCost;
        }
        return best;
    }

    /** What the cheapest venue and trainer would cost, free or not: a floor under every booking's other costs. */
    private long cheapestVenueAndTrainer(Cohort cohort) {
        int days = cohort.days();
        long venue = cohort.getDistrictVenues().stream().mapToLong(v -> costs.venue(cohort, v, days)).min().orElse(0L);
        long trainer = cohort.getQualifiedTrainers().stream().mapToLong(t -> costs.trainer(cohort, t, days)).min()
                .orElse(0L);
        return venue + trainer;
    }

    // ************************************************************************
    // Large neighbourhood search
    // ************************************************************************

    /**
     * The cost of the open cohorts' bookings with their trainers' workload and the schools' teachers away at once
     * (both counted over every booking, so up to a constant), and a large price for each open cohort without one.
     */
    private long total() {
        return bookedCost + costs.schoolShareAway(schoolsAway.excess())
                + UNBOOKED * (open.size() - bookings.size());
    }

    /**
     * Simulated annealing over ruin-and-rebook steps, in rounds of {@code iterations} steps: within a round a worse
     * result is kept with a probability that falls as the temperature cools from its start to a hundredth of it;
     * each round starts from the best bookings at half the previous start, and rounds go on while they improve.
     * Round 0 starts at the price of a day of substitutes for 80 teachers.
     */
    private void improve(int iterations, int firstRound, BooleanSupplier stop) {
        if (open.size() < 2) {
            return;
        }
        double temperature = 80.0 * costs.substituteDay() / Math.pow(2, firstRound);
        for (int round = firstRound; round < MAX_ROUNDS && !stop.getAsBoolean(); round++, temperature /= 2) {
            if (!anneal(iterations, temperature, stop)) {
                return;
            }
        }
    }

    /** One round of annealing; true when it found cheaper bookings than it started from. */
    private boolean anneal(int iterations, double startTemperature, BooleanSupplier stop) {
        long start = total();
        long current = start;
        long best = current;
        Map<Cohort, Booking> bestBookings = new HashMap<>(bookings);
        double temperature = startTemperature;
        double cooling = Math.pow(0.01, 1.0 / Math.max(1, iterations));
        for (int i = 0; i < iterations && !stop.getAsBoolean(); i++, temperature *= cooling) {
            List<Cohort> ruined = ruin();
            Map<Cohort, Booking> before = new HashMap<>();
            for (Cohort cohort : ruined) {
                before.put(cohort, bookings.get(cohort));
                release(cohort);
            }
            if (random.nextBoolean()) {
                Collections.shuffle(ruined, random);
            } else {
                ruined.sort(Comparator.comparingInt((Cohort c) -> -sizes.get(c)));
            }
            insertAll(ruined);
            long candidate = total();
            if (candidate <= current || random.nextDouble() < Math.exp((current - candidate) / temperature)) {
                current = candidate;
                if (current < best) {
                    best = current;
                    bestBookings = new HashMap<>(bookings);
                }
            } else {
                ruined.forEach(this::release);
                before.forEach((cohort, booking) -> {
                    if (booking != null) {
                        take(cohort, booking);
                    }
                });
            }
        }
        if (current != best) {
            List.copyOf(bookings.keySet()).forEach(this::release);
            bestBookings.forEach(this::take);
        }
        return best < start;
    }

    /** A few cohorts that compete for the same trainers, venues or weeks. */
    private List<Cohort> ruin() {
        Cohort seed = open.get(random.nextInt(open.size()));
        Booking seedBooking = bookings.get(seed);
        int count = 2 + random.nextInt(8);
        List<Cohort> related = new ArrayList<>();
        related.add(seed);
        int kind = seedBooking == null ? 0 : random.nextInt(5);
        List<Cohort> pool = new ArrayList<>();
        for (Cohort other : open) {
            if (other == seed) {
                continue;
            }
            Booking booking = bookings.get(other);
            boolean relatedToSeed = switch (kind) {
                case 1 -> booking != null && booking.trainer() == seedBooking.trainer();
                case 2 -> other.getDistrictId().equals(seed.getDistrictId());
                case 3 -> booking != null && Math.abs(booking.schedule().firstDay()
                        - seedBooking.schedule().firstDay()) <= 21
                        && other.getTrack().equals(seed.getTrack());
                case 4 -> booking != null && Math.abs(booking.schedule().firstDay()
                        - seedBooking.schedule().firstDay()) <= 28
                        && seed.getContext().geography().minutes(seed.getDistrictId(), other.getDistrictId()) <= 120;
                default -> true;
            };
            if (relatedToSeed) {
                pool.add(other);
            }
        }
        Collections.shuffle(pool, random);
        for (int i = 0; i < pool.size() && related.size() < count; i++) {
            related.add(pool.get(i));
        }
        return related;
    }
}
