package org.cohortplanner.problems.json;

import java.util.List;
import java.util.Map;

import org.cohortplanner.problems.validation.SourceMap;
import org.cohortplanner.problems.validation.ValidationIssue;

/** One JSON file being read: its name, the line of every JSON pointer, and the errors found so far. */
final class JsonDocument {

    private final String file;
    private final Map<String, Integer> lines;
    private final List<ValidationIssue> issues;

    JsonDocument(String file, Map<String, Integer> lines, List<ValidationIssue> issues) {
        this.file = file;
        this.lines = lines;
        this.issues = issues;
    }

    String file() {
        return file;
    }

    List<ValidationIssue> issues() {
        return issues;
    }

    boolean hasNoErrors() {
        return issues.stream().noneMatch(ValidationIssue::isError);
    }

    /** The line where the value at a pointer starts, or that of its nearest parent. */
    int line(String pointer) {
        for (String candidate = pointer; !candidate.isEmpty();
                candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
            Integer line = lines.get(candidate);
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    void error(String pointer, String field, String message) {
        issues.add(ValidationIssue.error(file, line(pointer), field, message));
    }

    /** Records in the source map where an object and each of its fields start. */
    void locate(SourceMap sources, String pointer, Iterable<String> fieldNames) {
        sources.put(pointer, file, line(pointer));
        for (String name : fieldNames) {
            sources.put(pointer + "/" + name, file, line(pointer + "/" + name));
        }
    }
}
