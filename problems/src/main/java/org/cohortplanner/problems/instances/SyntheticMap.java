package org.cohortplanner.problems.instances;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.cohortplanner.problem.District;
import org.cohortplanner.problem.TravelLink;

/**
 * Invented regions and districts in a box the size of Kyrgyzstan (latitude 39.5-43, longitude 69.5-80): the
 * regions sit on a grid, each with a hub city (district 1) and about ten districts within 60 km of it. Roads run
 * from every district to its hub, to its nearest neighbour in the region, and between neighbouring hubs, so every
 * district is under two and a half hours from its hub.
 */
final class SyntheticMap {

    static final double SOUTH = 39.5;
    static final double NORTH = 43.0;
    static final double WEST = 69.5;
    static final double EAST = 80.0;
    static final double MAX_RADIUS_KM = 60;
    private static final double KM_PER_DEGREE = 111.2;

    record Result(List<District> districts, List<TravelLink> roads, List<String> hubIds) {
    }

    private SyntheticMap() {
    }

    static Result build(int regions, RandomGenerator random) {
        int columns = (int) Math.ceil(Math.sqrt(regions * (EAST - WEST) / (NORTH - SOUTH) / 1.3));
        int rows = (regions + columns - 1) / columns;
        double cellLatitude = (NORTH - SOUTH) / rows;
        double cellLongitude = (EAST - WEST) / columns;
        List<District> districts = new ArrayList<>();
        List<String> hubIds = new ArrayList<>();
        List<TravelLink> roads = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        List<District> hubs = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            String regionId = String.format("R%02d", r + 1);
            String regionName = "Region " + (r + 1);
            double hubLatitude = SOUTH + (r / columns + 0.5 + 0.3 * (random.nextDouble() - 0.5)) * cellLatitude;
            double hubLongitude = WEST + (r % columns + 0.5 + 0.3 * (random.nextDouble() - 0.5)) * cellLongitude;
            double radiusKm = Math.min(MAX_RADIUS_KM,
                    0.4 * Math.min(cellLatitude, cellLongitude * Math.cos(Math.toRadians(hubLatitude))) * KM_PER_DEGREE);
            int districtCount = 8 + random.nextInt(5);
            List<District> region = new ArrayList<>();
            for (int d = 0; d < districtCount; d++) {
                String id = regionId + "-D" + String.format("%02d", d + 1);
                if (d == 0) {
                    region.add(new District(id, "Region " + (r + 1) + " city", regionName, round(hubLatitude),
                            round(hubLongitude)));
                    continue;
                }
                double angle = random.nextDouble() * 2 * Math.PI;
                double distanceKm = radiusKm * (0.25 + 0.75 * random.nextDouble());
                double latitude = hubLatitude + distanceKm * Math.sin(angle) / KM_PER_DEGREE;
                double longitude = hubLongitude
                        + distanceKm * Math.cos(angle) / (KM_PER_DEGREE * Math.cos(Math.toRadians(hubLatitude)));
                region.add(new District(id, "District " + (r + 1) + "-" + (d + 1), regionName, round(latitude),
                        round(longitude)));
            }
            District hub = region.get(0);
            hubs.add(hub);
            hubIds.add(hub.id());
            for (District district : region.subList(1, region.size())) {
                addRoad(roads, linked, hub, district, 40 + 15 * random.nextDouble(), random);
                District nearest = nearest(district, region.subList(1, region.size()));
                if (nearest != null) {
                    addRoad(roads, linked, district, nearest, 40 + 15 * random.nextDouble(), random);
                }
            }
            districts.addAll(region);
        }
        for (int r = 0; r < regions; r++) {
            if (r % columns + 1 < columns && r + 1 < regions) {
                addRoad(roads, linked, hubs.get(r), hubs.get(r + 1), 60, random);
            }
            if (r + columns < regions) {
                addRoad(roads, linked, hubs.get(r), hubs.get(r + columns), 60, random);
            }
        }
        return new Result(districts, roads, hubIds);
    }

    private static void addRoad(List<TravelLink> roads, Set<String> linked, District a, District b, double speedKmh,
            RandomGenerator random) {
        String key = a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
        if (!linked.add(key)) {
            return;
        }
        double km = Math.max(3, kilometres(a, b) * (1.2 + 0.25 * random.nextDouble()));
        int minutes = (int) Math.round(km / speedKmh * 60);
        roads.add(new TravelLink(a.id(), b.id(), minutes, Math.round(km * 10) / 10.0));
    }

    private static District nearest(District from, List<District> candidates) {
        District best = null;
        double bestKm = Double.MAX_VALUE;
        for (District candidate : candidates) {
            double km = kilometres(from, candidate);
            if (candidate != from && km < bestKm) {
                best = candidate;
                bestKm = km;
            }
        }
        return best;
    }

    /** Straight-line km, flat-earth approximation: good enough within one region. */
    static double kilometres(District a, District b) {
        double meanLatitude = Math.toRadians((a.latitude() + b.latitude()) / 2);
        double north = (a.latitude() - b.latitude()) * KM_PER_DEGREE;
        double east = (a.longitude() - b.longitude()) * KM_PER_DEGREE * Math.cos(meanLatitude);
        return Math.sqrt(north * north + east * east);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
