package org.cohortplanner.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.cohortplanner.constraints.ConstraintNames;
import org.cohortplanner.delivery.Trip;
import org.cohortplanner.delivery.Trips;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;

/** Computes the key figures of a plan with the same cost methods the constraints use. */
public final class KpiCalculator {

    private KpiCalculator() {
    }

    public static Kpis kpis(TrainingPlan plan) {
        List<Cohort> used = plan.getCohorts().stream().filter(Cohort::isUsed).toList();
        long trainerFees = 0;
        long trainerTravel = 0;
        long venueRent = 0;
        long substitutes = 0;
        LocalDate completion = null;
        int teachingDays = 0;
        for (Cohort cohort : used) {
            if (cohort.getTrainer() != null) {
                trainerFees += cohort.trainerFee();
                trainerTravel += cohort.trainerTravelCost();
                teachingDays += cohort.days();
            }
            if (cohort.getVenue() != null) {
                venueRent += cohort.venueRent();
            }
            if (cohort.getSchedule() != null) {
                substitutes += cohort.substituteCost();
                LocalDate last = cohort.getSchedule().lastDate();
                completion = completion == null || last.isAfter(completion) ? last : completion;
            }
        }
        long teacherTravel = 0;
        int placed = 0;
        int unplaced = 0;
        long travelMinutes = 0;
        int maxTravel = 0;
        for (Delegation delegation : plan.getDelegations()) {
            if (delegation.getCohort() == null) {
                unplaced += delegation.getSize();
                continue;
            }
            placed += delegation.getSize();
            teacherTravel += delegation.travelCost();
            int minutes = delegation.travelMinutes();
            travelMinutes += (long) minutes * delegation.getSize();
            maxTravel = Math.max(maxTravel, minutes);
        }
        Map<String, Long> costs = new LinkedHashMap<>();
        costs.put(ConstraintNames.TRAINER_FEES, trainerFees);
        costs.put(ConstraintNames.TRAINER_TRAVEL, trainerTravel);
        costs.put(ConstraintNames.VENUE_RENT, venueRent);
        costs.put(ConstraintNames.TEACHER_TRAVEL, teacherTravel);
        costs.put(ConstraintNames.SUBSTITUTE_DAYS, substitutes);
        Collection<Trip> trips = Trips.of(plan.getCohorts()).values();
        double truckingKm = 0;
        Map<String, Integer> kitsByLanguage = new TreeMap<>();
        if (plan.getProblem().plansDeliveries()) {
            costs.put(ConstraintNames.TRUCKING, trips.stream().mapToLong(Trip::truckingCost).sum());
            costs.put(ConstraintNames.TRUCK_TRIPS, trips.stream().mapToLong(t -> t.key().vehicle().costPerTrip()).sum());
            truckingKm = trips.stream().mapToDouble(Trip::km).sum();
            for (Cohort cohort : used) {
                if (cohort.tripKey() != null) {
                    kitsByLanguage.merge(cohort.getLanguage(), cohort.kits(), Integer::sum);
                }
            }
        }
        long total = costs.values().stream().mapToLong(Long::longValue).sum();
        long capacity = plan.getProblem().trainers().stream().mapToLong(Trainer::maxDays).sum();
        int trainersUsed = (int) used.stream().map(Cohort::getTrainer).filter(Objects::nonNull).distinct().count();
        return new Kpis(placed, unplaced, used.size(), total, costs, completion,
                capacity == 0 ? 0.0 : (double) teachingDays / capacity, trainersUsed,
                placed == 0 ? 0.0 : (double) travelMinutes / placed, maxTravel, Math.round(truckingKm * 10) / 10.0,
                trips.size(), kitsByLanguage);
    }
}
