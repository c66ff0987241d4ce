package org.cohortplanner.report;

public record UnplacedTeacher(String teacherId, String reason) {
}
