package org.cohortplanner.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.delivery.TripKey;
import org.cohortplanner.geography.Route;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;

/**
 * A training group slot of one track and language in one district. It runs when teachers are placed in
 * it; it then needs a trainer, a venue of its district and a schedule.
 */
@PlanningEntity(comparatorClass = CohortDifficulty.class)
public class Cohort {

    @PlanningId
    private String id;
    private String track;
    private String language;
    private String districtId;
    private Course course;
    private PlanningContext context;
    private List<Trainer> qualifiedTrainers;
    private List<Venue> districtVenues;
    private List<Schedule> schedules;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "qualifiedTrainers")
    private Trainer trainer;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "districtVenues")
    private Venue venue;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "schedules")
    private Schedule schedule;

    private List<DeliveryOption> deliveryOptions = List.of();
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "deliveryOptions")
    private DeliveryOption delivery;

    @InverseRelationShadowVariable(sourceVariableName = "cohort")
    private List<Delegation> delegations = new ArrayList<>();

    @PlanningPin
    private boolean pinned;

    /**
     * Re-planning: from this day on the cohort has {@link #trainer} and {@link #venue}; before it, the earlier ones
     * (a substitute for its remaining blocks). Null: one trainer and venue throughout.
     */
    private LocalDate handoverDate;
    private Trainer earlierTrainer;
    private Venue earlierVenue;
    /** The days of {@link #handoverBase} from the handover on, as a schedule: what the trainer and venue rules check. */
    private Schedule handoverSchedule;
    private Schedule handoverBase;

    /** The values of the published plan when re-planning, null otherwise (see {@link #rememberPublished()}). */
    private Trainer publishedTrainer;
    private Venue publishedVenue;
    private Schedule publishedSchedule;
    private TripKey publishedTripKey;
    /** Re-planning: the trip that left before "now" with its kits; it stays its trip whatever its dates. */
    private TripKey shippedTripKey;
    private int shippedKits;

    public Cohort() {
    }

    public Cohort(String id, String track, String language, String districtId, Course course,
            PlanningContext context, List<Trainer> qualifiedTrainers, List<Venue> districtVenues,
            List<Schedule> schedules) {
        this.id = id;
        this.track = track;
        this.language = language;
        this.districtId = districtId;
        this.course = course;
        this.context = context;
        this.qualifiedTrainers = qualifiedTrainers;
        this.districtVenues = districtVenues;
        this.schedules = schedules;
    }

    /** A cohort runs when at least one teacher is placed in it. */
    public boolean isUsed() {
        return !delegations.isEmpty();
    }

    public int size() {
        int size = 0;
        for (Delegation delegation : delegations) {
            size += delegation.getSize();
        }
        return size;
    }

    /**
     * Sets the values a restored plan gave this cohort, widening its own value ranges where a value lies outside
     * them (an unqualified trainer, a custom schedule, a long lead time): the constraints then report the rule it
     * breaks.
     */
    public void restore(Trainer trainer, Venue venue, Schedule schedule, DeliveryOption delivery) {
        qualifiedTrainers = admit(qualifiedTrainers, trainer);
        districtVenues = admit(districtVenues, venue);
        schedules = admit(schedules, schedule);
        deliveryOptions = admit(deliveryOptions, delivery);
        this.trainer = trainer;
        this.venue = venue;
        this.schedule = schedule;
        this.delivery = delivery;
    }

    private static <T> List<T> admit(List<T> range, T value) {
        if (value == null || range.contains(value)) {
            return range;
        }
        List<T> widened = new ArrayList<>(range);
        widened.add(value);
        return widened;
    }

    /** Trainer, venue and dates; and the delivery of its kits when the problem plans deliveries. */
    public int missingAssignments() {
        return (trainer == null ? 1 : 0) + (venue == null ? 1 : 0) + (schedule == null ? 1 : 0)
                + (delivery == null && !deliveryOptions.isEmpty() ? 1 : 0);
    }

    /** Offers the ways this cohort's kits can come; none when the problem plans no deliveries. */
    public void offerDeliveries(List<DeliveryOption> options) {
        this.deliveryOptions = options;
    }

    /** The trip that brings this running cohort's kits; null while it has no dates or delivery. */
    public TripKey tripKey() {
        if (delivery == null || schedule == null || delegations.isEmpty()) {
            return null;
        }
        if (shippedTripKey != null) {
            return shippedTripKey;
        }
        return new TripKey(delivery.vehicle(), delivery.printHouse(), delivery.departure(schedule.firstDate()));
    }

    /** The district office that receives this cohort's kits. */
    public String hubDistrictId() {
        return delivery == null ? districtId : delivery.logistics().hubOf(districtId);
    }

    /** In-person days: those of its schedule (a plan read back may have more or fewer), else the course's. */
    public int days() {
        return schedule == null ? course.inPersonDays() : schedule.dayCount();
    }

    public long trainerFee() {
        return trainer.dailyFee() * days();
    }

    /** Trips home and back for each block, and per diem for each day away from home district. */
    public long trainerTravelCost() {
        if (trainer.homeDistrictId().equals(districtId)) {
            return 0L;
        }
        Route route = context.geography().route(trainer.homeDistrictId(), districtId);
        return context.awayCost(route, course.blockDays().size(), days(), context.policy().trainerPerDiem());
    }

    public long venueRent() {
        return venue.dailyCost() * days();
    }

    /** A substitute for every teacher on every in-person day in term time. */
    public long substituteCost() {
        return (long) schedule.termDays() * size() * context.policy().substituteDailyCost();
    }

    public int daysLate() {
        return Math.max(0, schedule.lastDay() - context.targetEndDay());
    }

    public int closedDays() {
        return schedule.days().countCommon(context.calendar().closedDays(districtId));
    }

    public int trainerUnavailableDays() {
        int count = 0;
        for (var date : schedule.dates()) {
            if (!trainer.isAvailableOn(date) && !beforeHandover(date)) {
                count++;
            }
        }
        return count;
    }

    public int venueUnavailableDays() {
        int count = 0;
        for (var date : schedule.dates()) {
            if (!venue.isAvailableOn(date) && !beforeHandover(date)) {
                count++;
            }
        }
        return count;
    }

    /** Minutes a trainer drives between this cohort's district and another's. */
    public int transferMinutesTo(Cohort other) {
        return context.geography().route(districtId, other.districtId).minutes();
    }

    @ValueRangeProvider(id = "deliveryOptions")
    public List<DeliveryOption> getDeliveryOptions() {
        return deliveryOptions;
    }

    public DeliveryOption getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryOption delivery) {
        this.delivery = delivery;
    }

    @ValueRangeProvider(id = "qualifiedTrainers")
    public List<Trainer> getQualifiedTrainers() {
        return qualifiedTrainers;
    }

    @ValueRangeProvider(id = "districtVenues")
    public List<Venue> getDistrictVenues() {
        return districtVenues;
    }

    @ValueRangeProvider(id = "schedules")
    public List<Schedule> getSchedules() {
        return schedules;
    }

    public String getId() {
        return id;
    }

    public String getTrack() {
        return track;
    }

    public String getLanguage() {
        return language;
    }

    public String getDistrictId() {
        return districtId;
    }

    public Course getCourse() {
        return course;
    }

    public PlanningContext getContext() {
        return context;
    }

    public Trainer getTrainer() {
        return trainer;
    }

    public void setTrainer(Trainer trainer) {
        this.trainer = trainer;
    }

    public Venue getVenue() {
        return venue;
    }

    public void setVenue(Venue venue) {
        this.venue = venue;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public void setSchedule(Schedule schedule) {
        this.schedule = schedule;
    }

    public List<Delegation> getDelegations() {
        return delegations;
    }

    public void setDelegations(List<Delegation> delegations) {
        this.delegations = delegations;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    // ************************************************************************
    // Re-planning: the published values, for the minimal-change constraints
    // ************************************************************************

    /**
     * Only schedules starting on or after {@code first} stay possible (re-planning: the past and the frozen days
     * are not for moved cohorts); dates starting earlier are cleared.
     */
    public void limitSchedulesFrom(LocalDate first) {
        schedules = schedules.stream().filter(s -> !s.firstDate().isBefore(first)).toList();
        if (schedule != null && schedule.firstDate().isBefore(first)) {
            schedule = null;
        }
    }

    /** Takes the current trainer, venue and dates as those of the published plan. */
    public void rememberPublished() {
        publishedTrainer = trainer;
        publishedVenue = venue;
        publishedSchedule = schedule;
        publishedTripKey = tripKey();
    }

    /** The trip that brought its kits in the published plan; null when it had none or nothing was published. */
    public TripKey getPublishedTripKey() {
        return publishedTripKey;
    }

    /**
     * Re-planning: its kits left before "now" on its current trip, which stays its trip when its dates move (they
     * must then still arrive in time); its delivery no longer changes.
     */
    public void shipKits() {
        shippedTripKey = tripKey();
        shippedKits = size();
        deliveryOptions = List.of(delivery);
    }

    /** Kits its trip carries: one a teacher, or as many as left before "now" when its kits have left. */
    public int kits() {
        return shippedTripKey != null ? shippedKits : size();
    }

    public boolean isShipped() {
        return shippedTripKey != null;
    }

    /** Re-planning: whether its kits come by another trip than in the published plan (or by one at all). */
    public boolean tripChanged() {
        TripKey key = tripKey();
        return key != null && !key.equals(publishedTripKey);
    }

    /** Whether the published plan ran this cohort (with teachers and dates). */
    public boolean wasPublished() {
        return publishedSchedule != null;
    }

    public boolean trainerChanged() {
        return publishedTrainer != null && trainer != publishedTrainer;
    }

    public boolean venueChanged() {
        return publishedVenue != null && venue != publishedVenue;
    }

    public boolean datesChanged() {
        return publishedSchedule != null && schedule != publishedSchedule
                && (schedule == null || !schedule.dates().equals(publishedSchedule.dates()));
    }

    public Trainer getPublishedTrainer() {
        return publishedTrainer;
    }

    public Venue getPublishedVenue() {
        return publishedVenue;
    }

    public Schedule getPublishedSchedule() {
        return publishedSchedule;
    }

    // ************************************************************************
    // Re-planning: a substitute trainer or venue for the remaining blocks
    // ************************************************************************

    /**
     * From {@code from} on (a block's first day, or the first remaining day), the cohort has {@code newTrainer},
     * {@code newVenue} and {@code newSchedule}, whose days before {@code from} must be its current ones; before,
     * it keeps the trainer and venue it had then.
     */
    public void handOver(LocalDate from, Trainer newTrainer, Venue newVenue, Schedule newSchedule) {
        if (handoverDate == null || from.isBefore(handoverDate)) {
            earlierTrainer = handoverDate == null ? trainer : earlierTrainer;
            earlierVenue = handoverDate == null ? venue : earlierVenue;
            handoverDate = from;
        }
        trainer = newTrainer;
        venue = newVenue;
        schedule = newSchedule;
        handoverBase = null;
        if (earlierTrainer == trainer && earlierVenue == venue || !schedule.firstDate().isBefore(handoverDate)) {
            // the same trainer and venue throughout, or no day before the handover: no handover after all
            handoverDate = null;
            earlierTrainer = null;
            earlierVenue = null;
        }
    }

    /** Restores a handover of a plan read back: {@code trainer} and {@code venue} (set by restore) from {@code from}. */
    public void restoreHandover(LocalDate from, Trainer trainerBefore, Venue venueBefore) {
        handoverDate = from;
        earlierTrainer = trainerBefore;
        earlierVenue = venueBefore;
        handoverBase = null;
    }

    public boolean hasHandover() {
        return handoverDate != null;
    }

    public LocalDate getHandoverDate() {
        return handoverDate;
    }

    /** The trainer on a day of its schedule. */
    public Trainer trainerOn(LocalDate date) {
        return beforeHandover(date) ? earlierTrainer : trainer;
    }

    /** The venue on a day of its schedule. */
    public Venue venueOn(LocalDate date) {
        return beforeHandover(date) ? earlierVenue : venue;
    }

    private boolean beforeHandover(LocalDate date) {
        return handoverDate != null && date.isBefore(handoverDate);
    }

    /**
     * The days {@link #trainer} and {@link #venue} are booked: every day of its schedule, or those from the
     * handover on (the days before belong to the earlier trainer and venue, and are history or checked when the
     * handover was made).
     */
    public Schedule bookedSchedule() {
        if (handoverDate == null || schedule == null) {
            return schedule;
        }
        if (handoverBase != schedule) {
            handoverSchedule = schedule.from(handoverDate);
            handoverBase = schedule;
        }
        return handoverSchedule;
    }

    /** Its dates cut into blocks: the course's block lengths when they add up, else runs of days a week apart. */
    public List<List<LocalDate>> blocks() {
        if (schedule == null) {
            return List.of();
        }
        return schedule.blocks(course.blockDays());
    }

    @Override
    public String toString() {
        return id;
    }
}
