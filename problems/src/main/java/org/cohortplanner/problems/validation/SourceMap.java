package org.cohortplanner.problems.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where each part of a read problem came from, so that findings about the records point at file and line.
 * <p>
 * Parts are named by JSON-pointer-like paths over the record component names: {@code /programme},
 * {@code /teachers/3} (the fourth teacher of the problem's list), {@code /teachers/3/schoolId},
 * {@code /policy/maxTravelMinutes}. A path with no location of its own takes that of its nearest parent.
 */
public final class SourceMap {

    /** Where a part of the problem came from; line 0 means the whole file. */
    public record Location(String file, int line) {
    }

    private final Map<String, Location> locations = new HashMap<>();
    private final UnaryOperator<String> fieldNaming;

    /**
     * @param fieldNaming turns a record component name into the name of the field as written in the
     *        files, such as {@code schoolId} into {@code school_id}
     */
    public SourceMap(UnaryOperator<String> fieldNaming) {
        this.fieldNaming = fieldNaming;
    }

    /** For problems built in memory: locations name the part of the problem, at line 0. */
    public static SourceMap none() {
        return new SourceMap(UnaryOperator.identity());
    }

    public static String path(String collection, int index) {
        return "/" + collection + "/" + index;
    }

    public void put(String path, String file, int line) {
        locations.put(path, new Location(file, line));
    }

    public Location locate(String path) {
        for (String candidate = path; !candidate.isEmpty(); candidate = parent(candidate)) {
            Location location = locations.get(candidate);
            if (location != null) {
                return location;
            }
        }
        return new Location(path.isEmpty() ? "problem" : path.substring(1), 0);
    }

    /** The field as written in the files; {@code -} for none. */
    public String fieldName(String component) {
        return component == null ? ValidationIssue.NO_FIELD : fieldNaming.apply(component);
    }

    /** The location of one field of a part, or of the part when the field has none of its own. */
    public Location locate(String path, String field) {
        Location location = locations.get(path + "/" + field);
        return location != null ? location : locate(path);
    }

    private static String parent(String path) {
        return path.substring(0, Math.max(0, path.lastIndexOf('/')));
    }
}
