package org.cohortplanner.problem;

public record District(String id, String name, String region, double latitude, double longitude) {
}
