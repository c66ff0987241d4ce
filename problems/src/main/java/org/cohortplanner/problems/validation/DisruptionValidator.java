package org.cohortplanner.problems.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.DisruptionEffects;
import org.cohortplanner.replan.Disruptions;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.PlanReport;

/**
 * Checks disruptions against the problem and the published plan they apply to: known ids, periods that end after
 * they start, positive delays, late registrants who are new and can be taught, and a "now" inside the horizon.
 */
public final class DisruptionValidator {

    private final TrainingProblem problem;
    private final PlanReport plan;
    private final SourceMap sources;
    private final List<ValidationIssue> issues = new ArrayList<>();

    private DisruptionValidator(TrainingProblem problem, PlanReport plan, SourceMap sources) {
        this.problem = problem;
        this.plan = plan;
        this.sources = sources;
    }

    /** @param plan the published plan, or null to skip the checks of cohort ids */
    public static List<ValidationIssue> findIssues(Disruptions disruptions, SourceMap sources, TrainingProblem problem,
            PlanReport plan) {
        DisruptionValidator validator = new DisruptionValidator(problem, plan, sources);
        validator.check(disruptions);
        List<ValidationIssue> sorted = new ArrayList<>(validator.issues);
        sorted.sort(Comparator.comparing(ValidationIssue::file).thenComparingInt(ValidationIssue::line));
        return sorted;
    }

    private void check(Disruptions disruptions) {
        LocalDate now = disruptions.now();
        var programme = problem.programme();
        if (now.isBefore(programme.horizonStart()) || now.isAfter(programme.horizonEnd())) {
            error("/now", "now", "outside the horizon " + programme.horizonStart() + ".." + programme.horizonEnd()
                    + " (" + now + ")");
        }
        Set<String> trainerIds = problem.trainers().stream().map(Trainer::id).collect(Collectors.toSet());
        Set<String> venueIds = problem.venues().stream().map(Venue::id).collect(Collectors.toSet());
        Set<String> districtIds = problem.districts().stream().map(District::id).collect(Collectors.toSet());
        Set<String> teacherIds = problem.teachers().stream().map(Teacher::id).collect(Collectors.toSet());
        Set<String> cohortIds = plan == null ? null
                : plan.cohorts().stream().map(CohortView::id).collect(Collectors.toSet());
        Set<String> added = new HashSet<>();
        for (int i = 0; i < disruptions.disruptions().size(); i++) {
            String path = SourceMap.path("disruptions", i);
            Disruption disruption = disruptions.disruptions().get(i);
            if (disruption instanceof Disruption.TrainerUnavailable d) {
                known(path, "trainerId", "trainer", d.trainerId(), trainerIds);
                period(path, d, now);
            } else if (disruption instanceof Disruption.VenueClosed d) {
                known(path, "venueId", "venue", d.venueId(), venueIds);
                period(path, d, now);
            } else if (disruption instanceof Disruption.DistrictClosed d) {
                known(path, "districtId", "district", d.districtId(), districtIds);
                period(path, d, now);
            } else if (disruption instanceof Disruption.DeliveryDelayed d) {
                delay(path, d.days());
                if (plan != null) {
                    known(path, "deliveryId", "delivery in the published plan", d.deliveryId(),
                            plan.deliveries().stream().map(DeliveryView::id).collect(Collectors.toSet()));
                }
            } else if (disruption instanceof Disruption.PrintBatchDelayed d) {
                delay(path, d.days());
                if (plan != null) {
                    known(path, "batchId", "print batch in the published plan (PRINT_HOUSE@MONDAY)", d.batchId(),
                            plan.printBatches().stream().map(DisruptionEffects::printBatchId)
                                    .collect(Collectors.toSet()));
                }
            } else if (disruption instanceof Disruption.TeachersWithdrawn d) {
                for (String id : d.teacherIds()) {
                    known(path, "teacherIds", "teacher", id, teacherIds);
                }
            } else if (disruption instanceof Disruption.TeachersAdded d) {
                for (int j = 0; j < d.teachers().size(); j++) {
                    registrant(path + "/teachers/" + j, d.teachers().get(j), teacherIds, added);
                }
            } else if (disruption instanceof Disruption.CohortCancelled d && cohortIds != null) {
                known(path, "cohortId", "cohort in the published plan", d.cohortId(), cohortIds);
            }
        }
    }

    private void known(String path, String field, String what, String id, Set<String> ids) {
        if (!ids.contains(id)) {
            error(path, field, "unknown " + what + " (" + id + ")");
        }
    }

    private void period(String path, Disruption.Period period, LocalDate now) {
        if (period.to().isBefore(period.from())) {
            error(path, "to", "before from (" + period.from() + ".." + period.to() + ")");
        } else if (period.to().isBefore(now)) {
            warning(path, "to", "ends before now (" + now + "), so it changes nothing");
        }
    }

    private void delay(String path, int days) {
        if (days <= 0) {
            error(path, "days", "must be positive (" + days + ")");
        }
    }

    private void registrant(String path, Teacher teacher, Set<String> teacherIds, Set<String> added) {
        if (teacherIds.contains(teacher.id()) || !added.add(teacher.id())) {
            error(path, "id", "duplicate teacher id (" + teacher.id() + ")");
        }
        if (problem.schools().stream().map(School::id).noneMatch(teacher.schoolId()::equals)) {
            error(path, "schoolId", "unknown school (" + teacher.schoolId() + ")");
        }
        if (problem.courses().stream().map(Course::track).noneMatch(teacher.track()::equals)) {
            error(path, "track", "no course for track " + teacher.track());
        } else if (problem.trainers().stream().noneMatch(t -> t.isQualifiedFor(teacher.track(), teacher.language()))) {
            error(path, "language", "no trainer teaches " + teacher.track() + " in " + teacher.language());
        }
    }

    private void error(String path, String component, String message) {
        add(Severity.ERROR, path, component, message);
    }

    private void warning(String path, String component, String message) {
        add(Severity.WARNING, path, component, message);
    }

    private void add(Severity severity, String path, String component, String message) {
        SourceMap.Location location = sources.locate(path, component);
        issues.add(new ValidationIssue(severity, location.file(), location.line(), sources.fieldName(component),
                message));
    }
}
