package org.cohortplanner.problems.instances;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.cohortplanner.problem.Venue;
import org.cohortplanner.problems.instances.ReferenceData.DistrictRow;

/**
 * Venues of the reference instance: in every district its methodological centre (no laboratory, so primary and
 * maths only) and large schools with a science laboratory. A district with fewer than 1,000 teachers has just one
 * school with a laboratory; from 1,000 the centre and one lab school; from 3,000 a second lab school.
 */
final class ReferenceVenues {

    /** Daily rent in the two big cities is half as much again. */
    static final int BIG_CITY_POPULATION = 100_000;

    private ReferenceVenues() {
    }

    static List<Venue> build(List<DistrictRow> districts, RandomGenerator random) {
        List<Venue> venues = new ArrayList<>();
        for (DistrictRow district : districts) {
            double rentFactor = district.name().endsWith("city") && district.population() > BIG_CITY_POPULATION
                    ? 1.5 : 1.0;
            int labSchools = district.teachers() >= 3000 ? 2 : 1;
            int number = 1;
            if (district.teachers() >= 1000) {
                venues.add(new Venue(venueId(district, number++), district.name() + " methodological centre",
                        district.id(), 30 + 2 * random.nextInt(6), Tracks.sortedSet(Tracks.PRIMARY, Tracks.MATH),
                        null, null, Math.round((1500 + 100 * random.nextInt(6)) * rentFactor)));
            }
            for (int lab = 1; lab <= labSchools; lab++) {
                venues.add(new Venue(venueId(district, number++),
                        district.name() + " school with science laboratory " + lab, district.id(),
                        25 + random.nextInt(6), Tracks.sortedSet(Tracks.PRIMARY, Tracks.MATH, Tracks.SCIENCE),
                        null, null, Math.round((2000 + 100 * random.nextInt(6)) * rentFactor)));
            }
        }
        return venues;
    }

    private static String venueId(DistrictRow district, int number) {
        return "V-" + district.id() + "-" + number;
    }
}
