package org.cohortplanner.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;
import static org.cohortplanner.constraints.ConstraintNames.*;

import java.time.LocalDate;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import org.cohortplanner.delivery.Trip;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.problem.Trainer;

/**
 * Every rule of a training plan. Hard rules count violations (days, teachers or cohorts, as each says);
 * soft rules are money in the programme currency unless their weight says otherwise.
 * <p>
 * Cohort rules start from {@code forEachIncludingUnassigned} and ask only for the variables they read,
 * so that a half-built cohort already guides the construction heuristic (trainer, then dates, then venue).
 */
public class CohortPlannerConstraints implements ConstraintProvider {

    private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;
    private static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;
    private static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ONE_SOFT;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                cohortIncomplete(factory),
                teacherInWrongCohort(factory),
                trainerNotQualified(factory),
                trainerDoubleBooked(factory),
                trainerTransfer(factory),
                trainerUnavailable(factory),
                trainerMaxDays(factory),
                venueDoubleBooked(factory),
                venueUnavailable(factory),
                venueTooSmall(factory),
                venueCannotHost(factory),
                cohortTooSmall(factory),
                cohortTooLarge(factory),
                districtClosed(factory),
                datesOffLayout(factory),
                teacherUnavailable(factory),
                teacherTravelTooLong(factory),
                teacherUnplaced(factory),
                kitsLate(factory),
                truckOverCapacity(factory),
                truckUnavailable(factory),
                truckDoubleBooked(factory),
                printWeekOverCapacity(factory),
                kitsLanguageNotPrinted(factory),
                kitsLeadOutsideOptions(factory),
                trainerFees(factory),
                trainerTravel(factory),
                venueRent(factory),
                teacherTravel(factory),
                substituteDays(factory),
                schoolShareAway(factory),
                schoolTeamSplit(factory),
                cohortBelowIdeal(factory),
                lateCompletion(factory),
                unevenWorkload(factory),
                trucking(factory),
                truckTrips(factory),
                teacherMoved(factory),
                cohortDatesChanged(factory),
                cohortTrainerChanged(factory),
                cohortVenueChanged(factory),
                deliveryChanged(factory),
                kitsPlannedBeforeNow(factory),
                frozenTripJoined(factory)
        };
    }

    // ************************************************************************
    // Streams
    // ************************************************************************

    private static UniConstraintStream<Cohort> usedCohorts(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Cohort.class).filter(Cohort::isUsed);
    }

    /** Built in one place, so that every rule on staffed cohorts shares its nodes. */
    private static UniConstraintStream<Cohort> staffed(ConstraintFactory factory) {
        return usedCohorts(factory).filter(c -> c.getTrainer() != null);
    }

    private static UniConstraintStream<Cohort> staffedAndScheduled(ConstraintFactory factory) {
        return staffed(factory).filter(c -> c.getSchedule() != null);
    }

    /** Each trainer's teaching days, shared by the rules on maximum days and workload. */
    private static BiConstraintStream<Trainer, Integer> trainerDays(ConstraintFactory factory) {
        return staffed(factory).groupBy(Cohort::getTrainer, sum(Cohort::days));
    }

    private static UniConstraintStream<Cohort> housedAndScheduled(ConstraintFactory factory) {
        return usedCohorts(factory).filter(c -> c.getVenue() != null && c.getSchedule() != null);
    }

    /**
     * Placed delegations whose cohort has dates. Rules that read a delegation's days start here and read
     * {@link Delegation#getCohortSchedule()}: a shadow variable that changes only when the delegation moves or its
     * cohort's dates change, so that a new trainer or venue does not touch these rules.
     */
    private static UniConstraintStream<Delegation> scheduledDelegations(ConstraintFactory factory) {
        return factory.forEach(Delegation.class).filter(d -> d.getCohortSchedule() != null);
    }

    /**
     * The truck trips the running cohorts make: cohorts with the same truck, print house and departure share
     * one trip, laid out by {@link org.cohortplanner.delivery.Logistics} from their kits and hubs, which
     * {@link TripCollector} keeps as cohorts come and go.
     */
    private static UniConstraintStream<Trip> trips(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.tripKey() != null)
                .groupBy(Cohort::tripKey, TripCollector.INSTANCE)
                .map((key, trip) -> trip);
    }

    // ************************************************************************
    // Hard: structure and qualification
    // ************************************************************************

    Constraint cohortIncomplete(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.missingAssignments() > 0)
                .penalizeLong(HARD, c -> (long) c.missingAssignments() * c.size())
                .asConstraint(COHORT_INCOMPLETE);
    }

    Constraint teacherInWrongCohort(ConstraintFactory factory) {
        return factory.forEach(Delegation.class)
                .filter(Delegation::isMismatched)
                .penalizeLong(HARD, Delegation::getSize)
                .asConstraint(TEACHER_WRONG_COHORT);
    }

    Constraint trainerNotQualified(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getTrainer() != null && !c.getTrainer().isQualifiedFor(c.getTrack(), c.getLanguage()))
                .penalizeLong(HARD)
                .asConstraint(TRAINER_NOT_QUALIFIED);
    }

    // ************************************************************************
    // Hard: trainers
    // ************************************************************************

    /** Days are those the trainer is booked: a substitute for a cohort's remaining blocks is booked from then on. */
    Constraint trainerDoubleBooked(ConstraintFactory factory) {
        return trainerClashes(factory)
                .filter((a, b) -> a.bookedSchedule().days().intersects(b.bookedSchedule().days()))
                .penalizeLong(HARD, (a, b) -> a.bookedSchedule().days().countCommon(b.bookedSchedule().days()))
                .asConstraint(TRAINER_DOUBLE_BOOKED);
    }

    /** Teaching on consecutive days at venues further apart than an evening's drive. */
    Constraint trainerTransfer(ConstraintFactory factory) {
        return trainerClashes(factory)
                .filter((a, b) -> a.transferMinutesTo(b) > a.getContext().policy().trainerTransferMinutes()
                        && a.bookedSchedule().daysWithNeighbours().intersects(b.bookedSchedule().days())
                        && !a.bookedSchedule().days().intersects(b.bookedSchedule().days()))
                .penalizeLong(HARD, (a, b) -> a.bookedSchedule().adjacentDayPairs(b.bookedSchedule()))
                .asConstraint(TRAINER_TRANSFER);
    }

    /**
     * Pairs of cohorts of one trainer (smaller id first) that share a day or leave too short an evening's drive
     * between two days, found per trainer as its cohorts change ({@link ClashCollector}) instead of by a self-join
     * that every change of any cohort re-indexes. Both trainer rules share these nodes.
     */
    private static BiConstraintStream<Cohort, Cohort> trainerClashes(ConstraintFactory factory) {
        return staffedAndScheduled(factory)
                .groupBy(Cohort::getTrainer, ClashCollector.TRAINER)
                .flattenLast(clashes -> clashes)
                .map((trainer, clash) -> clash.first(), (trainer, clash) -> clash.second());
    }

    Constraint trainerUnavailable(ConstraintFactory factory) {
        return staffedAndScheduled(factory)
                .filter(c -> c.trainerUnavailableDays() > 0)
                .penalizeLong(HARD, Cohort::trainerUnavailableDays)
                .asConstraint(TRAINER_UNAVAILABLE);
    }

    Constraint trainerMaxDays(ConstraintFactory factory) {
        return trainerDays(factory)
                .filter((trainer, days) -> days > trainer.maxDays())
                .penalizeLong(HARD, (trainer, days) -> days - trainer.maxDays())
                .asConstraint(TRAINER_MAX_DAYS);
    }

    // ************************************************************************
    // Hard: venues and calendar
    // ************************************************************************

    /** Pairs of cohorts at one venue sharing a day, found per venue like {@link #trainerClashes}. */
    Constraint venueDoubleBooked(ConstraintFactory factory) {
        return housedAndScheduled(factory)
                .groupBy(Cohort::getVenue, ClashCollector.VENUE)
                .flattenLast(clashes -> clashes)
                .map((venue, clash) -> clash.first(), (venue, clash) -> clash.second())
                .filter((a, b) -> a.bookedSchedule().days().intersects(b.bookedSchedule().days()))
                .penalizeLong(HARD, (a, b) -> a.bookedSchedule().days().countCommon(b.bookedSchedule().days()))
                .asConstraint(VENUE_DOUBLE_BOOKED);
    }

    Constraint venueUnavailable(ConstraintFactory factory) {
        return housedAndScheduled(factory)
                .filter(c -> c.venueUnavailableDays() > 0)
                .penalizeLong(HARD, Cohort::venueUnavailableDays)
                .asConstraint(VENUE_UNAVAILABLE);
    }

    Constraint venueTooSmall(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getVenue() != null && c.size() > c.getVenue().seats())
                .penalizeLong(HARD, c -> c.size() - c.getVenue().seats())
                .asConstraint(VENUE_TOO_SMALL);
    }

    Constraint venueCannotHost(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getVenue() != null && !c.getVenue().canHost(c.getTrack()))
                .penalizeLong(HARD)
                .asConstraint(VENUE_CANNOT_HOST);
    }

    Constraint districtClosed(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getSchedule() != null && c.closedDays() > 0)
                .penalizeLong(HARD, Cohort::closedDays)
                .asConstraint(DISTRICT_CLOSED);
    }

    /**
     * Only a plan read back can break it: the solver picks among standard layouts. Worked out once per schedule
     * (see {@link org.cohortplanner.calendar.Schedule#offLayout()}).
     */
    Constraint datesOffLayout(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getSchedule() != null && c.getSchedule().offLayout() > 0)
                .penalizeLong(HARD, c -> c.getSchedule().offLayout())
                .asConstraint(DATES_OFF_LAYOUT);
    }

    // ************************************************************************
    // Hard: cohort size and teachers
    // ************************************************************************

    Constraint cohortTooSmall(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.size() < c.getCourse().minSize())
                .penalizeLong(HARD, c -> c.getCourse().minSize() - c.size())
                .asConstraint(COHORT_TOO_SMALL);
    }

    Constraint cohortTooLarge(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.size() > c.getCourse().maxSize())
                .penalizeLong(HARD, c -> c.size() - c.getCourse().maxSize())
                .asConstraint(COHORT_TOO_LARGE);
    }

    Constraint teacherUnavailable(ConstraintFactory factory) {
        return scheduledDelegations(factory)
                .filter(d -> d.unavailableTeacherDays() > 0)
                .penalizeLong(HARD, Delegation::unavailableTeacherDays)
                .asConstraint(TEACHER_UNAVAILABLE);
    }

    Constraint teacherTravelTooLong(ConstraintFactory factory) {
        return factory.forEach(Delegation.class)
                .filter(d -> d.travelMinutes() > d.getContext().policy().maxTravelMinutes())
                .penalizeLong(HARD, Delegation::getSize)
                .asConstraint(TEACHER_TRAVEL_TOO_LONG);
    }

    // ************************************************************************
    // Medium
    // ************************************************************************

    Constraint teacherUnplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Delegation.class)
                .filter(d -> d.getCohort() == null)
                .penalizeLong(MEDIUM, Delegation::getSize)
                .asConstraint(TEACHER_UNPLACED);
    }

    // ************************************************************************
    // Hard: printed materials
    // ************************************************************************

    /** Penalised in days late, per cohort, so the analysis names the cohorts that would start without kits. */
    Constraint kitsLate(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.tripKey() != null)
                .join(trips(factory), equal(Cohort::tripKey, Trip::key))
                .filter((cohort, trip) -> daysLate(cohort, trip) > 0)
                .penalize(HARD, CohortPlannerConstraints::daysLate)
                .asConstraint(KITS_LATE);
    }

    private static int daysLate(Cohort cohort, Trip trip) {
        LocalDate due = cohort.getDelivery().logistics().due(cohort.getSchedule().firstDate());
        LocalDate arrival = trip.arrivalAt(cohort.hubDistrictId());
        return (int) Math.max(0, arrival.toEpochDay() - due.toEpochDay());
    }

    Constraint truckOverCapacity(ConstraintFactory factory) {
        return trips(factory)
                .filter(trip -> trip.kitsOverCapacity() > 0)
                .penalize(HARD, Trip::kitsOverCapacity)
                .asConstraint(TRUCK_OVER_CAPACITY);
    }

    Constraint truckUnavailable(ConstraintFactory factory) {
        return trips(factory)
                .filter(trip -> trip.unavailableDays() > 0)
                .penalize(HARD, Trip::unavailableDays)
                .asConstraint(TRUCK_UNAVAILABLE);
    }

    /** Only trips on the road on a common day are paired (the join indexes their days), then counted. */
    Constraint truckDoubleBooked(ConstraintFactory factory) {
        return trips(factory)
                .join(trips(factory), equal(trip -> trip.key().vehicle()), lessThan(trip -> trip.key().id()),
                        overlapping(trip -> trip.departure().toEpochDay(), trip -> trip.returnDate().toEpochDay() + 1))
                .filter((one, other) -> one.overlapDays(other) > 0)
                .penalize(HARD, Trip::overlapDays)
                .asConstraint(TRUCK_DOUBLE_BOOKED);
    }

    /** A print week with no capacity (the house is closed, or the programme has not started) prints nothing. */
    Constraint printWeekOverCapacity(ConstraintFactory factory) {
        return trips(factory)
                .groupBy(Trip::printWeek, sum(Trip::kits))
                .filter((week, kits) -> kits > week.capacity())
                .penalize(HARD, (week, kits) -> kits - week.capacity())
                .asConstraint(PRINT_WEEK_OVER_CAPACITY);
    }

    /** Each kit printed by a house that does not print the cohort's language (only a plan read back has one). */
    Constraint kitsLanguageNotPrinted(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getDelivery() != null && !c.getDelivery().printHouse().prints(c.getLanguage()))
                .penalizeLong(HARD, Cohort::size)
                .asConstraint(KITS_LANGUAGE_NOT_PRINTED);
    }

    /** Each week by which a read-back delivery leaves earlier or later than the lead times trucks are planned with. */
    Constraint kitsLeadOutsideOptions(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getDelivery() != null && c.getDelivery().leadWeeksOutsideOptions() > 0 && !c.isShipped())
                .penalizeLong(HARD, c -> c.getDelivery().leadWeeksOutsideOptions())
                .asConstraint(KITS_LEAD_OUTSIDE_OPTIONS);
    }

    // ************************************************************************
    // Soft: money
    // ************************************************************************

    Constraint trainerFees(ConstraintFactory factory) {
        return staffed(factory)
                .penalizeLong(SoftWeights.soft(TRAINER_FEES), Cohort::trainerFee)
                .asConstraint(TRAINER_FEES);
    }

    Constraint trainerTravel(ConstraintFactory factory) {
        return staffed(factory)
                .penalizeLong(SoftWeights.soft(TRAINER_TRAVEL), Cohort::trainerTravelCost)
                .asConstraint(TRAINER_TRAVEL);
    }

    Constraint venueRent(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getVenue() != null)
                .penalizeLong(SoftWeights.soft(VENUE_RENT), Cohort::venueRent)
                .asConstraint(VENUE_RENT);
    }

    /** The per diem counts the days of the cohort's dates, which the delegation is told of (a shadow variable). */
    Constraint teacherTravel(ConstraintFactory factory) {
        return factory.forEach(Delegation.class)
                .penalizeLong(SoftWeights.soft(TEACHER_TRAVEL), Delegation::scheduledTravelCost)
                .asConstraint(TEACHER_TRAVEL);
    }

    Constraint substituteDays(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getSchedule() != null)
                .penalizeLong(SoftWeights.soft(SUBSTITUTE_DAYS), Cohort::substituteCost)
                .asConstraint(SUBSTITUTE_DAYS);
    }

    // ************************************************************************
    // Soft: preferences (weight per unit)
    // ************************************************************************

    /**
     * Teacher-days beyond the school's quota of teachers away on the same day, counted per school as delegations
     * join and leave ({@link TeachersAwayCollector}): expanding every member into its days would cost eight tuples
     * per move.
     */
    Constraint schoolShareAway(ConstraintFactory factory) {
        return scheduledDelegations(factory)
                .groupBy(Delegation::getQuota, new TeachersAwayCollector())
                .filter((quota, excess) -> excess > 0)
                .penalizeLong(SoftWeights.soft(SCHOOL_SHARE_AWAY), (quota, excess) -> excess)
                .asConstraint(SCHOOL_SHARE_AWAY);
    }

    /** Every cohort beyond the first that a school team is spread over. */
    Constraint schoolTeamSplit(ConstraintFactory factory) {
        return factory.forEach(Delegation.class)
                .groupBy(Delegation::getTeam, countDistinct(Delegation::getCohort))
                .filter((team, cohorts) -> cohorts > 1)
                .penalizeLong(SoftWeights.soft(SCHOOL_TEAM_SPLIT), (team, cohorts) -> cohorts - 1)
                .asConstraint(SCHOOL_TEAM_SPLIT);
    }

    /** Each empty seat below the course's ideal size. */
    Constraint cohortBelowIdeal(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.size() < c.getCourse().idealSize())
                .penalizeLong(SoftWeights.soft(COHORT_BELOW_IDEAL), c -> c.getCourse().idealSize() - c.size())
                .asConstraint(COHORT_BELOW_IDEAL);
    }

    /** Each teacher-day by which a cohort ends after the programme's target end. */
    Constraint lateCompletion(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.getSchedule() != null && c.daysLate() > 0)
                .penalizeLong(SoftWeights.soft(LATE_COMPLETION), c -> (long) c.daysLate() * c.size())
                .asConstraint(LATE_COMPLETION);
    }

    /** The square of each trainer's teaching days: spreads the work over the team. */
    Constraint unevenWorkload(ConstraintFactory factory) {
        return trainerDays(factory)
                .penalizeLong(SoftWeights.soft(UNEVEN_WORKLOAD), (trainer, days) -> (long) days * days)
                .asConstraint(UNEVEN_WORKLOAD);
    }

    Constraint trucking(ConstraintFactory factory) {
        return trips(factory)
                .penalizeLong(SoftWeights.soft(TRUCKING), Trip::truckingCost)
                .asConstraint(TRUCKING);
    }

    Constraint truckTrips(ConstraintFactory factory) {
        return trips(factory)
                .penalizeLong(SoftWeights.soft(TRUCK_TRIPS), trip -> trip.key().vehicle().costPerTrip())
                .asConstraint(TRUCK_TRIPS);
    }

    // ************************************************************************
    // Soft: minimal change against the published plan (re-planning only)
    // ************************************************************************
    // The weights outweigh what a single change could save, so a re-plan changes only what the disruptions force.
    // Only a re-plan remembers published values on the entities (Replanner); in a fresh plan nothing matches.

    public static final Map<String, HardMediumSoftLongScore> MINIMAL_CHANGE_WEIGHTS = Map.of(
            TEACHER_MOVED, SOFT.multiply(100_000),
            COHORT_DATES_CHANGED, SOFT.multiply(500_000),
            COHORT_TRAINER_CHANGED, SOFT.multiply(200_000),
            COHORT_VENUE_CHANGED, SOFT.multiply(100_000),
            DELIVERY_CHANGED, SOFT.multiply(300_000));

    /** Each teacher placed in the published plan who is now in another cohort or in none. */
    Constraint teacherMoved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Delegation.class)
                .filter(Delegation::movedFromPublished)
                .penalizeLong(MINIMAL_CHANGE_WEIGHTS.get(TEACHER_MOVED), Delegation::getSize)
                .asConstraint(TEACHER_MOVED);
    }

    /** Each published cohort that still runs, on other dates. */
    Constraint cohortDatesChanged(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(Cohort::datesChanged)
                .penalizeLong(MINIMAL_CHANGE_WEIGHTS.get(COHORT_DATES_CHANGED))
                .asConstraint(COHORT_DATES_CHANGED);
    }

    /** Each published cohort that still runs, with another trainer. */
    Constraint cohortTrainerChanged(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(Cohort::trainerChanged)
                .penalizeLong(MINIMAL_CHANGE_WEIGHTS.get(COHORT_TRAINER_CHANGED))
                .asConstraint(COHORT_TRAINER_CHANGED);
    }

    /** Each published cohort that still runs, at another venue. */
    Constraint cohortVenueChanged(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(Cohort::venueChanged)
                .penalizeLong(MINIMAL_CHANGE_WEIGHTS.get(COHORT_VENUE_CHANGED))
                .asConstraint(COHORT_VENUE_CHANGED);
    }

    /** Each truck trip that is new or carries other cohorts' kits than in the published plan: a driver to tell. */
    Constraint deliveryChanged(ConstraintFactory factory) {
        return trips(factory)
                .filter(Trip::changedFromPublished)
                .penalizeLong(MINIMAL_CHANGE_WEIGHTS.get(DELIVERY_CHANGED))
                .asConstraint(DELIVERY_CHANGED);
    }

    // ************************************************************************
    // Hard, re-planning only: deliveries in time
    // ************************************************************************

    /** Each cohort whose kits would come by a new or other trip leaving, or printed in a week, before "now". */
    Constraint kitsPlannedBeforeNow(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.tripChanged() && c.getDelivery().logistics().inThePast(c.tripKey()))
                .penalizeLong(HARD)
                .asConstraint(KITS_PLANNED_BEFORE_NOW);
    }

    /** Each cohort whose kits would join the trip of a frozen cohort, changing its stops and arrival. */
    Constraint frozenTripJoined(ConstraintFactory factory) {
        return usedCohorts(factory)
                .filter(c -> c.tripChanged() && c.getDelivery().logistics().isFrozen(c.tripKey()))
                .penalizeLong(HARD)
                .asConstraint(FROZEN_TRIP_JOINED);
    }
}
