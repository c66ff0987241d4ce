package org.cohortplanner.benchmarks.bounds;

import static org.cohortplanner.constraints.ConstraintNames.COHORT_BELOW_IDEAL;
import static org.cohortplanner.constraints.ConstraintNames.LATE_COMPLETION;
import static org.cohortplanner.constraints.ConstraintNames.SCHOOL_TEAM_SPLIT;
import static org.cohortplanner.constraints.ConstraintNames.SUBSTITUTE_DAYS;
import static org.cohortplanner.constraints.ConstraintNames.TEACHER_TRAVEL;
import static org.cohortplanner.constraints.ConstraintNames.TRAINER_FEES;
import static org.cohortplanner.constraints.ConstraintNames.TRAINER_TRAVEL;
import static org.cohortplanner.constraints.ConstraintNames.UNEVEN_WORKLOAD;
import static org.cohortplanner.constraints.ConstraintNames.VENUE_RENT;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.cohortplanner.calendar.DaySet;
import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanningContext;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;

/**
 * A lower bound on the soft penalty of any feasible plan that places every teacher and follows the course layout,
 * from a linear relaxation that shares trainers and venues over the days, so that the school holidays (no
 * substitutes) hold only as many cohorts as the trainers and rooms free then can teach. {@link CostLowerBound}
 * ignores time; this bound sees it. README, "Lower bounds", lists the rows and why each holds in every such plan.
 * <p>
 * The LP is solved with GLOP (OR-Tools). The bound is not the solver's objective value: it is the Lagrangian value
 * of the solver's row duals, computed in exact arithmetic over the LP's own data and rounded down
 * ({@link LinearProgram#lagrangianBound}). Every multiplier gives a valid bound, so an inaccurate solve can only
 * lower it. "School team split" is added on top as {@link CostLowerBound} bounds it (the LP does not see it);
 * "Too many teachers of one school away", trucking and truck trips are taken as 0.
 * <p>
 * A problem whose LP would exceed {@code maxEntries} non-zeros, or that GLOP does not solve within the time limit,
 * is skipped with a note (no bound); {@link LowerBounds#best} then keeps {@link CostLowerBound}.
 */
public final class TimeAwareLowerBound {

    /** Non-zeros above which the LP is not built: the reference has about 389,000 (with every layout of each
     * start week and the cuts) and GLOP takes about 11 CPU minutes; the national instance has millions. */
    public static final int DEFAULT_MAX_ENTRIES = 1_500_000;
    /** The reference's LP with the cuts took GLOP 11 CPU minutes (about 3 before the cuts), hence 15. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(15);
    /** The LP solver, as OR-Tools names it ({@code GLOP}, {@code HIGHS_LP}, {@code CLP}, {@code PDLP}). */
    public static final String SOLVER_PROPERTY = "cohortplanner.bound.solver";
    public static final String DEFAULT_SOLVER = "GLOP";
    /** Solver-specific parameters in the solver's own text format (e.g. PDLP's tolerances). */
    public static final String PARAMETERS_PROPERTY = "cohortplanner.bound.parameters";
    /** When true, the solver's log and the LP's cohorts by layout are printed (diagnosis). */
    public static final String VERBOSE_PROPERTY = "cohortplanner.bound.verbose";

    private static final List<String> SHARED = List.of(TRAINER_FEES, TRAINER_TRAVEL, VENUE_RENT, TEACHER_TRAVEL,
            SUBSTITUTE_DAYS, COHORT_BELOW_IDEAL, LATE_COMPLETION, UNEVEN_WORKLOAD);

    /**
     * @param bound the bound, or null when it was not computed (see {@code note})
     * @param note what was done, or why no bound was computed
     * @param lpOptimum the solver's objective value (for comparison only; the bound comes from the duals)
     */
    public record Outcome(CostBound bound, String note, int rows, int columns, int entries, double lpOptimum,
            double seconds) {
    }

    private TimeAwareLowerBound() {
    }

    public static Outcome compute(TrainingPlan plan) {
        return compute(plan, DEFAULT_TIME_LIMIT, DEFAULT_MAX_ENTRIES);
    }

    public static Outcome compute(TrainingPlan plan, Duration timeLimit, int maxEntries) {
        return compute(plan, timeLimit, maxEntries, EnumSet.allOf(Cut.class));
    }

