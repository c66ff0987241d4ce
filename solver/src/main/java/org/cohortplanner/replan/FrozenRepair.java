package org.cohortplanner.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;

import org.cohortplanner.calendar.DaySet;
import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;

/**
 * Repairs what a disruption forces on frozen cohorts (started, or starting within the frozen days), in plain code
 * before the search, changing only their remaining days (from {@code now} on). For a cohort with a remaining day it
 * can no longer hold (its trainer unavailable, its venue or district closed), from the first block with such a day:
 * <ol>
 * <li>another qualified trainer free on those days and/or another venue of its district free on them;</li>
 * <li>else new dates for those blocks within the course's gaps (the days before stay), with its trainer and venue
 * or substitutes free on them;</li>
 * <li>else, on its dates or new ones, a substitute whose only bookings then are of cohorts free to change (not
 * frozen), which lose that trainer or venue and are booked again by the search;</li>
 * <li>else a {@link Conflict} naming the disruption and why nothing fits.</li>
 * </ol>
 * Days before {@code now} are history: never changed, never a reason to repair.
 */
final class FrozenRepair {

    private final TrainingPlan plan;
    private final Disruptions disruptions;
    private final LocalDate now;
    private final Map<Trainer, Map<Integer, Cohort>> trainerDays = new HashMap<>();
    private final Map<Venue, Map<Integer, Cohort>> venueDays = new HashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();

    private FrozenRepair(TrainingPlan plan, Disruptions disruptions) {
        this.plan = plan;
        this.disruptions = disruptions;
        this.now = disruptions.now();
        for (Cohort cohort : plan.getCohorts()) {
            book(cohort, true);
        }
    }

    /** Repairs the pinned cohorts; returns those it could not repair, each with the reason in words. */
    static List<Conflict> repair(TrainingPlan plan, Disruptions disruptions) {
        FrozenRepair repair = new FrozenRepair(plan, disruptions);
        plan.getCohorts().stream()
                .filter(c -> c.isPinned() && c.isUsed() && c.getSchedule() != null)
                .sorted(Comparator.comparing((Cohort c) -> c.getSchedule().firstDate()).thenComparing(Cohort::getId))
                .forEach(repair::repair);
        return repair.conflicts;
    }

    private int dayIndex(LocalDate date) {
        return plan.getContext().calendar().dayIndex(date);
    }

    /** Adds (or removes) the cohort's days from {@code now} on to the trainers' and venues' bookings. */
    private void book(Cohort cohort, boolean add) {
        if (!cohort.isUsed() || cohort.getSchedule() == null) {
            return;
        }
        for (LocalDate date : cohort.getSchedule().dates()) {
            Trainer trainer = cohort.trainerOn(date);
            Venue venue = cohort.venueOn(date);
            int day = dayIndex(date);
            if (trainer != null) {
                Map<Integer, Cohort> days = trainerDays.computeIfAbsent(trainer, t -> new HashMap<>());
                if (add) {
                    days.put(day, cohort);
                } else {
                    days.remove(day, cohort);
                }
            }
            if (venue != null) {
                Map<Integer, Cohort> days = venueDays.computeIfAbsent(venue, v -> new HashMap<>());
                if (add) {
                    days.put(day, cohort);
                } else {
                    days.remove(day, cohort);
                }
            }
        }
    }

    private boolean closed(Cohort cohort, LocalDate date) {
        return plan.getContext().calendar().closedDays(cohort.getDistrictId()).contains(dayIndex(date));
    }

