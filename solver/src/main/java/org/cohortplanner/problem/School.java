package org.cohortplanner.problem;

import java.util.Set;

/**
 * @param staff how many teachers work at the school, enrolled or not; it sets how many may be away
 *        at once. Zero means "the enrolled teachers".
 */
public record School(String id, String name, String districtId, Set<String> languages, int staff) {
}
