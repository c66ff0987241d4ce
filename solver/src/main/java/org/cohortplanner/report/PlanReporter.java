package org.cohortplanner.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import org.cohortplanner.delivery.PrintWeek;
import org.cohortplanner.delivery.Trip;
import org.cohortplanner.delivery.TripKey;
import org.cohortplanner.delivery.Trips;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.solving.PlanSolver;

/** Turns a solved plan into its report: cohorts, unplaced teachers with reasons, KPIs and violations. */
public final class PlanReporter {

    /** Soft rules list only their most expensive matches; hard and medium rules list every match. */
    private static final int SOFT_MATCHES_SHOWN = 10;

    private final SolutionManager<TrainingPlan, HardMediumSoftLongScore> solutionManager;

    public PlanReporter() {
        this.solutionManager = SolutionManager.create(
                SolverFactory.create(PlanSolver.config(java.time.Duration.ofSeconds(1), null)));
    }

    public PlanReport report(TrainingPlan plan) {
        HardMediumSoftLongScore score = solutionManager.update(plan);
        Map<TripKey, Trip> trips = Trips.of(plan.getCohorts());
        List<CohortView> cohorts = plan.getCohorts().stream()
                .filter(Cohort::isUsed)
                .map(cohort -> view(cohort, trips.get(cohort.tripKey())))
                .toList();
        UnplacedReasons reasons = new UnplacedReasons(plan);
        List<UnplacedTeacher> unplaced = new ArrayList<>();
        for (Delegation delegation : plan.getDelegations()) {
            if (delegation.getCohort() == null) {
                String reason = reasons.reason(delegation);
                delegation.getTeachers().forEach(t -> unplaced.add(new UnplacedTeacher(t.id(), reason)));
            }
        }
        return new PlanReport(PlanReport.FORMAT_VERSION, plan.getProblem().programme().id(), score.toString(),
                score.isFeasible(), KpiCalculator.kpis(plan), cohorts, unplaced, violations(plan),
                trips.values().stream().map(PlanReporter::delivery).toList(), printBatches(trips.values()));
    }

    private static DeliveryView delivery(Trip trip) {
        List<DeliveryView.Stop> stops = trip.stops().stream()
                .map(stop -> new DeliveryView.Stop(stop.districtId(), stop.arrival(), kitCounts(stop.kits())))
                .toList();
        return new DeliveryView(trip.key().id(), trip.key().vehicle().id(), trip.key().printHouse().id(),
                trip.departure(), trip.returnDate(), Math.round(trip.km() * 10) / 10.0, trip.truckingCost()
                        + trip.key().vehicle().costPerTrip(), stops);
    }

    private static List<PrintBatchView> printBatches(Collection<Trip> trips) {
        Map<PrintWeek, Map<String, Map<String, Integer>>> kitsByWeek = new TreeMap<>(
                Comparator.comparing(PrintWeek::monday).thenComparing(week -> week.printHouse().id()));
        for (Trip trip : trips) {
            Map<String, Map<String, Integer>> kits = kitsByWeek.computeIfAbsent(trip.printWeek(), w -> new TreeMap<>());
            trip.stops().forEach(stop -> stop.kits().forEach((track, byLanguage) -> byLanguage.forEach(
                    (language, count) -> kits.computeIfAbsent(track, t -> new TreeMap<>())
                            .merge(language, count, Integer::sum))));
        }
        return kitsByWeek.entrySet().stream()
                .map(entry -> new PrintBatchView(entry.getKey().printHouse().id(), entry.getKey().monday(),
                        kitCounts(entry.getValue())))
                .toList();
    }

    private static List<KitCount> kitCounts(Map<String, Map<String, Integer>> kitsByTrackAndLanguage) {
        List<KitCount> counts = new ArrayList<>();
        kitsByTrackAndLanguage.forEach((track, byLanguage) -> byLanguage.forEach(
                (language, count) -> counts.add(new KitCount(track, language, count))));
        return counts;
    }

    private static CohortView view(Cohort cohort, Trip trip) {
        return new CohortView(cohort.getId(), cohort.getTrack(), cohort.getLanguage(), cohort.getDistrictId(),
                cohort.getTrainer() == null ? null : cohort.getTrainer().id(),
                cohort.getVenue() == null ? null : cohort.getVenue().id(),
                cohort.getSchedule() == null ? List.of() : cohort.getSchedule().dates(),
                cohort.getDelegations().stream()
                        .flatMap(d -> d.getTeachers().stream())
                        .map(Teacher::id)
                        .sorted()
                        .toList(),
                trip == null ? null : trip.arrivalAt(cohort.hubDistrictId()),
                trip == null ? null : trip.key().id(),
                blocks(cohort));
    }

