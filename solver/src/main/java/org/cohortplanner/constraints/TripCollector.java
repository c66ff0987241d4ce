package org.cohortplanner.constraints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.cohortplanner.delivery.Logistics;
import org.cohortplanner.delivery.Trip;
import org.cohortplanner.delivery.TripKey;
import org.cohortplanner.plan.Cohort;

/**
 * Collects the cohorts that share a trip into the kits on board and the hubs to stop at, kept up to date as cohorts
 * come and go, and lays out the trip from those sums ({@link Logistics#trip(TripKey, List, int, int[], int)}): a
 * change of one cohort no longer counts the kits of every cohort on the truck again.
 */
final class TripCollector implements UniConstraintCollector<Cohort, TripCollector.Load, Trip> {

    static final TripCollector INSTANCE = new TripCollector();

    private TripCollector() {
    }

    @Override
    public Supplier<Load> supplier() {
        return Load::new;
    }

    @Override
    public BiFunction<Load, Cohort, Runnable> accumulator() {
        return (load, cohort) -> {
            // Captured now: the undo must take away exactly what was added, whatever has changed since.
            Logistics logistics = cohort.getDelivery().logistics();
            int kits = cohort.kits();
            int hub = logistics.hubIndex(cohort.getDistrictId());
            load.add(cohort, cohort.tripKey(), logistics, kits, hub);
            return () -> load.remove(cohort, kits, hub);
        };
    }

    @Override
    public Function<Load, Trip> finisher() {
        return Load::trip;
    }

    /** One trip's cohorts, kits and hubs (with how many of its cohorts each hub serves). */
    static final class Load {

        private final List<Cohort> cohorts = new ArrayList<>();
        private TripKey key;
        private Logistics logistics;
        private int kits;
        private int[] hubs = new int[4];
        private int[] cohortsAtHub = new int[4];
        private int hubCount;

        void add(Cohort cohort, TripKey key, Logistics logistics, int kits, int hub) {
            cohorts.add(cohort);
            this.key = key;
            this.logistics = logistics;
            this.kits += kits;
            for (int i = 0; i < hubCount; i++) {
                if (hubs[i] == hub) {
                    cohortsAtHub[i]++;
                    return;
                }
            }
            if (hubCount == hubs.length) {
                hubs = Arrays.copyOf(hubs, hubCount * 2);
                cohortsAtHub = Arrays.copyOf(cohortsAtHub, hubCount * 2);
            }
            hubs[hubCount] = hub;
            cohortsAtHub[hubCount++] = 1;
        }

        void remove(Cohort cohort, int kits, int hub) {
            for (int i = 0; i < cohorts.size(); i++) {
                if (cohorts.get(i) == cohort) {
                    cohorts.remove(i);
                    break;
                }
            }
            this.kits -= kits;
            for (int i = 0; i < hubCount; i++) {
                if (hubs[i] == hub) {
                    if (--cohortsAtHub[i] == 0) {
                        hubCount--;
                        hubs[i] = hubs[hubCount];
                        cohortsAtHub[i] = cohortsAtHub[hubCount];
                    }
                    return;
                }
            }
        }

        Trip trip() {
            return logistics.trip(key, List.copyOf(cohorts), kits, Arrays.copyOf(hubs, hubCount), hubCount);
        }
    }
}
