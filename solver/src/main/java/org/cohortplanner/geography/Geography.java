package org.cohortplanner.geography;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.TravelLink;

/**
 * Travel minutes and km between every pair of districts, computed once.
 * <p>
 * Where roads are given, a trip follows the shortest chain of given roads, because a straight line over
 * a mountain range says little about the drive. A pair that no chain of given roads connects (or every
 * pair, when no road is given) is estimated from the coordinates: great-circle km times the policy's
 * road factor, driven at its average speed.
 */
public final class Geography {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private final Map<String, Integer> indexById;
    private final int[][] minutes;
    private final double[][] km;

    private Geography(Map<String, Integer> indexById, int[][] minutes, double[][] km) {
        this.indexById = indexById;
        this.minutes = minutes;
        this.km = km;
    }

    public static Geography of(List<District> districts, List<TravelLink> links, Policy policy) {
        int n = districts.size();
        Map<String, Integer> indexById = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            indexById.put(districts.get(i).id(), i);
        }
        double[][] roadMinutes = new double[n][n];
        double[][] roadKm = new double[n][n];
        for (double[] row : roadMinutes) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            roadMinutes[i][i] = 0.0;
        }
        for (TravelLink link : links) {
            Integer from = indexById.get(link.fromDistrictId());
            Integer to = indexById.get(link.toDistrictId());
            if (from == null || to == null || link.minutes() >= roadMinutes[from][to]) {
                continue;
            }
            roadMinutes[from][to] = roadMinutes[to][from] = link.minutes();
            roadKm[from][to] = roadKm[to][from] = link.km();
        }
        // Floyd-Warshall on minutes; km follow the fastest chain.
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (roadMinutes[i][k] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double viaK = roadMinutes[i][k] + roadMinutes[k][j];
                    if (viaK < roadMinutes[i][j]) {
                        roadMinutes[i][j] = viaK;
                        roadKm[i][j] = roadKm[i][k] + roadKm[k][j];
                    }
                }
            }
        }
        int[][] minutes = new int[n][n];
        double[][] km = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (roadMinutes[i][j] != Double.POSITIVE_INFINITY) {
                    minutes[i][j] = (int) Math.round(roadMinutes[i][j]);
                    km[i][j] = roadKm[i][j];
                } else {
                    double estimatedKm = greatCircleKm(districts.get(i), districts.get(j)) * policy.roadFactor();
                    km[i][j] = estimatedKm;
                    minutes[i][j] = (int) Math.round(estimatedKm / policy.averageSpeedKmh() * 60.0);
                }
            }
        }
        return new Geography(indexById, minutes, km);
    }

    public boolean knows(String districtId) {
        return indexById.containsKey(districtId);
    }

    public Route route(String fromDistrictId, String toDistrictId) {
        if (fromDistrictId.equals(toDistrictId)) {
            return Route.NONE;
        }
        int from = index(fromDistrictId);
        int to = index(toDistrictId);
        return new Route(minutes[from][to], km[from][to]);
    }

    public int minutes(String fromDistrictId, String toDistrictId) {
        return minutes[index(fromDistrictId)][index(toDistrictId)];
    }

    public double km(String fromDistrictId, String toDistrictId) {
        return km[index(fromDistrictId)][index(toDistrictId)];
    }

    /** Minutes between two districts by their {@link #index}: for loops that look up many routes. */
    public int minutes(int fromIndex, int toIndex) {
        return minutes[fromIndex][toIndex];
    }

    public double km(int fromIndex, int toIndex) {
        return km[fromIndex][toIndex];
    }

    /** The district ids by their {@link #index}. */
    public String[] districtIds() {
        String[] ids = new String[indexById.size()];
        indexById.forEach((id, index) -> ids[index] = id);
        return ids;
    }

    public int index(String districtId) {
        Integer index = indexById.get(districtId);
        if (index == null) {
            throw new IllegalArgumentException("Unknown district id (" + districtId + ")");
        }
        return index;
    }

    static double greatCircleKm(District a, District b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