    /** A remaining day the cohort can no longer hold, and why; empty when it holds every remaining day. */
    private Optional<Breach> firstBreach(Cohort cohort) {
        for (LocalDate date : cohort.getSchedule().dates()) {
            if (date.isBefore(now)) {
                continue;
            }
            Trainer trainer = cohort.trainerOn(date);
            Venue venue = cohort.venueOn(date);
            if (closed(cohort, date)) {
                return Optional.of(new Breach(date, Breach.Kind.DISTRICT, cohort.getDistrictId()));
            }
            if (trainer != null && !trainer.isAvailableOn(date)) {
                return Optional.of(new Breach(date, Breach.Kind.TRAINER, trainer.id()));
            }
            if (venue != null && !venue.isAvailableOn(date)) {
                return Optional.of(new Breach(date, Breach.Kind.VENUE, venue.id()));
            }
        }
        return Optional.empty();
    }

    /** What a cohort can no longer hold: the first such remaining day, and the trainer, venue or district. */
    private record Breach(LocalDate date, Kind kind, String resourceId) {
        enum Kind { TRAINER, VENUE, DISTRICT }
    }

    private void repair(Cohort cohort) {
        Optional<Breach> breach = firstBreach(cohort);
        if (breach.isEmpty()) {
            return;
        }
        LocalDate from = handoverFrom(cohort, breach.get().date());
        if (cohort.hasHandover() && cohort.getHandoverDate().isBefore(from)) {
            if (cohort.getHandoverDate().isBefore(now)) {
                // the model keeps one handover per cohort, and the one it has is history
                conflicts.add(new Conflict(cohort.getId(), describeBreach(breach.get()) + ", a remaining day of this"
                        + " frozen cohort, which changed trainer or venue once already (on "
                        + cohort.getHandoverDate() + "); a second change is not planned automatically",
                        cause(breach.get())));
                return;
            }
            from = cohort.getHandoverDate(); // the substitute takes every day from the first handover
        }
        LocalDate handover = from;
        List<LocalDate> remaining = cohort.getSchedule().dates().stream().filter(d -> !d.isBefore(handover)).toList();
        book(cohort, false);
        boolean open = remaining.stream().noneMatch(d -> closed(cohort, d));
        // taking a trainer or venue from another cohort moves that cohort's people too: only when nothing else fits
        boolean repaired = open && staff(cohort, handover, cohort.getSchedule(), remaining, false);
        if (!repaired) {
            repaired = redate(cohort, handover, false);
        }
        if (!repaired) {
            repaired = open && staff(cohort, handover, cohort.getSchedule(), remaining, true);
        }
        if (!repaired) {
            repaired = redate(cohort, handover, true);
        }
        book(cohort, true);
        if (!repaired) {
            conflicts.add(new Conflict(cohort.getId(), describe(breach.get(), remaining), cause(breach.get())));
        } else if (firstBreach(cohort).isPresent()) {
            repair(cohort); // a later block breaks too, with the new trainer or venue
        }
    }

    /** The first day of the block holding {@code date}, or {@code now} when that block has started. */
    private LocalDate handoverFrom(Cohort cohort, LocalDate date) {
        for (List<LocalDate> block : cohort.blocks()) {
            if (block.contains(date)) {
                return block.get(0).isBefore(now) ? now : block.get(0);
            }
        }
        return date;
    }

