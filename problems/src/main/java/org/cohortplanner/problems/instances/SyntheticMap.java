package org.cohortplanner.problems.instances;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.cohortplanner.problem.District;
import org.cohortplanner.problem.TravelLink;

/**
 * Invented regions and districts. In the grid layout they lie in a box the size of Kyrgyzstan (latitude 39.5-43,
 * longitude 69.5-80): the regions sit on a grid, each with a hub city (district 1) and about ten districts within
 * 60 km of it. Roads run from every district to its hub, to its nearest neighbour in the region, and between
 * neighbouring hubs, so every district is under two and a half hours from its hub. The line layout puts the regions
 * in one row from west to east, each hub joined to the next only; the cluster layout packs them on a grid of cells
 * about 100 km across. A mountain road leaves the last region joined to the others by that one long road, and puts
 * its district farthest from the hub beyond a pass: its only road leads to the hub, {@link Shape#PASS_MINUTES} long.
 */
final class SyntheticMap {

    static final double SOUTH = 39.5;
    static final double NORTH = 43.0;
    static final double WEST = 69.5;
    static final double EAST = 80.0;
    static final double MAX_RADIUS_KM = 60;
    /** Cell of one region in the cluster layout, in degrees: about 100 km by 95 km. */
    static final double CLUSTER_CELL_LATITUDE = 0.9;
    static final double CLUSTER_CELL_LONGITUDE = 1.15;
    /** Speed on the mountain road and over the pass, for their km. */
    static final double MOUNTAIN_SPEED_KMH = 35;
    private static final double KM_PER_DEGREE = 111.2;

    /**
     * @param passDistrictId the district beyond the pass, or null without a mountain road
     */
    record Result(List<District> districts, List<TravelLink> roads, List<String> hubIds, String passDistrictId) {
    }

    private SyntheticMap() {
    }

    static Result build(int regions, RandomGenerator random) {
        return build(regions, Shape.Layout.GRID, 0, random);
    }

    static Result build(int regions, Shape.Layout layout, int mountainRoadMinutes, RandomGenerator random) {
        int columns;
        int rows;
        double south;
        double west;
        double cellLatitude;
        double cellLongitude;
        switch (layout) {
            case LINE -> {
                columns = regions;
                rows = 1;
                south = SOUTH;
                west = WEST;
                cellLatitude = NORTH - SOUTH;
                cellLongitude = (EAST - WEST) / columns;
            }
            case CLUSTER -> {
                columns = (int) Math.ceil(Math.sqrt(regions));
                rows = (regions + columns - 1) / columns;
                cellLatitude = CLUSTER_CELL_LATITUDE;
                cellLongitude = CLUSTER_CELL_LONGITUDE;
                south = (SOUTH + NORTH) / 2 - rows * cellLatitude / 2;
                west = (WEST + EAST) / 2 - columns * cellLongitude / 2;
            }
            default -> {
                columns = (int) Math.ceil(Math.sqrt(regions * (EAST - WEST) / (NORTH - SOUTH) / 1.3));
                rows = (regions + columns - 1) / columns;
                south = SOUTH;
                west = WEST;
                cellLatitude = (NORTH - SOUTH) / rows;
                cellLongitude = (EAST - WEST) / columns;
            }
        }
        int remote = mountainRoadMinutes > 0 ? regions - 1 : -1;
        List<District> districts = new ArrayList<>();
        List<String> hubIds = new ArrayList<>();
        List<TravelLink> roads = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        List<District> hubs = new ArrayList<>();
        String passDistrictId = null;
        for (int r = 0; r < regions; r++) {
            String regionId = String.format("R%02d", r + 1);
            String regionName = "Region " + (r + 1);
            double hubLatitude = south + (r / columns + 0.5 + 0.3 * (random.nextDouble() - 0.5)) * cellLatitude;
            double hubLongitude = west + (r % columns + 0.5 + 0.3 * (random.nextDouble() - 0.5)) * cellLongitude;
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
            List<District> others = new ArrayList<>(region.subList(1, region.size()));
            if (r == remote) {
                District pass = farthest(hub, others);
                passDistrictId = pass.id();
                others.remove(pass);
                addRoad(roads, linked, hub, pass, Shape.PASS_MINUTES);
            }
            for (District district : others) {
                addRoad(roads, linked, hub, district, 40 + 15 * random.nextDouble(), random);
                District nearest = nearest(district, others);
                if (nearest != null) {
                    addRoad(roads, linked, district, nearest, 40 + 15 * random.nextDouble(), random);
                }
            }
            districts.addAll(region);
        }
        for (int r = 0; r < regions; r++) {
            if (r % columns + 1 < columns && r + 1 < regions && r != remote && r + 1 != remote) {
                addRoad(roads, linked, hubs.get(r), hubs.get(r + 1), 60, random);
            }
            if (r + columns < regions && r != remote && r + columns != remote) {
                addRoad(roads, linked, hubs.get(r), hubs.get(r + columns), 60, random);
            }
        }
        if (remote >= 0) {
            District remoteHub = hubs.get(remote);
            addRoad(roads, linked, remoteHub, nearest(remoteHub, hubs), mountainRoadMinutes);
        }
        return new Result(districts, roads, hubIds, passDistrictId);
    }

    /** A mountain road of the given minutes, its km at {@link #MOUNTAIN_SPEED_KMH}. */
    private static void addRoad(List<TravelLink> roads, Set<String> linked, District a, District b, int minutes) {
        String key = a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
        if (linked.add(key)) {
            roads.add(new TravelLink(a.id(), b.id(), minutes,
                    Math.round(minutes / 60.0 * MOUNTAIN_SPEED_KMH * 10) / 10.0));
        }
    }

    private static District farthest(District from, List<District> candidates) {
        District best = null;
        double bestKm = -1;
        for (District candidate : candidates) {
            double km = kilometres(from, candidate);
            if (km > bestKm) {
                best = candidate;
                bestKm = km;
            }
        }
        return best;
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