    /** One entry per block, a block cut at the handover, when a substitute teaches or hosts the remaining days. */
    private static List<BlockView> blocks(Cohort cohort) {
        if (!cohort.hasHandover() || cohort.getSchedule() == null) {
            return List.of();
        }
        List<BlockView> blocks = new ArrayList<>();
        for (List<LocalDate> block : cohort.blocks()) {
            List<LocalDate> before = block.stream().filter(d -> d.isBefore(cohort.getHandoverDate())).toList();
            List<LocalDate> after = block.stream().filter(d -> !d.isBefore(cohort.getHandoverDate())).toList();
            for (List<LocalDate> part : List.of(before, after)) {
                if (!part.isEmpty()) {
                    Trainer trainer = cohort.trainerOn(part.get(0));
                    Venue venue = cohort.venueOn(part.get(0));
                    blocks.add(new BlockView(part, trainer == null ? null : trainer.id(),
                            venue == null ? null : venue.id()));
                }
            }
        }
        boolean differ = blocks.stream().anyMatch(b -> !java.util.Objects.equals(b.trainerId(), blocks.get(0).trainerId())
                || !java.util.Objects.equals(b.venueId(), blocks.get(0).venueId()));
        return differ ? blocks : List.of();
    }

    public List<Violation> violations(TrainingPlan plan) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> analysis : solutionManager.analyze(plan)
                .constraintAnalyses()) {
            HardMediumSoftLongScore score = analysis.score();
            if (score.equals(HardMediumSoftLongScore.ZERO) || analysis.matches() == null) {
                continue;
            }
            String level = score.hardScore() != 0 ? "hard" : score.mediumScore() != 0 ? "medium" : "soft";
            List<MatchAnalysis<HardMediumSoftLongScore>> matches = analysis.matches().stream()
                    .sorted(Comparator.comparing(MatchAnalysis::score))
                    .toList();
            if (level.equals("soft")) {
                matches = matches.stream().limit(SOFT_MATCHES_SHOWN).toList();
            }
            violations.add(new Violation(analysis.constraintName(), level, score.toString(), analysis.matchCount(),
                    matches.stream().map(PlanReporter::describe).toList()));
        }
        violations.sort(Comparator.comparing((Violation v) -> HardMediumSoftLongScore.parseScore(v.score())));
        return violations;
    }

    private static String describe(MatchAnalysis<HardMediumSoftLongScore> match) {
        String what = match.justification() instanceof DefaultConstraintJustification justification
                ? justification.getFacts().stream().map(PlanReporter::describe).collect(Collectors.joining(" and "))
                : String.valueOf(match.justification());
        return what + ": " + match.score();
    }

    private static String describe(Object fact) {
        if (fact instanceof Cohort cohort) {
            return "cohort " + cohort.getId() + " (" + cohort.size() + " teachers"
                    + (cohort.getTrainer() == null ? "" : ", trainer " + cohort.getTrainer().id())
                    + (cohort.getVenue() == null ? "" : ", venue " + cohort.getVenue().id())
                    + (cohort.getSchedule() == null ? ""
                            : ", " + cohort.getSchedule().firstDate() + " to " + cohort.getSchedule().lastDate())
                    + ")";
        }
        if (fact instanceof Delegation delegation) {
            return delegation.getSize() + " teachers of school " + delegation.getSchool().id() + " ("
                    + delegation.getTeachers().stream().map(Teacher::id).collect(Collectors.joining(", ")) + ")";
        }
        if (fact instanceof Trip trip) {
            return "truck " + trip.key().vehicle().id() + " from print house " + trip.key().printHouse().id()
                    + " leaving " + trip.departure() + ", back " + trip.returnDate() + " (" + trip.kits() + " kits, "
                    + trip.stops().size() + " stops)";
        }
        if (fact instanceof PrintWeek week) {
            return "print house " + week.printHouse().id() + " in the week of " + week.monday() + " (capacity "
                    + week.capacity() + " kits)";
        }
        if (fact instanceof Trainer trainer) {
            return "trainer " + trainer.id();
        }
        if (fact instanceof Venue venue) {
            return "venue " + venue.id();
        }
        return String.valueOf(fact);
    }
}