    /**
     * Its trainer and venue from {@code from} on, or substitutes free on those days, on the given schedule. With
     * {@code bump}, a substitute may also be one whose clashing bookings are all of cohorts free to change (not
     * frozen): they lose that trainer or venue (and their dates with the venue) and the search books them again.
     */
    private boolean staff(Cohort cohort, LocalDate from, Schedule schedule, List<LocalDate> days, boolean bump) {
        Comparator<Trainer> nearest = Comparator.comparingInt((Trainer t) -> plan.getContext().geography()
                .route(t.homeDistrictId(), cohort.getDistrictId()).minutes())
                .thenComparingLong(Trainer::dailyFee).thenComparing(Trainer::id);
        Trainer trainer = null;
        Set<Cohort> trainerBumps = Set.of();
        if (trainerClashes(cohort.getTrainer(), cohort, days).filter(Set::isEmpty).isPresent()) {
            trainer = cohort.getTrainer();
        } else {
            for (Trainer candidate : cohort.getQualifiedTrainers().stream()
                    .filter(t -> t != cohort.getTrainer() && t.isQualifiedFor(cohort.getTrack(), cohort.getLanguage()))
                    .sorted(nearest).toList()) {
                Optional<Set<Cohort>> clashes = trainerClashes(candidate, cohort, days);
                if (clashes.isPresent() && (clashes.get().isEmpty() || bump)
                        && (trainer == null || clashes.get().size() < trainerBumps.size())) {
                    trainer = candidate;
                    trainerBumps = clashes.get();
                }
            }
        }
        Venue venue = null;
        Set<Cohort> venueBumps = Set.of();
        if (venueClashes(cohort.getVenue(), cohort, days).filter(Set::isEmpty).isPresent()) {
            venue = cohort.getVenue();
        } else {
            for (Venue candidate : cohort.getDistrictVenues().stream().filter(v -> v != cohort.getVenue())
                    .sorted(Comparator.comparingLong(Venue::dailyCost).thenComparing(Venue::id)).toList()) {
                Optional<Set<Cohort>> clashes = venueClashes(candidate, cohort, days);
                if (clashes.isPresent() && (clashes.get().isEmpty() || bump)
                        && (venue == null || clashes.get().size() < venueBumps.size())) {
                    venue = candidate;
                    venueBumps = clashes.get();
                }
            }
        }
        if (trainer == null || venue == null) {
            return false;
        }
        for (Cohort other : trainerBumps) {
            book(other, false);
            other.setTrainer(null);
            book(other, true);
        }
        for (Cohort other : venueBumps) {
            book(other, false);
            other.setVenue(null);
            other.setSchedule(null);
            book(other, true);
        }
        cohort.handOver(from, trainer, venue, schedule);
        return true;
    }

    /**
     * The cohorts a trainer would have to leave to teach these days: empty when free; none at all when the trainer
     * is unavailable, over their maximum days, or busy with a frozen cohort then (or the day before or after, too
     * far away).
     */
    private Optional<Set<Cohort>> trainerClashes(Trainer trainer, Cohort cohort, List<LocalDate> days) {
        if (trainer == null) {
            return Optional.empty();
        }
        Map<Integer, Cohort> booked = trainerDays.getOrDefault(trainer, Map.of());
        Set<Cohort> clashes = new HashSet<>();
        int transferMinutes = plan.getContext().policy().trainerTransferMinutes();
        for (LocalDate date : days) {
            int day = dayIndex(date);
            if (!trainer.isAvailableOn(date)) {
                return Optional.empty();
            }
            Cohort same = booked.get(day);
            if (same != null) {
                clashes.add(same);
            }
            for (int neighbour : new int[] {day - 1, day + 1}) {
                Cohort other = booked.get(neighbour);
                if (other != null && cohort.transferMinutesTo(other) > transferMinutes) {
                    clashes.add(other);
                }
            }
        }
        if (clashes.stream().anyMatch(c -> c.isPinned() || c == cohort)) {
            return Optional.empty();
        }
        long freed = booked.values().stream().filter(clashes::contains).count();
        if (booked.size() - freed + days.size() > trainer.maxDays()) {
            return Optional.empty();
        }
        return Optional.of(clashes);
    }

    /** The cohorts a venue would have to lose to host these days, as {@link #trainerClashes}. */
    private Optional<Set<Cohort>> venueClashes(Venue venue, Cohort cohort, List<LocalDate> days) {
        if (venue == null || !venue.canHost(cohort.getTrack()) || venue.seats() < cohort.size()) {
            return Optional.empty();
        }
        Map<Integer, Cohort> booked = venueDays.getOrDefault(venue, Map.of());
        Set<Cohort> clashes = new HashSet<>();
        for (LocalDate date : days) {
            if (!venue.isAvailableOn(date)) {
                return Optional.empty();
            }
            Cohort other = booked.get(dayIndex(date));
            if (other != null) {
                clashes.add(other);
            }
        }
        if (clashes.stream().anyMatch(c -> c.isPinned() || c == cohort)) {
            return Optional.empty();
        }
        return Optional.of(clashes);
    }

