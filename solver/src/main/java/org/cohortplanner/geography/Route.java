package org.cohortplanner.geography;

/** Travel between two district centres, one way. */
public record Route(int minutes, double km) {

    public static final Route NONE = new Route(0, 0.0);
}