    /** As {@link #compute(TrainingPlan, Duration, int)} with only the given families of cuts (tests compare). */
    static Outcome compute(TrainingPlan plan, Duration timeLimit, int maxEntries, Set<Cut> cuts) {
        long start = System.nanoTime();
        Model model;
        try {
            model = new Model(plan, maxEntries, cuts);
        } catch (TooLarge e) {
            return new Outcome(null, "skipped: the LP would have more than " + maxEntries + " non-zeros",
                    0, 0, 0, Double.NaN, seconds(start));
        }
        LinearProgram lp = model.lp;
        try {
            Loader.loadNativeLibraries();
        } catch (Throwable e) { // no native library for this platform: no bound, never a crash
            return new Outcome(null, "skipped: OR-Tools could not load (" + e + ")", lp.rows(), lp.columns(),
                    lp.entries(), Double.NaN, seconds(start));
        }
        String solverName = System.getProperty(SOLVER_PROPERTY, DEFAULT_SOLVER);
        MPSolver solver = MPSolver.createSolver(solverName);
        if (solver == null) {
            return new Outcome(null, "skipped: " + solverName + " is not available", lp.rows(), lp.columns(),
                    lp.entries(), Double.NaN, seconds(start));
        }
        try {
            double infinity = MPSolver.infinity();
            MPVariable[] variables = new MPVariable[lp.columns()];
            MPObjective objective = solver.objective();
            for (int j = 0; j < lp.columns(); j++) {
                variables[j] = solver.makeNumVar(lp.columnLower(j), lp.columnUpper(j), "");
                objective.setCoefficient(variables[j], lp.cost(j));
            }
            objective.setMinimization();
            MPConstraint[] constraints = new MPConstraint[lp.rows()];
            for (int i = 0; i < lp.rows(); i++) {
                constraints[i] = solver.makeConstraint(finite(lp.rowLower(i), infinity),
                        finite(lp.rowUpper(i), infinity), "");
            }
            for (int e = 0; e < lp.entries(); e++) {
                constraints[lp.entryRow(e)].setCoefficient(variables[lp.entryColumn(e)], lp.entryValue(e));
            }
            if (Boolean.getBoolean(VERBOSE_PROPERTY)) {
                solver.enableOutput();
            }
            String parameters = System.getProperty(PARAMETERS_PROPERTY, "");
            if (!parameters.isEmpty() && !solver.setSolverSpecificParametersAsString(parameters)) {
                return new Outcome(null, "skipped: " + solverName + " rejected the parameters " + parameters,
                        lp.rows(), lp.columns(), lp.entries(), Double.NaN, seconds(start));
            }
            solver.setTimeLimit(timeLimit.toMillis());
            MPSolver.ResultStatus status = solver.solve();
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return new Outcome(null, "no bound: the relaxation is infeasible, so no plan places every teacher",
                        lp.rows(), lp.columns(), lp.entries(), Double.NaN, seconds(start));
            }
            // Only an optimal basis gives useful duals: at the time limit GLOP's are far from it.
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return new Outcome(null, "skipped: " + solverName + " ended " + status + " (time limit " + timeLimit.toSeconds()
                        + " s)", lp.rows(), lp.columns(), lp.entries(), Double.NaN, seconds(start));
            }
            double[] duals = new double[lp.rows()];
            for (int i = 0; i < lp.rows(); i++) {
                duals[i] = constraints[i].dualValue();
            }
            double[] values = new double[lp.columns()];
            for (int j = 0; j < lp.columns(); j++) {
                values[j] = variables[j].solutionValue();
            }
            long proven = LinearProgram.floor(lp.lagrangianBound(duals).max(BigDecimal.ZERO));
            if (Boolean.getBoolean(VERBOSE_PROPERTY)) {
                model.labels.forEach((label, column) -> {
                    if (Math.abs(values[column]) > 1e-6) {
                        System.out.printf("  %-60s %12.3f%n", label, values[column]);
                    }
                });
            }
            CostBound bound = model.bound(proven, values);
            return new Outcome(bound, solverName + " " + status.toString().toLowerCase() + "; bound from its duals",
                    lp.rows(), lp.columns(), lp.entries(), objective.value(), seconds(start));
        } finally {
            solver.delete();
        }
    }

    private static double finite(double value, double infinity) {
        return Double.isFinite(value) ? value : Math.copySign(infinity, value);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Families of rows that only strengthen the LP (each valid on its own); tests leave one out to see it work. */
    enum Cut {
        /** Teachers of a district by the start day of their later blocks (see occupyDistrict). */
        DISTRICT_BLOCK_TEACHERS,
        /** A district's cohorts of a track a day at most its open venues that host the track. */
        DISTRICT_TRACK_VENUES,
        /** Few teachers in reach of a district, or from one home, still need a whole cohort there. */
        SMALL_GROUPS
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Teachers of one track and language and home district who cannot attend the same days. */
    private static final class TeacherClass {
        final String homeDistrictId;
        final DaySet unavailable;
        final Set<String> reach = new TreeSet<>();
        int teachers;

        TeacherClass(String homeDistrictId, DaySet unavailable) {
            this.homeDistrictId = homeDistrictId;
            this.unavailable = unavailable;
        }
    }

    /** The cohort slots of one track and language, as the plan's model offers them. */
    private static final class Group {
        Course course;
        String name;
        String track;
        List<Schedule> schedules;
        List<Trainer> trainers;
        final Map<String, List<Venue>> venuesByDistrict = new LinkedHashMap<>();
        final Map<List<Object>, TeacherClass> classes = new LinkedHashMap<>();
    }

    /** Running cohorts of one track and language in one district on one schedule: the LP's cohort count. */
    private static final class Cell {
        final List<Integer> venueColumns = new ArrayList<>();
        final List<Venue> venues = new ArrayList<>();
        int capacityRow;
        int minimumRow;
        int idealRow = -1;
        int homeTrainerRow = -1;
    }

    private static final class Model {
        final LinearProgram lp = new LinearProgram();
        final TrainingPlan plan;
        final int maxEntries;
        final Set<Cut> cuts;
        final int minPatternTeachers = 30;
        // The cost of each column split by soft constraint, to report the LP's optimum by constraint.
        int[] shareColumn = new int[1024];
        int[] shareKind = new int[1024];
        double[] shareCost = new double[1024];
        int shares;
        int placeable;
        final Set<Integer> blockStarts = new HashSet<>();
        /** Columns worth printing when diagnosing (cohorts and teachers by layout). */
        final Map<String, Integer> labels = new LinkedHashMap<>();
        final Map<List<Object>, Integer> districtTrackDayRows = new HashMap<>();

        Model(TrainingPlan plan, int maxEntries, Set<Cut> cuts) {
            this.plan = plan;
            this.maxEntries = maxEntries;
            this.cuts = cuts;
            build();
        }

        private long weight(String constraint) {
            return CostLowerBound.softWeight(plan, constraint);
        }

        private int column(double upper, String[] kinds, double[] costs) {
            double total = 0;
            for (double cost : costs) {
                total += cost;
            }
            int column = lp.addColumn(total, 0.0, upper);
            for (int k = 0; k < kinds.length; k++) {
                if (costs[k] != 0.0) {
                    if (shares == shareColumn.length) {
                        shareColumn = Arrays.copyOf(shareColumn, shares * 2);
                        shareKind = Arrays.copyOf(shareKind, shares * 2);
                        shareCost = Arrays.copyOf(shareCost, shares * 2);
                    }
                    shareColumn[shares] = column;
                    shareKind[shares] = SHARED.indexOf(kinds[k]);
                    shareCost[shares] = costs[k];
                    shares++;
                }
            }
            return column;
        }

        private void checkSize() {
            if (lp.entries() > maxEntries) {
                throw new TooLarge();
            }
        }

        private void build() {
            PlanningContext context = plan.getContext();
            long feeWeight = weight(TRAINER_FEES);
            long trainerTravelWeight = weight(TRAINER_TRAVEL);
            long rentWeight = weight(VENUE_RENT);
            long teacherTravelWeight = weight(TEACHER_TRAVEL);
            long substituteWeight = weight(SUBSTITUTE_DAYS);
            long belowIdealWeight = weight(COHORT_BELOW_IDEAL);
            long lateWeight = weight(LATE_COMPLETION);
            long workloadWeight = weight(UNEVEN_WORKLOAD);

            Map<String, Group> groups = new LinkedHashMap<>();
            for (Cohort cohort : plan.getCohorts()) {
                Group group = groups.computeIfAbsent(cohort.getTrack() + "/" + cohort.getLanguage(), k -> new Group());
                group.name = cohort.getTrack() + "/" + cohort.getLanguage();
                group.course = cohort.getCourse();
                group.track = cohort.getTrack();
                group.schedules = cohort.getSchedules();
                group.trainers = cohort.getQualifiedTrainers();
                group.venuesByDistrict.putIfAbsent(cohort.getDistrictId(), cohort.getDistrictVenues());
            }
            // Unavailable days shared by few teachers of a group (personal leave) are dropped: those teachers may
            // attend any schedule in the LP, which only relaxes it. Shared ones (exam seasons) are kept.
            Map<List<Object>, Integer> teachersByPattern = new HashMap<>();
            for (Delegation delegation : plan.getDelegations()) {
                teachersByPattern.merge(List.of(delegation.getTrack(), delegation.getLanguage(),
                        delegation.getUnavailableDays()), delegation.getSize(), Integer::sum);
            }
            for (Delegation delegation : plan.getDelegations()) {
                Group group = groups.get(delegation.getTrack() + "/" + delegation.getLanguage());
                if (group == null || delegation.getReachableCohorts().isEmpty()) {
                    continue; // no cohort slot in reach: these teachers cannot be placed by any plan
                }
                DaySet unavailable = teachersByPattern.get(List.of(delegation.getTrack(), delegation.getLanguage(),
                        delegation.getUnavailableDays())) >= minPatternTeachers ? delegation.getUnavailableDays()
                                : DaySet.EMPTY;
                TeacherClass teacherClass = group.classes.computeIfAbsent(
                        List.of(delegation.getDistrictId(), unavailable),
                        k -> new TeacherClass(delegation.getDistrictId(), unavailable));
                teacherClass.teachers += delegation.getSize();
                delegation.getReachableCohorts().forEach(c -> teacherClass.reach.add(c.getDistrictId()));
            }

            Map<String, Integer> venueIndex = new HashMap<>();
            Map<String, Integer> trainerIndex = new HashMap<>();
            // Row: a venue hosts at most one cohort a day (hard rule "Venue hosts two cohorts on the same day").
            Map<Long, Integer> venueDayRows = new HashMap<>();
            // Row: a trainer teaches at most one cohort a day (hard rule "Trainer teaches two cohorts on the same
            // day").
            Map<Long, Integer> trainerDayRows = new HashMap<>();
            // Row: Σ days of the trainer's cohorts = days_t, a column bounded by its max days (hard rule "Trainer
            // over maximum teaching days").
            Map<Trainer, Integer> trainerDaysRows = new LinkedHashMap<>();
            Map<Trainer, Integer> trainerDaysColumns = new HashMap<>();

            // Row: the cohorts in a district on a day are at most its venues open that day (each cohort holds one
            // venue of its district, and a venue one cohort a day: hard rules), over every track and language.
            Map<String, Set<Venue>> districtVenues = new HashMap<>();
            groups.values().forEach(g -> g.venuesByDistrict.forEach(
                    (district, venues) -> districtVenues.computeIfAbsent(district, d -> new HashSet<>()).addAll(venues)));
            Map<String, Integer> districtIndex = new HashMap<>();
            Map<Long, Integer> districtDayRows = new HashMap<>();
            // The one-a-day rows are kept only on days a block can start on. Blocks are runs of consecutive working
            // days, so two blocks that share a day share the first day of the later one: these rows still forbid
            // every overlap, with one or two entries a block instead of one a day.
            for (Group group : groups.values()) {
                for (Schedule schedule : group.schedules) {
                    int first = 0;
                    for (int blockDays : group.course.blockDays()) {
                        if (first < schedule.dayCount()) {
                            blockStarts.add(schedule.dayIndexes().get(first));
                        }
                        first += blockDays;
                    }
                }
            }

            for (Group group : groups.values()) {
                Course course = group.course;
                int days = course.inPersonDays();
                int blocks = course.blockDays().size();
                List<Schedule> schedules = group.schedules;
                // Columns are by start week (the layouts of one week share block 1, the fee, rent and sizes);
                // only what differs between layouts (later blocks' days, substitutes, lateness) is per layout.
                Layouts layouts = new Layouts(schedules, course);
                int weekCount = layouts.weeks.size();

                // Venue cohorts: v[venue, w] is the number of cohorts of this group at the venue starting in week w,
                // at most one (their first blocks share days), only if the venue is open on one of the week's
                // layouts. Only the first block's days are in the venue's day rows: a relaxation that keeps the LP
                // small (trainers, fewer and scarcer in the holidays, carry each layout's days).
                Map<String, Cell[]> cells = new LinkedHashMap<>();
                Map<String, Integer> largestSeats = new HashMap<>();
                for (Map.Entry<String, List<Venue>> entry : group.venuesByDistrict.entrySet()) {
                    String district = entry.getKey();
                    DaySet closed = context.calendar().closedDays(district);
                    Cell[] row = new Cell[weekCount];
                    for (Venue venue : entry.getValue()) {
                        // Only venues that can host the track and seat a cohort of minimum size (hard rules).
                        int capacity = Math.min(course.maxSize(), venue.seats());
                        if (!venue.canHost(group.track) || capacity < course.minSize()) {
                            continue;
                        }
                        int index = venueIndex.computeIfAbsent(venue.id(), id -> venueIndex.size());
                        for (int w = 0; w < weekCount; w++) {
                            // Only layouts the venue is open on and its district is not closed on (hard rules).
                            List<Integer> open = new ArrayList<>();
                            for (int s : layouts.weeks.get(w)) {
                                Schedule schedule = schedules.get(s);
                                if (!schedule.days().intersects(closed)
                                        && schedule.dates().stream().allMatch(venue::isAvailableOn)) {
                                    open.add(s);
                                }
                            }
                            if (open.isEmpty()) {
                                continue;
                            }
                            int column = column(1.0, new String[] {VENUE_RENT},
                                    new double[] {(double) rentWeight * venue.dailyCost() * days});
                            for (int day : layouts.firstBlock(w)) {
                                lp.set(dayRow(venueDayRows, index, day), column, 1.0);
                            }
                            if (row[w] == null) {
                                row[w] = new Cell();
                            }
                            row[w].venueColumns.add(column);
                            row[w].venues.add(venue);
                            largestSeats.merge(district, capacity, Math::max);
                        }
                    }
                    if (Arrays.stream(row).anyMatch(c -> c != null)) {
                        cells.put(district, row);
                        occupyDistrict(layouts, district, row, closed, entry.getValue(), districtVenues.get(district),
                                districtIndex, districtDayRows, largestSeats.get(district), course.minSize());
                    }
                }
                // Cell rows: the teachers of a cell fit its cohorts, each within seats and maximum size, and fill
                // each to the minimum size (hard rules); the cohorts below ideal size pay at least
                // ideal × cohorts − teachers, and at least (ideal − seats)⁺ for each cohort in a small room.
                for (Map.Entry<String, Cell[]> entry : cells.entrySet()) {
                    for (Cell cell : entry.getValue()) {
                        if (cell == null) {
                            continue;
                        }
                        cell.capacityRow = lp.addRow(Double.NEGATIVE_INFINITY, 0.0);
                        cell.minimumRow = lp.addRow(0.0, Double.POSITIVE_INFINITY);
                        int idealColumn = -1;
                        int smallRoomRow = -1;
                        if (belowIdealWeight > 0) {
                            idealColumn = column((double) course.idealSize() * cell.venueColumns.size(),
                                    new String[] {COHORT_BELOW_IDEAL}, new double[] {belowIdealWeight});
                            cell.idealRow = lp.addRow(0.0, Double.POSITIVE_INFINITY);
                            lp.set(cell.idealRow, idealColumn, 1.0);
                        }
                        for (int v = 0; v < cell.venueColumns.size(); v++) {
                            int column = cell.venueColumns.get(v);
                            Venue venue = cell.venues.get(v);
                            int capacity = Math.min(course.maxSize(), venue.seats());
                            lp.set(cell.capacityRow, column, -capacity);
                            lp.set(cell.minimumRow, column, -course.minSize());
                            if (idealColumn >= 0) {
                                lp.set(cell.idealRow, column, -course.idealSize());
                                if (capacity < course.idealSize()) {
                                    if (smallRoomRow < 0) {
                                        smallRoomRow = lp.addRow(0.0, Double.POSITIVE_INFINITY);
                                        lp.set(smallRoomRow, idealColumn, 1.0);
                                    }
                                    lp.set(smallRoomRow, column, -(course.idealSize() - capacity));
                                }
                            }
                        }
                    }
                }

                // Trainers: h[t, w] and a[t, w] cohorts taught by t starting in week w in its home district and
                // away from it; p[t, d] cohorts taught by t in district d other than home. Rows: Σ_t (h + a)[t, w]
                // = cohorts starting in w, and Σ_{t away} p[t, d] + Σ_{t from d} Σ_w h[t, w] = cohorts in d (every
                // running cohort has one trainer, hard rule "Cohort without trainer"); Σ_w a[t, w] = Σ_d p[t, d]
                // (the same away cohorts counted twice); Σ_{t from d} h[t, w] ≤ cohorts in d starting in w (trainers
                // teaching at home in w teach cohorts of their district in w). Costs: fee on h and a, the per diem
                // (the same in every district away) on a, the return trips on p. h and a carry the first block's
                // days; the later blocks are in teachLaterBlocks.
                int[] weekRows = new int[weekCount];
                Arrays.fill(weekRows, -1);
                Map<String, Integer> districtRows = new LinkedHashMap<>();
                for (Map.Entry<String, Cell[]> entry : cells.entrySet()) {
                    int districtRow = lp.addRow(0.0, 0.0);
                    districtRows.put(entry.getKey(), districtRow);
                    for (int w = 0; w < weekCount; w++) {
                        Cell cell = entry.getValue()[w];
                        if (cell == null) {
                            continue;
                        }
                        if (weekRows[w] < 0) {
                            weekRows[w] = lp.addRow(0.0, 0.0);
                        }
                        for (int column : cell.venueColumns) {
                            lp.set(weekRows[w], column, -1.0);
                            lp.set(districtRow, column, -1.0);
                        }
                    }
                }
                long perDiemAway = context.policy().trainerPerDiem() * days;
                int largestCapacity = largestSeats.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                // Layouts: C[s] cohorts on layout s. Σ_{s in w} C[s] = cohorts starting in week w; for each later
                // block b and start day W, Σ_{s with block b on W} C[s] = Σ_t y[t, b, W] = Σ_d y[d, b, W] (the
                // trainers' and districts' blocks, see teachLaterBlocks and occupyDistrict); the teachers on s fit
                // the cohorts on s: Σ_p u[p, s] ≤ the largest capacity × C[s] and ≥ minimum size × C[s] (hard
                // rules per cohort, summed; every running cohort has one layout).
                for (int w = 0; w < weekCount; w++) {
                    if (weekRows[w] < 0) {
                        continue;
                    }
                    int weekRow = lp.addRow(0.0, 0.0);
                    for (Cell[] row : cells.values()) {
                        if (row[w] != null) {
                            row[w].venueColumns.forEach(column -> lp.set(weekRow, column, -1.0));
                        }
                    }
                    for (int s : layouts.weeks.get(w)) {
                        int column = lp.addColumn(0.0, 0.0, group.trainers.size());
                        labels.put("cohorts " + group.name + " " + schedules.get(s).id() + " term days " + schedules.get(s).termDays(),
                                column);
                        layouts.layoutColumns[s] = column;
                        lp.set(weekRow, column, 1.0);
                        for (List<Integer> block : layouts.laterBlocks.get(s)) {
                            lp.set(layouts.trainerBlockRow(block), column, 1.0);
                            lp.set(layouts.districtBlockRow(block), column, 1.0);
                        }
                        lp.set(layouts.capacityRow(s), column, -largestCapacity);
                        lp.set(layouts.minimumRow(s), column, -course.minSize());
                    }
                }
                for (Trainer trainer : group.trainers) {
                    int cohortsAtMost = trainer.maxDays() / days;
                    if (cohortsAtMost == 0) {
                        continue; // the cohort slots hold only qualified trainers (hard rule "not qualified")
                    }
                    int index = trainerIndex.computeIfAbsent(trainer.id(), id -> trainerIndex.size());
                    int awayRow = lp.addRow(0.0, 0.0);
                    int daysRow = trainerDaysRows.computeIfAbsent(trainer, t -> {
                        int row = lp.addRow(0.0, 0.0);
                        int column = lp.addColumn(0.0, 0.0, t.maxDays());
                        lp.set(row, column, -1.0);
                        trainerDaysColumns.put(t, column);
                        return row;
                    });
                    String home = trainer.homeDistrictId();
                    Cell[] homeCells = cells.get(home);
                    int[] laterBlockRows = new int[blocks - 1];
                    for (int b = 0; b < laterBlockRows.length; b++) {
                        laterBlockRows[b] = lp.addRow(0.0, 0.0);
                    }
                    for (int w = 0; w < weekCount; w++) {
                        // Only layouts on which the trainer is ready and not on leave (hard rule).
                        List<Integer> open = new ArrayList<>();
                        for (int s : layouts.weeks.get(w)) {
                            if (schedules.get(s).dates().stream().allMatch(trainer::isAvailableOn)) {
                                open.add(s);
                            }
                        }
                        if (weekRows[w] < 0 || open.isEmpty()) {
                            continue;
                        }
                        List<Integer> aggregates = new ArrayList<>(2);
                        for (boolean atHome : new boolean[] {true, false}) {
                            Cell homeCell = homeCells == null ? null : homeCells[w];
                            if (atHome && homeCell == null) {
                                continue;
                            }
                            int column = column(1.0, new String[] {TRAINER_FEES, TRAINER_TRAVEL},
                                    new double[] {(double) feeWeight * trainer.dailyFee() * days,
                                            atHome ? 0.0 : (double) trainerTravelWeight * perDiemAway});
                            aggregates.add(column);
                            lp.set(weekRows[w], column, 1.0);
                            lp.set(daysRow, column, days);
                            for (int day : layouts.firstBlock(w)) {
                                lp.set(dayRow(trainerDayRows, index, day), column, 1.0);
                            }
                            if (atHome) {
                                if (homeCell.homeTrainerRow < 0) {
                                    homeCell.homeTrainerRow = lp.addRow(Double.NEGATIVE_INFINITY, 0.0);
                                    for (int venueColumn : homeCell.venueColumns) {
                                        lp.set(homeCell.homeTrainerRow, venueColumn, -1.0);
                                    }
                                }
                                lp.set(homeCell.homeTrainerRow, column, 1.0);
                                lp.set(districtRows.get(home), column, 1.0);
                            } else {
                                lp.set(awayRow, column, 1.0);
                            }
                        }
                        for (int row : laterBlockRows) {
                            aggregates.forEach(column -> lp.set(row, column, 1.0));
                        }
                    }
                    teachLaterBlocks(layouts, trainer, laterBlockRows, trainerDayRows, index);
                    for (Map.Entry<String, Integer> district : districtRows.entrySet()) {
                        if (home.equals(district.getKey())) {
                            continue;
                        }
                        long trips = context.awayCost(context.geography().route(home, district.getKey()), blocks, days,
                                context.policy().trainerPerDiem()) - perDiemAway;
                        int column = column(cohortsAtMost, new String[] {TRAINER_TRAVEL},
                                new double[] {(double) trainerTravelWeight * trips});
                        lp.set(district.getValue(), column, 1.0);
                        lp.set(awayRow, column, -1.0);
                    }
                }
                checkSize();

                // Teachers, in three parts that any plan fixes: t[d, w] teachers in the cohorts of district d
                // starting in week w; w[h, d] teachers from home district h training in district d, only in
                // districts with a cohort slot in reach (hard rule "Teacher travels too far"); u[p, s] teachers who
                // cannot attend the days p training on layout s, only on layouts that avoid p (hard rule "Teacher
                // unavailable"). Rows: every teacher is placed once (Σ_d w[h, d] = n_h, Σ_s u[p, s] = n_p), and both
                // sides count the cells' teachers (Σ_w t[d, w] = Σ_h w[h, d], Σ_d t[d, w] = Σ_{p, s in w} u[p, s]);
                // the teachers on layout s fit the cohorts on s (the layout columns above). For teachers free on every day this loses nothing (t[d, w] × w[h, d] / t[d]
                // splits them); for the others it forgets which district they come from, a relaxation.
                long substituteDailyCost = context.policy().substituteDailyCost();
                int targetEnd = context.targetEndDay();
                Map<String, Integer> teachersByHome = new LinkedHashMap<>();
                Map<String, Set<String>> reachByHome = new LinkedHashMap<>();
                Map<DaySet, Integer> teachersByDays = new LinkedHashMap<>();
                int groupTeachers = 0;
                for (TeacherClass teacherClass : group.classes.values()) {
                    Set<String> reached = new TreeSet<>();
                    for (String district : teacherClass.reach) {
                        Cell[] row = cells.get(district);
                        for (int w = 0; row != null && w < weekCount && !reached.contains(district); w++) {
                            if (row[w] == null) {
                                continue;
                            }
                            for (int s : layouts.weeks.get(w)) {
                                if (!schedules.get(s).days().intersects(teacherClass.unavailable)) {
                                    reached.add(district);
                                    break;
                                }
                            }
                        }
                    }
                    if (reached.isEmpty()) {
                        continue; // no cohort in reach on a day they can come: no plan places them
                    }
                    placeable += teacherClass.teachers;
                    groupTeachers += teacherClass.teachers;
                    teachersByHome.merge(teacherClass.homeDistrictId, teacherClass.teachers, Integer::sum);
                    reachByHome.computeIfAbsent(teacherClass.homeDistrictId, h -> new TreeSet<>()).addAll(reached);
                    teachersByDays.merge(teacherClass.unavailable, teacherClass.teachers, Integer::sum);
                }
                // Small groups come in whole cohorts. The teachers who can reach district d number N_d, so a
                // cohort there holds at most N_d of them, and the teachers of one home h in d at most n_h: in any
                // plan t[d, w] ≤ N_d × (cohorts of d in w) and w[h, d] ≤ n_h × (cohorts of d), since both sides are 0
                // without a cohort and the left side is at most N_d (n_h) with one. Where N_d or n_h is below a
                // room's capacity this stops the LP from keeping a handful of teachers at home in a fraction of a
                // cohort: they need a whole one (its fee, rent and trainer) or travel.
                boolean smallGroups = cuts.contains(Cut.SMALL_GROUPS);
                Map<String, Integer> reachable = new HashMap<>();
                teachersByHome.forEach((home, teachers) -> reachByHome.get(home)
                        .forEach(district -> reachable.merge(district, teachers, Integer::sum)));
                Map<String, Integer> districtCohorts = new HashMap<>();
                Map<String, Integer> districtTeacherRows = new HashMap<>();
                int[] weekTeacherRows = new int[weekCount];
                Arrays.fill(weekTeacherRows, -1);
                for (Map.Entry<String, Cell[]> entry : cells.entrySet()) {
                    int districtRow = lp.addRow(0.0, 0.0);
                    districtTeacherRows.put(entry.getKey(), districtRow);
                    for (int w = 0; w < weekCount; w++) {
                        Cell cell = entry.getValue()[w];
                        if (cell == null) {
                            continue;
                        }
                        if (weekTeacherRows[w] < 0) {
                            weekTeacherRows[w] = lp.addRow(0.0, 0.0);
                        }
                        int capacity = cell.venues.stream().mapToInt(v -> Math.min(course.maxSize(), v.seats())).sum();
                        int column = lp.addColumn(0.0, 0.0, capacity);
                        lp.set(districtRow, column, 1.0);
                        lp.set(weekTeacherRows[w], column, 1.0);
                        lp.set(cell.capacityRow, column, 1.0);
                        lp.set(cell.minimumRow, column, 1.0);
                        if (cell.idealRow >= 0) {
                            lp.set(cell.idealRow, column, 1.0);
                        }
                        for (int b = 1; b < blocks && cuts.contains(Cut.DISTRICT_BLOCK_TEACHERS); b++) {
                            lp.set(layouts.districtTeacherBlockRow(entry.getKey(), b), column, -1.0);
                        }
                        int reach = reachable.getOrDefault(entry.getKey(), 0);
                        if (smallGroups && reach < largestSeats.get(entry.getKey())) {
                            int row = lp.addRow(Double.NEGATIVE_INFINITY, 0.0);
                            lp.set(row, column, 1.0);
                            cell.venueColumns.forEach(venueColumn -> lp.set(row, venueColumn, -reach));
                        }
                    }
                }
                for (Map.Entry<String, Integer> home : teachersByHome.entrySet()) {
                    int placeRow = lp.addRow(home.getValue(), home.getValue());
                    for (String district : reachByHome.get(home.getKey())) {
                        long away = home.getKey().equals(district) ? 0L
                                : context.awayCost(context.geography().route(home.getKey(), district), blocks, days,
                                        context.policy().teacherPerDiem());
                        int column = column(home.getValue(), new String[] {TEACHER_TRAVEL},
                                new double[] {(double) teacherTravelWeight * away});
                        lp.set(placeRow, column, 1.0);
                        lp.set(districtTeacherRows.get(district), column, -1.0);
                        if (smallGroups && home.getValue() < largestSeats.get(district)) {
                            int row = lp.addRow(Double.NEGATIVE_INFINITY, 0.0);
                            lp.set(row, column, 1.0);
                            lp.set(row, districtCohorts.computeIfAbsent(district,
                                    d -> districtCohortColumn(cells.get(d))), -home.getValue());
                        }
                    }
                }
                for (Map.Entry<DaySet, Integer> pattern : teachersByDays.entrySet()) {
                    int placeRow = lp.addRow(pattern.getValue(), pattern.getValue());
                    for (int w = 0; w < weekCount; w++) {
                        if (weekTeacherRows[w] < 0) {
                            continue;
                        }
                        for (int s : layouts.weeks.get(w)) {
                            Schedule schedule = schedules.get(s);
                            if (schedule.days().intersects(pattern.getKey()) || layouts.layoutColumns[s] < 0) {
                                continue;
                            }
                            int late = Math.max(0, schedule.lastDay() - targetEnd);
                            int column = column(pattern.getValue(), new String[] {SUBSTITUTE_DAYS, LATE_COMPLETION},
                                    new double[] {(double) substituteWeight * schedule.termDays() * substituteDailyCost,
                                            (double) lateWeight * late});
                            lp.set(placeRow, column, 1.0);
                            lp.set(weekTeacherRows[w], column, -1.0);
                            for (List<Integer> block : layouts.laterBlocks.get(s)) {
                                if (cuts.contains(Cut.DISTRICT_BLOCK_TEACHERS)) {
                                    lp.set(layouts.teacherBlockRow(block), column, -1.0);
                                }
                            }
                            lp.set(layouts.capacityRow(s), column, 1.0);
                            lp.set(layouts.minimumRow(s), column, 1.0);
                        }
                    }
                }
                Map<Set<String>, Integer> teachersByReach = new LinkedHashMap<>();
                teachersByHome.forEach((home, teachers) -> teachersByReach.merge(reachByHome.get(home), teachers,
                        Integer::sum));
                checkSize();

                // Cuts on whole cohorts: the teachers who can reach only districts in a set R need at least
                // ⌈n / the largest capacity in R⌉ cohorts in R (cohort counts are whole numbers in every plan).
                Map<Set<String>, Integer> within = new LinkedHashMap<>();
                for (Set<String> reach : teachersByReach.keySet()) {
                    int teachers = 0;
                    for (Map.Entry<Set<String>, Integer> other : teachersByReach.entrySet()) {
                        if (reach.containsAll(other.getKey())) {
                            teachers += other.getValue();
                        }
                    }
                    within.put(reach, teachers);
                }
                within.put(new TreeSet<>(cells.keySet()), groupTeachers);
                for (Map.Entry<Set<String>, Integer> cut : within.entrySet()) {
                    int largest = cut.getKey().stream().mapToInt(d -> largestSeats.getOrDefault(d, 0)).max().orElse(0);
                    if (largest == 0 || cut.getValue() == 0) {
                        continue;
                    }
                    int cohorts = (cut.getValue() + largest - 1) / largest;
                    int cutRow = lp.addRow(cohorts, Double.POSITIVE_INFINITY);
                    for (String district : cut.getKey()) {
                        if (cells.containsKey(district)) {
                            lp.set(cutRow, districtCohorts.computeIfAbsent(district,
                                    d -> districtCohortColumn(cells.get(d))), 1.0);
                        }
                    }
                }
                checkSize();
            }

            // Uneven workload: Σ_t days_t². For whole numbers, d² ≥ (2k + 1) d − k(k + 1) for every whole k (the
            // secant through k and k + 1), so the penalty of each trainer is at least the largest of these lines;
            // every fourth k keeps the LP small and loses at most 4 days² a trainer.
            if (workloadWeight > 0) {
                trainerDaysRows.keySet().forEach(trainer -> {
                    int daysColumn = trainerDaysColumns.get(trainer);
                    int maxDays = trainer.maxDays();
                    int square = column((double) maxDays * maxDays, new String[] {UNEVEN_WORKLOAD},
                            new double[] {workloadWeight});
                    for (int k = 0; k < maxDays; k += 4) {
                        int row = lp.addRow(-(double) k * (k + 1), Double.POSITIVE_INFINITY);
                        lp.set(row, square, 1.0);
                        lp.set(row, daysColumn, -(2.0 * k + 1));
                    }
                });
            }
        }

        /** A column equal to the cohorts of a district (Σ of its venue columns), so a cut has one entry a district. */
        private int districtCohortColumn(Cell[] row) {
            int link = lp.addRow(0.0, 0.0);
            int venueColumns = 0;
            for (Cell cell : row) {
                if (cell != null) {
                    venueColumns += cell.venueColumns.size();
                    cell.venueColumns.forEach(column -> lp.set(link, column, -1.0));
                }
            }
            int column = lp.addColumn(0.0, 0.0, venueColumns);
            lp.set(link, column, 1.0);
            return column;
        }

        private int dayRow(Map<Long, Integer> dayRows, int index, int day) {
            return dayRows.computeIfAbsent(((long) index << 32) | day, k -> lp.addRow(Double.NEGATIVE_INFINITY, 1.0));
        }

        /**
         * The days the cohorts of a district occupy a venue of it: the venue columns of a week carry the first
         * block's days; y[d, b, W] counts the district's cohorts whose block b starts on day W, with its days,
         * Σ_W y[d, b, W] = the district's cohorts, only on blocks the district is not closed on and some venue of it
         * is open on (hard rules); Σ_d y[d, b, W] = cohorts with block b on W (see the layout columns).
         */
        private void occupyDistrict(Layouts layouts, String district, Cell[] row, DaySet closed, List<Venue> own,
                Set<Venue> venues, Map<String, Integer> districtIndex, Map<Long, Integer> districtDayRows,
                int capacity, int minSize) {
            Map<Integer, Integer> laterBlockRows = new HashMap<>();
            // The cohorts of this track in the district on a day are at most its venues that host the track and
            // are open that day (each such cohort holds one of them, a venue one cohort a day: hard rules). Written
            // only where some venue of the district cannot host the track (else the district's row says it).
            String track = layouts.track;
            List<Venue> hosting = own.stream().filter(v -> v.canHost(track)
                    && Math.min(layouts.maxSize, v.seats()) >= minSize).toList();
            boolean trackRows = cuts.contains(Cut.DISTRICT_TRACK_VENUES) && hosting.size() < venues.size();
            for (int w = 0; w < row.length; w++) {
                if (row[w] == null) {
                    continue;
                }
                for (int column : row[w].venueColumns) {
                    for (int day : layouts.firstBlock(w)) {
                        lp.set(districtDayRow(district, day, venues, districtIndex, districtDayRows), column, 1.0);
                        if (trackRows) {
                            lp.set(districtTrackDayRow(district, track, day, hosting), column, 1.0);
                        }
                    }
                    for (int b = 1; b < layouts.blocks; b++) {
                        lp.set(laterBlockRows.computeIfAbsent(b, k -> lp.addRow(0.0, 0.0)), column, 1.0);
                    }
                }
            }
            for (Map.Entry<List<Integer>, Block> entry : layouts.blocksByKey.entrySet()) {
                Block block = entry.getValue();
                Integer blockRow = laterBlockRows.get(block.index());
                if (blockRow == null || block.days().stream().anyMatch(closed::contains)
                        || own.stream().noneMatch(v -> block.dates().stream().allMatch(v::isAvailableOn))) {
                    continue;
                }
                int column = lp.addColumn(0.0, 0.0, own.size());
                lp.set(blockRow, column, -1.0);
                lp.set(layouts.districtBlockRow(entry.getKey()), column, -1.0);
                for (int day : block.startDays()) {
                    lp.set(districtDayRow(district, day, venues, districtIndex, districtDayRows), column, 1.0);
                    if (trackRows) {
                        lp.set(districtTrackDayRow(district, track, day, hosting), column, 1.0);
                    }
                }
                // z[d, b, W]: the teachers of the district's cohorts whose block b starts on W. They fit those
                // cohorts (each within its district's largest capacity, and at least the minimum size: hard rules
                // per cohort, summed), each teacher of the district has block b once (Σ_W z = the district's
                // teachers, see the teacher cells), and they are the teachers whose layout has block b on W
                // (Σ_d z[d, b, W] = Σ_{p, s with block b on W} u[p, s]). Without these rows the layouts' teachers
                // were pooled over districts, so a crowded district's teachers could take another district's free
                // holiday rooms for their later blocks.
                if (!cuts.contains(Cut.DISTRICT_BLOCK_TEACHERS)) {
                    continue;
                }
                int teachers = lp.addColumn(0.0, 0.0, (double) capacity * own.size());
                int fits = lp.addRow(Double.NEGATIVE_INFINITY, 0.0);
                lp.set(fits, teachers, 1.0);
                lp.set(fits, column, -capacity);
                int fills = lp.addRow(0.0, Double.POSITIVE_INFINITY);
                lp.set(fills, teachers, 1.0);
                lp.set(fills, column, -minSize);
                lp.set(layouts.districtTeacherBlockRow(district, block.index()), teachers, 1.0);
                lp.set(layouts.teacherBlockRow(entry.getKey()), teachers, 1.0);
            }
        }

        private int districtTrackDayRow(String district, String track, int day, List<Venue> hosting) {
            return districtTrackDayRows.computeIfAbsent(List.of(district, track, day), k -> {
                LocalDate date = plan.getContext().calendar().date(day);
                long open = hosting.stream().filter(v -> v.isAvailableOn(date)).count();
                return lp.addRow(Double.NEGATIVE_INFINITY, open);
            });
        }

        private int districtDayRow(String district, int day, Set<Venue> venues, Map<String, Integer> districtIndex,
                Map<Long, Integer> districtDayRows) {
            int index = districtIndex.computeIfAbsent(district, d -> districtIndex.size());
            return districtDayRows.computeIfAbsent(((long) index << 32) | day, k -> {
                LocalDate date = plan.getContext().calendar().date(day);
                long open = venues.stream().filter(v -> v.isAvailableOn(date)).count();
                return lp.addRow(Double.NEGATIVE_INFINITY, open);
            });
        }

        /**
         * The later blocks of a trainer's cohorts: y[t, b, W] cohorts of t whose block b starts on day W, with its
         * days in the trainer's day rows (one cohort a day), only where the trainer is available on the block's
         * dates (hard rule); Σ_W y[t, b, W] = the trainer's cohorts (laterBlockRows hold the first blocks) and
         * Σ_t y[t, b, W] = cohorts with block b on W (see the layout columns).
         */
        private void teachLaterBlocks(Layouts layouts, Trainer trainer, int[] laterBlockRows,
                Map<Long, Integer> dayRows, int index) {
            for (Map.Entry<List<Integer>, Block> entry : layouts.blocksByKey.entrySet()) {
                Block block = entry.getValue();
                if (!block.dates().stream().allMatch(trainer::isAvailableOn)) {
                    continue;
                }
                int column = lp.addColumn(0.0, 0.0, 1.0);
                lp.set(laterBlockRows[block.index() - 1], column, -1.0);
                lp.set(layouts.trainerBlockRow(entry.getKey()), column, -1.0);
                for (int day : block.startDays()) {
                    lp.set(dayRow(dayRows, index, day), column, 1.0);
                }
            }
        }

        /** A later block of a layout: its index (1 for the second), days, dates, and days a block can start on. */
        private record Block(int index, List<Integer> days, List<LocalDate> dates, List<Integer> startDays) {
        }

        /**
         * The layouts of one track and language by start week (their first blocks are the same days), their later
         * blocks, and the rows that count cohorts and teachers per layout and per later block, made when needed.
         */
        private final class Layouts {
            final List<Schedule> schedules;
            final String track;
            final int maxSize;
            final int firstBlockDays;
            final int blocks;
            final List<List<Integer>> weeks = new ArrayList<>();
            /** Later blocks by (index, first day); and the keys of each layout's later blocks. */
            final Map<List<Integer>, Block> blocksByKey = new LinkedHashMap<>();
            final List<List<List<Integer>>> laterBlocks = new ArrayList<>();
            final Map<List<Integer>, Integer> trainerBlockRows = new HashMap<>();
            final Map<List<Integer>, Integer> districtBlockRows = new HashMap<>();
            final Map<List<Integer>, Integer> teacherBlockRows = new HashMap<>();
            final Map<List<Object>, Integer> districtTeacherBlockRows = new HashMap<>();
            final int[] layoutColumns;
            final int[] capacityRows;
            final int[] minimumRows;

            Layouts(List<Schedule> schedules, Course course) {
                List<Integer> blockDays = course.blockDays();
                this.track = course.track();
                this.maxSize = course.maxSize();
                this.schedules = schedules;
                this.firstBlockDays = blockDays.get(0);
                this.blocks = blockDays.size();
                Map<List<Integer>, List<Integer>> byFirstBlock = new LinkedHashMap<>();
                for (int s = 0; s < schedules.size(); s++) {
                    Schedule schedule = schedules.get(s);
                    byFirstBlock.computeIfAbsent(firstBlock(schedule), k -> new ArrayList<>()).add(s);
                    List<List<Integer>> keys = new ArrayList<>();
                    int first = blockDays.get(0);
                    for (int b = 1; b < blockDays.size() && first < schedule.dayCount(); b++) {
                        int last = Math.min(first + blockDays.get(b), schedule.dayCount());
                        List<Integer> days = schedule.dayIndexes().subList(first, last);
                        List<LocalDate> dates = schedule.dates().subList(first, last);
                        List<Integer> key = List.of(b, days.get(0));
                        blocksByKey.computeIfAbsent(key, k -> new Block(k.get(0), List.copyOf(days),
                                List.copyOf(dates), days.stream().filter(blockStarts::contains).toList()));
                        keys.add(key);
                        first = last;
                    }
                    laterBlocks.add(keys);
                }
                weeks.addAll(byFirstBlock.values());
                layoutColumns = new int[schedules.size()];
                capacityRows = new int[schedules.size()];
                minimumRows = new int[schedules.size()];
                Arrays.fill(layoutColumns, -1);
                Arrays.fill(capacityRows, -1);
                Arrays.fill(minimumRows, -1);
            }

            int trainerBlockRow(List<Integer> key) {
                return trainerBlockRows.computeIfAbsent(key, k -> lp.addRow(0.0, 0.0));
            }

            int districtBlockRow(List<Integer> key) {
                return districtBlockRows.computeIfAbsent(key, k -> lp.addRow(0.0, 0.0));
            }

            /** Row: Σ_d z[d, b, W] − Σ_{p, s with block b on W} u[p, s] = 0 (see occupyDistrict). */
            int teacherBlockRow(List<Integer> key) {
                return teacherBlockRows.computeIfAbsent(key, k -> lp.addRow(0.0, 0.0));
            }

            /** Row: Σ_W z[d, b, W] − Σ_w t[d, w] = 0, the district's teachers each have block b once. */
            int districtTeacherBlockRow(String district, int block) {
                return districtTeacherBlockRows.computeIfAbsent(List.of(district, block), k -> lp.addRow(0.0, 0.0));
            }

            private List<Integer> firstBlock(Schedule schedule) {
                return schedule.dayIndexes().subList(0, Math.min(firstBlockDays, schedule.dayCount()));
            }

            /** The first block's days on which a block can start (see blockStarts). */
            List<Integer> firstBlock(int week) {
                return firstBlock(schedules.get(weeks.get(week).get(0))).stream().filter(blockStarts::contains)
                        .toList();
            }



            int capacityRow(int s) {
                if (capacityRows[s] < 0) {
                    capacityRows[s] = lp.addRow(Double.NEGATIVE_INFINITY, 0.0);
                }
                return capacityRows[s];
            }

            int minimumRow(int s) {
                if (minimumRows[s] < 0) {
                    minimumRows[s] = lp.addRow(0.0, Double.POSITIVE_INFINITY);
                }
                return minimumRows[s];
            }
        }

        /** The bound: the proven LP value, split by constraint as the LP's optimum pays it, and the team split. */
        CostBound bound(long proven, double[] values) {
            double[] paid = new double[SHARED.size()];
            for (int k = 0; k < shares; k++) {
                paid[shareKind[k]] += shareCost[k] * values[shareColumn[k]];
            }
            Map<String, Long> byConstraint = new LinkedHashMap<>();
            long sum = 0;
            int largest = 0;
            for (int k = 0; k < paid.length; k++) {
                long share = (long) Math.floor(Math.max(0.0, paid[k]));
                byConstraint.put(SHARED.get(k), share);
                sum += share;
                largest = paid[k] > paid[largest] ? k : largest;
            }
            // The proven value differs from the primal optimum by the solver's tolerance: the largest share takes it.
            byConstraint.merge(SHARED.get(largest), proven - sum, Long::sum);
            long teamSplit = CostLowerBound.of(plan).byConstraint().getOrDefault(SCHOOL_TEAM_SPLIT, 0L);
            byConstraint.put(SCHOOL_TEAM_SPLIT, teamSplit);
            return new CostBound(proven + teamSplit, byConstraint, placeable);
        }
    }
}
