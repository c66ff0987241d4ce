package org.cohortplanner.problem;

import java.util.List;

/**
 * A district education office that receives the kits for the venues of the districts it serves.
 * A district no hub lists is served by its own office.
 *
 * @param districtId where the office stands
 * @param servedDistrictIds the districts whose cohorts get their kits here
 */
public record Hub(String id, String name, String districtId, List<String> servedDistrictIds) {

    public Hub {
        servedDistrictIds = List.copyOf(servedDistrictIds);
    }
}