    /**
     * New dates for the blocks from {@code from} on, keeping the days before: the cohort's standard layouts with the
     * same earlier days, nearest to the old ones first. When no day before {@code from} stays, the first day would
     * move and with it the kits' truck, so only a cohort without deliveries moves whole.
     */
    private boolean redate(Cohort cohort, LocalDate from, boolean bump) {
        Schedule current = cohort.getSchedule();
        List<LocalDate> kept = current.dates().stream().filter(d -> d.isBefore(from)).toList();
        if (kept.isEmpty() && cohort.getDelivery() != null) {
            return false;
        }
        LocalDate oldStart = from;
        List<Schedule> candidates = cohort.getSchedules().stream()
                .filter(s -> s != current && s.offLayout() == 0 && s.dayCount() == current.dayCount())
                .filter(s -> s.dates().subList(0, kept.size()).equals(kept))
                .filter(s -> !s.dates().get(kept.size()).isBefore(now))
                .sorted(Comparator.comparingLong((Schedule s) -> Math.abs(
                        s.dates().get(kept.size()).toEpochDay() - oldStart.toEpochDay())).thenComparing(Schedule::id))
                .toList();
        for (Schedule schedule : candidates) {
            List<LocalDate> days = schedule.dates().subList(kept.size(), schedule.dates().size());
            if (days.stream().anyMatch(d -> closed(cohort, d)) || !teachersFree(cohort, days)) {
                continue;
            }
            if (staff(cohort, days.get(0), schedule, days, bump)) {
                return true;
            }
        }
        return false;
    }

    private boolean teachersFree(Cohort cohort, List<LocalDate> days) {
        DaySet daySet = DaySet.of(days.stream().mapToInt(this::dayIndex).toArray());
        for (Delegation delegation : cohort.getDelegations()) {
            if (delegation.getUnavailableDays().intersects(daySet)) {
                return false;
            }
        }
        return true;
    }

    private static String describeBreach(Breach breach) {
        return switch (breach.kind()) {
            case TRAINER -> "trainer " + breach.resourceId() + " is unavailable on " + breach.date();
            case VENUE -> "venue " + breach.resourceId() + " is closed on " + breach.date();
            case DISTRICT -> "district " + breach.resourceId() + " is closed on " + breach.date();
        };
    }

    /** The conflict in words: what breaks, and that nothing fits. */
    private static String describe(Breach breach, List<LocalDate> remaining) {
        return describeBreach(breach) + ", a remaining day of this frozen cohort; no other qualified trainer or venue of the district"
                + " is free on " + remaining.get(0) + ".." + remaining.get(remaining.size() - 1) + ", and no other"
                + " dates for the remaining block(s) fit the course's gaps";
    }

    /** The disruption behind a breach, in words; null when none explains it (the published plan was already so). */
    private String cause(Breach breach) {
        for (Disruption disruption : disruptions.disruptions()) {
            if (explains(disruption, breach)) {
                return Causes.describe(disruption);
            }
        }
        return null;
    }

    private static boolean explains(Disruption disruption, Breach breach) {
        if (disruption instanceof Disruption.TrainerUnavailable t) {
            return breach.kind() == Breach.Kind.TRAINER && t.trainerId().equals(breach.resourceId())
                    && t.dates().contains(breach.date());
        }
        if (disruption instanceof Disruption.VenueClosed v) {
            return breach.kind() == Breach.Kind.VENUE && v.venueId().equals(breach.resourceId())
                    && v.dates().contains(breach.date());
        }
        if (disruption instanceof Disruption.DistrictClosed d) {
            return breach.kind() == Breach.Kind.DISTRICT && d.districtId().equals(breach.resourceId())
                    && d.dates().contains(breach.date());
        }
        return false;
    }
}
