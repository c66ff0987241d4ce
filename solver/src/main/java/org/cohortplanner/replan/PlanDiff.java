package org.cohortplanner.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.UnplacedTeacher;

/**
 * What changed between two versions of a plan, per person and per place, in plain words, and whom to tell.
 *
 * @param teachers every teacher whose cohort, or whose cohort's dates or venue, changed
 * @param trainers every trainer who lost, gained or has a rescheduled or relocated cohort
 * @param venues every venue that lost, gained or has a rescheduled booking
 * @param cohorts every cohort that was added, dropped, or changed its trainer, venue or dates
 * @param deliveries every truck trip that was added, dropped, or changed its stops
 */
public record PlanDiff(List<TeacherChange> teachers, List<TrainerChange> trainers, List<VenueChange> venues,
        List<CohortChange> cohorts, List<DeliveryChange> deliveries, Notify toNotify) {

    /** One teacher's change; {@code fromCohortId == toCohortId} when only the cohort's dates or venue changed. */
    public record TeacherChange(String teacherId, String fromCohortId, String toCohortId, String text, Kind kind) {

        /** What happened to the teacher. */
        public enum Kind {
            /** In another cohort. */
            MOVED,
            /** In the same cohort, on other dates or at another venue. */
            RESCHEDULED,
            /** Placed before, now without a cohort. */
            UNPLACED,
            /** Withdrawn from the programme (a disruption, not the re-plan's choice). */
            WITHDRAWN,
            /** Placed for the first time (a late registrant, or unplaced before). */
            JOINED
        }

        /** Whether the re-plan changed the teacher's cohort, dates or venue: someone to tell about their training. */
        public boolean moved() {
            return kind == Kind.MOVED || kind == Kind.RESCHEDULED || kind == Kind.UNPLACED;
        }
    }

    public record TrainerChange(String trainerId, List<String> lost, List<String> gained, List<String> changed,
            String text) {
    }

    public record VenueChange(String venueId, List<String> lost, List<String> gained, List<String> changed,
            String text) {
    }

    /** A cohort as it was ({@code before}) and is ({@code after}); either is null when it did not or does not run. */
    public record CohortChange(String cohortId, CohortView before, CohortView after, String text) {
    }

    /** A truck trip as it was and is; either is null when it did not or does not run. */
    public record DeliveryChange(String deliveryId, DeliveryView before, DeliveryView after, String text) {
    }

    /** Everyone to call, each list sorted: teachers, trainers, venues and the trucks whose trips changed. */
    public record Notify(List<String> teacherIds, List<String> trainerIds, List<String> venueIds,
            List<String> vehicleIds) {
    }

    public boolean hasNoChanges() {
        return teachers.isEmpty() && trainers.isEmpty() && venues.isEmpty() && cohorts.isEmpty()
                && deliveries.isEmpty();
    }

    /** How many teachers the re-plan moved: another cohort, other dates or venue, or no cohort any more. */
    public long teachersMoved() {
        return teachers.stream().filter(TeacherChange::moved).count();
    }

    /** Every line of the diff in plain words: cohorts, then trainers, venues, deliveries and teachers. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        cohorts.forEach(c -> lines.add(c.text()));
        trainers.forEach(t -> lines.add(t.text()));
        venues.forEach(v -> lines.add(v.text()));
        deliveries.forEach(d -> lines.add(d.text()));
        teachers.forEach(t -> lines.add(t.text()));
        return lines;
    }

    public static PlanDiff between(PlanReport before, PlanReport after) {
        Map<String, CohortView> oldCohorts = byId(before.cohorts());
        Map<String, CohortView> newCohorts = byId(after.cohorts());
        List<CohortChange> cohorts = cohortChanges(oldCohorts, newCohorts);
        List<TeacherChange> teachers = teacherChanges(before, after, oldCohorts, newCohorts);
        List<TrainerChange> trainers = new ArrayList<>();
        resourceChanges(oldCohorts, newCohorts, CohortView::trainerId).forEach((id, change) -> trainers.add(
                new TrainerChange(id, change.lost, change.gained, change.changed, change.text("Trainer " + id))));
        List<VenueChange> venues = new ArrayList<>();
        resourceChanges(oldCohorts, newCohorts, CohortView::venueId).forEach((id, change) -> venues.add(
                new VenueChange(id, change.lost, change.gained, change.changed, change.text("Venue " + id))));
        List<DeliveryChange> deliveries = deliveryChanges(before.deliveries(), after.deliveries());
        Notify notify = new Notify(
                teachers.stream().map(TeacherChange::teacherId).distinct().sorted().toList(),
                trainers.stream().map(TrainerChange::trainerId).sorted().toList(),
                venues.stream().map(VenueChange::venueId).sorted().toList(),
                deliveries.stream().flatMap(d -> Stream.of(d.before(), d.after()))
                        .filter(Objects::nonNull).map(DeliveryView::vehicleId).distinct().sorted().toList());
        return new PlanDiff(teachers, trainers, venues, cohorts, deliveries, notify);
    }

    private static List<DeliveryChange> deliveryChanges(List<DeliveryView> before, List<DeliveryView> after) {
        Map<String, DeliveryView> old = new TreeMap<>();
        before.forEach(d -> old.put(d.id(), d));
        Map<String, DeliveryView> now = new TreeMap<>();
        after.forEach(d -> now.put(d.id(), d));
        TreeSet<String> ids = new TreeSet<>(old.keySet());
        ids.addAll(now.keySet());
        List<DeliveryChange> changes = new ArrayList<>();
        for (String id : ids) {
            DeliveryView was = old.get(id);
            DeliveryView is = now.get(id);
            if (was == null) {
                changes.add(new DeliveryChange(id, null, is, "Delivery " + id + " is new: " + trip(is)));
            } else if (is == null) {
                changes.add(new DeliveryChange(id, was, null, "Delivery " + id + " (" + trip(was) + ") no longer runs"));
            } else if (!was.stops().equals(is.stops())) {
                changes.add(new DeliveryChange(id, was, is, "Delivery " + id + ": " + trip(is) + " (was " + trip(was)
                        + ")"));
            }
        }
        return changes;
    }

    /** {@code truck TRUCK-2 leaves PH-OSH on 2023-10-02 for OSH-CITY 2023-10-02, OSH-ALAY 2023-10-03} */
    private static String trip(DeliveryView delivery) {
        return "truck " + delivery.vehicleId() + " leaves " + delivery.printHouseId() + " on " + delivery.departure()
                + " for " + delivery.stops().stream().map(s -> s.districtId() + " " + s.arrival())
                        .collect(Collectors.joining(", "));
    }

    private static Map<String, CohortView> byId(List<CohortView> cohorts) {
        Map<String, CohortView> byId = new TreeMap<>();
        cohorts.stream().filter(c -> !c.teacherIds().isEmpty()).forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    private static List<CohortChange> cohortChanges(Map<String, CohortView> oldCohorts,
            Map<String, CohortView> newCohorts) {
        List<CohortChange> changes = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(oldCohorts.keySet());
        ids.addAll(newCohorts.keySet());
        for (String id : ids) {
            CohortView before = oldCohorts.get(id);
            CohortView after = newCohorts.get(id);
            if (before == null) {
                changes.add(new CohortChange(id, null, after, "Cohort " + id + " is new: " + where(after)));
            } else if (after == null) {
                changes.add(new CohortChange(id, before, null, "Cohort " + id + " (" + where(before)
                        + ") no longer runs"));
            } else {
                List<String> parts = new ArrayList<>();
                if (!before.days().equals(after.days())) {
                    parts.add("dates " + dates(before) + " become " + dates(after));
                }
                if (!Objects.equals(before.trainerId(), after.trainerId())) {
                    parts.add("trainer " + before.trainerId() + " is replaced by " + after.trainerId()
                            + from(after, CohortView::trainerOn, after.trainerId()));
                }
                if (!Objects.equals(before.venueId(), after.venueId())) {
                    parts.add("venue " + before.venueId() + " is replaced by " + after.venueId()
                            + from(after, CohortView::venueOn, after.venueId()));
                }
                if (!parts.isEmpty()) {
                    changes.add(new CohortChange(id, before, after, "Cohort " + id + ": " + String.join("; ", parts)));
                }
            }
        }
        return changes;
    }

    /** {@code " from 2023-08-21"} when the new trainer or venue takes only the remaining blocks. */
    private static String from(CohortView cohort, java.util.function.BiFunction<CohortView, LocalDate, String> onDay,
            String id) {
        if (cohort.blocks().isEmpty()) {
            return "";
        }
        return cohort.days().stream().filter(d -> Objects.equals(onDay.apply(cohort, d), id)).findFirst()
                .filter(d -> !d.equals(cohort.days().get(0))).map(d -> " from " + d).orElse("");
    }

    private static List<TeacherChange> teacherChanges(PlanReport before, PlanReport after,
            Map<String, CohortView> oldCohorts, Map<String, CohortView> newCohorts) {
        Map<String, CohortView> oldByTeacher = cohortByTeacher(oldCohorts);
        Map<String, CohortView> newByTeacher = cohortByTeacher(newCohorts);
        Map<String, String> newlyUnplaced = new LinkedHashMap<>();
        after.unplaced().forEach(u -> newlyUnplaced.put(u.teacherId(), u.reason()));
        TreeSet<String> inPlan = new TreeSet<>(newByTeacher.keySet());
        inPlan.addAll(newlyUnplaced.keySet());
        TreeSet<String> ids = new TreeSet<>(oldByTeacher.keySet());
        ids.addAll(newByTeacher.keySet());
        before.unplaced().stream().map(UnplacedTeacher::teacherId).filter(inPlan::contains).forEach(ids::add);

        List<TeacherChange> changes = new ArrayList<>();
        for (String id : ids) {
            CohortView from = oldByTeacher.get(id);
            CohortView to = newByTeacher.get(id);
            String fromId = from == null ? null : from.id();
            String toId = to == null ? null : to.id();
            String text;
            TeacherChange.Kind kind;
            if (from == null && to == null) {
                continue; // unplaced before and after
            } else if (from == null) {
                text = "Teacher " + id + " joins cohort " + toId + " (" + where(to) + ")";
                kind = TeacherChange.Kind.JOINED;
            } else if (to == null) {
                text = inPlan.contains(id)
                        ? "Teacher " + id + " loses cohort " + fromId + " (" + where(from) + "): "
                                + Objects.requireNonNullElse(newlyUnplaced.get(id), "no place")
                        : "Teacher " + id + " leaves cohort " + fromId + " (" + where(from) + "), withdrawn";
                kind = inPlan.contains(id) ? TeacherChange.Kind.UNPLACED : TeacherChange.Kind.WITHDRAWN;
            } else if (!fromId.equals(toId)) {
                text = "Teacher " + id + " moves from cohort " + fromId + " (" + where(from) + ") to " + toId + " ("
                        + where(to) + ")";
                kind = TeacherChange.Kind.MOVED;
            } else if (!from.days().equals(to.days()) || !Objects.equals(from.venueId(), to.venueId())
                    || !from.blocks().stream().map(b -> b.venueId()).toList()
                            .equals(to.blocks().stream().map(b -> b.venueId()).toList())) {
                text = "Teacher " + id + " stays in cohort " + toId + ", now " + where(to) + " (was " + where(from) + ")";
                kind = TeacherChange.Kind.RESCHEDULED;
            } else {
                continue;
            }
            changes.add(new TeacherChange(id, fromId, toId, text, kind));
        }
        return changes;
    }

    private static Map<String, CohortView> cohortByTeacher(Map<String, CohortView> cohorts) {
        Map<String, CohortView> byTeacher = new TreeMap<>();
        cohorts.values().forEach(c -> c.teacherIds().forEach(t -> byTeacher.put(t, c)));
        return byTeacher;
    }

    /** Lost, gained and changed (same cohort, other dates or place) cohorts of one trainer or venue. */
    private static final class ResourceChange {
        final List<String> lost = new ArrayList<>();
        final List<String> gained = new ArrayList<>();
        final List<String> changed = new ArrayList<>();
        final List<String> words = new ArrayList<>();

        String text(String subject) {
            return subject + ": " + String.join("; ", words);
        }
    }

    private static Map<String, ResourceChange> resourceChanges(Map<String, CohortView> oldCohorts,
            Map<String, CohortView> newCohorts, Function<CohortView, String> resource) {
        Map<String, ResourceChange> changes = new TreeMap<>();
        TreeSet<String> ids = new TreeSet<>(oldCohorts.keySet());
        ids.addAll(newCohorts.keySet());
        for (String id : ids) {
            CohortView before = oldCohorts.get(id);
            CohortView after = newCohorts.get(id);
            String oldResource = before == null ? null : resource.apply(before);
            String newResource = after == null ? null : resource.apply(after);
            if (Objects.equals(oldResource, newResource)) {
                if (oldResource != null && (!before.days().equals(after.days())
                        || !Objects.equals(before.venueId(), after.venueId()))) {
                    ResourceChange change = changes.computeIfAbsent(oldResource, r -> new ResourceChange());
                    change.changed.add(id);
                    change.words.add("keeps " + id + ", now " + where(after) + " (was " + where(before) + ")");
                }
                continue;
            }
            if (oldResource != null) {
                ResourceChange change = changes.computeIfAbsent(oldResource, r -> new ResourceChange());
                change.lost.add(id);
                change.words.add("loses " + id + " (" + where(before) + ")");
            }
            if (newResource != null) {
                ResourceChange change = changes.computeIfAbsent(newResource, r -> new ResourceChange());
                change.gained.add(id);
                change.words.add("gains " + id + " (" + where(after) + ")");
            }
        }
        return changes;
    }

    /** {@code at V-OSH-1 in OSH-CITY, 2023-10-02..2023-10-27} */
    private static String where(CohortView cohort) {
        return "at " + cohort.venueId() + " in " + cohort.districtId() + ", " + dates(cohort);
    }

    private static String dates(CohortView cohort) {
        if (cohort.days().isEmpty()) {
            return "no dates";
        }
        LocalDate first = cohort.days().get(0);
        LocalDate last = cohort.days().get(cohort.days().size() - 1);
        return first + ".." + last;
    }
}
