package org.cohortplanner.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohortplanner.plan.Cohort;

/** The trips of a plan, laid out in plain code the same way the constraints lay them out. */
public final class Trips {

    private Trips() {
    }

    /** Every trip the running cohorts make, by key, in departure order. */
    public static Map<TripKey, Trip> of(List<Cohort> cohorts) {
        Map<TripKey, List<Cohort>> cohortsByTrip = new LinkedHashMap<>();
        for (Cohort cohort : cohorts) {
            TripKey key = cohort.isUsed() ? cohort.tripKey() : null;
            if (key != null) {
                cohortsByTrip.computeIfAbsent(key, k -> new ArrayList<>()).add(cohort);
            }
        }
        Map<TripKey, Trip> trips = new LinkedHashMap<>();
        cohortsByTrip.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(TripKey::departure).thenComparing(TripKey::id)))
                .forEach(entry -> trips.put(entry.getKey(),
                        entry.getValue().get(0).getDelivery().logistics().trip(entry.getKey(), entry.getValue())));
        return trips;
    }
}
