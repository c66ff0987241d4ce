package org.cohortplanner.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.cohortplanner.constraints.ConstraintFixture.KY;
import static org.cohortplanner.constraints.ConstraintFixture.MATH;
import static org.cohortplanner.constraints.ConstraintFixture.START;
import static org.cohortplanner.constraints.ConstraintFixture.deliver;
import static org.cohortplanner.constraints.ConstraintFixture.hub;
import static org.cohortplanner.constraints.ConstraintFixture.place;
import static org.cohortplanner.constraints.ConstraintFixture.printHouse;
import static org.cohortplanner.constraints.ConstraintFixture.schedule;
import static org.cohortplanner.constraints.ConstraintFixture.school;
import static org.cohortplanner.constraints.ConstraintFixture.synced;
import static org.cohortplanner.constraints.ConstraintFixture.trainer;
import static org.cohortplanner.constraints.ConstraintFixture.truck;
import static org.cohortplanner.constraints.ConstraintFixture.venue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.cohortplanner.calendar.DaySet;
import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.calendar.ScheduleFactory;
import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.delivery.Logistics;
import org.cohortplanner.delivery.PrintWeek;
import org.cohortplanner.delivery.Trip;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.SchoolQuota;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.testdata.TestProblems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One or more "fires with this exact match weight" and "does not fire" cases per constraint. Facts and their
 * numbers are described in {@link ConstraintFixture}; expected weights are worked out by hand in comments.
 */
class CohortPlannerConstraintsTest {

    private static final ConstraintVerifier<CohortPlannerConstraints, TrainingPlan> constraintVerifier =
            ConstraintVerifier.build(new CohortPlannerConstraints(), TrainingPlan.class, Cohort.class,
                    Delegation.class);

    private ConstraintFixture f;
    private School s1;
    private School s2;
    private Trainer tr1;
    private Trainer tr2;
    private Venue v1;
    private Venue v2;
    private Logistics logistics;
    private PrintHouse ph1;
    private Schedule mar27;
    private Schedule apr10;
    private Schedule apr17;

    @BeforeEach
    void setUp() {
        f = new ConstraintFixture();
        s1 = school("S1", "D1");
        s2 = school("S2", "D1");
        tr1 = trainer("TR1");
        tr2 = trainer("TR2");
        v1 = venue("V1", "D1");
        v2 = venue("V2", "D1");
        logistics = f.logistics();
        ph1 = printHouse("PH1", "D1", 30);
        mar27 = f.mathSchedule(LocalDate.of(2023, 3, 27));
        apr10 = f.mathSchedule(LocalDate.of(2023, 4, 10));
        apr17 = f.mathSchedule(LocalDate.of(2023, 4, 17));
    }

    /** A cohort in district D1 with a trainer, venue and schedule, and one delegation of {@code size} from S1. */
    private Cohort fullCohort(String id, Trainer trainer, Venue venue, Schedule schedule, int size) {
        Cohort cohort = f.cohort(id, "D1", trainer, venue, schedule);
        place(f.delegation("D-" + id, s1, size), cohort);
        return cohort;
    }

    private static List<Object> facts(Cohort... cohorts) {
        List<Object> facts = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            facts.add(cohort);
            facts.addAll(cohort.getDelegations());
        }
        return facts;
    }

    @Test
    void fixtureSchedulesAreTheDaysTheTestsAssume() {
        assertThat(f.firstSchedule().dayIndexes()).containsExactly(0, 1, 2, 3, 21, 22, 23, 24);
        assertThat(f.firstSchedule().termDays()).isEqualTo(8);
        assertThat(f.mathSchedule(START.plusDays(7)).dayIndexes()).containsExactly(7, 8, 9, 10, 28, 29, 30, 31);
        // 2023-05-15 (day 63): block 1 in term, block 2 from 2023-06-05 (day 84) in the school holiday
        assertThat(f.mathSchedule(LocalDate.of(2023, 5, 15)).dayIndexes())
                .containsExactly(63, 64, 65, 66, 84, 85, 86, 87);
        // 2023-06-05 (day 84): both blocks in the school holiday (days 74..171)
        assertThat(f.mathSchedule(LocalDate.of(2023, 6, 5)).dayIndexes())
                .containsExactly(84, 85, 86, 87, 105, 106, 107, 108);
        assertThat(f.context.geography().minutes("D1", "D3")).isEqualTo(260);
        assertThat(f.context.geography().km("D1", "D3")).isCloseTo(195.27, org.assertj.core.data.Offset.offset(1e-9));
    }

    // ************************************************************************
    // Hard: structure and qualification
    // ************************************************************************

    @Test
    void cohortIncomplete_missingAllThree() {
        Cohort cohort = f.cohort("C1", "D1");
        place(f.delegation("D1", s1, 5), cohort);
        // 3 missing x size 5
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortIncomplete)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(15);
    }

    @Test
    void cohortIncomplete_missingVenueOnly() {
        Cohort cohort = f.cohort("C1", "D1", tr1, null, f.firstSchedule());
        place(f.delegation("D1", s1, 3), cohort);
        place(f.delegation("D2", s2, 2), cohort);
        // 1 missing x size (3 + 2)
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortIncomplete)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(5);
    }

    @Test
    void cohortIncomplete_complete_doesNotFire() {
        Cohort cohort = fullCohort("C1", tr1, v1, f.firstSchedule(), 5);
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortIncomplete)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    @Test
    void cohortIncomplete_emptyCohort_isIgnored() {
        Cohort empty = f.cohort("C1", "D1");
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortIncomplete)
                .given(synced(empty))
                .penalizes(0);
    }

    @Test
    void teacherInWrongCohort_otherLanguageAndOtherTrack() {
        Cohort cohort = f.cohort("C1", "D1");
        Delegation russian = place(f.delegation("D1", s1, 3, MATH, "ru", DaySet.EMPTY, f.quota(s1, 18)), cohort);
        Delegation primary = place(f.delegation("D2", s2, 2, "PRIMARY", KY, DaySet.EMPTY, f.quota(s2, 18)), cohort);
        Delegation right = place(f.delegation("D3", s1, 4), cohort);
        // 3 (language) + 2 (track); the matching delegation of 4 is not counted
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherInWrongCohort)
                .given(synced(cohort, russian, primary, right))
                .penalizesBy(5);
    }

    @Test
    void teacherInWrongCohort_matchingOrUnplaced_doesNotFire() {
        Cohort cohort = f.cohort("C1", "D1");
        Delegation right = place(f.delegation("D1", s1, 4), cohort);
        Delegation unplaced = f.delegation("D2", s1, 3, MATH, "ru", DaySet.EMPTY, f.quota(s1, 18));
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherInWrongCohort)
                .given(synced(cohort, right, unplaced))
                .penalizes(0);
    }

    @Test
    void trainerNotQualified_wrongTrackOrWrongLanguage() {
        Trainer primaryOnly = trainer("TRP", Set.of(KY), Set.of("PRIMARY"), null, List.of(), 120);
        Trainer russianOnly = trainer("TRR", Set.of("ru"), Set.of(MATH), null, List.of(), 120);
        Cohort a = fullCohort("C1", primaryOnly, v1, f.firstSchedule(), 10);
        Cohort b = fullCohort("C2", russianOnly, v2, f.firstSchedule(), 10);
        // 1 per cohort
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerNotQualified)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(2);
    }

    @Test
    void trainerNotQualified_qualifiedOrEmpty_doesNotFire() {
        Trainer primaryOnly = trainer("TRP", Set.of(KY), Set.of("PRIMARY"), null, List.of(), 120);
        Cohort qualified = fullCohort("C1", tr1, v1, f.firstSchedule(), 10);
        Cohort empty = f.cohort("C2", "D1", primaryOnly, null, null);
        Cohort noTrainer = fullCohort("C3", null, v1, f.firstSchedule(), 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerNotQualified)
                .given(synced(facts(qualified, empty, noTrainer).toArray()))
                .penalizes(0);
    }

    // ************************************************************************
    // Hard: trainers
    // ************************************************************************

    @Test
    void trainerDoubleBooked_overlappingDays() {
        Cohort a = fullCohort("C1", tr1, v1, f.firstSchedule(), 10); // days 0-3, 21-24
        Cohort b = fullCohort("C2", tr1, v2, schedule("X", 2, 3, 4, 7), 10);
        // common days 2 and 3
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerDoubleBooked)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(2);
    }

    @Test
    void trainerDoubleBooked_threeCohortsOnTheSameDays_countsEveryPair() {
        Cohort a = fullCohort("C1", tr1, v1, f.firstSchedule(), 10);
        Cohort b = fullCohort("C2", tr1, v1, f.firstSchedule(), 10);
        Cohort c = fullCohort("C3", tr1, v1, f.firstSchedule(), 10);
        // 3 pairs x 8 common days
        var assertion = constraintVerifier.verifyThat(CohortPlannerConstraints::trainerDoubleBooked)
                .given(synced(facts(a, b, c).toArray()));
        assertion.penalizes(3);
        assertion.penalizesBy(24);
    }

    @Test
    void trainerDoubleBooked_daysPastTheFirst64_areCounted() {
        // days 62..67 span two 64-bit words of the day set
        Cohort a = fullCohort("C1", tr1, v1, schedule("X", 62, 63, 64, 65), 10);
        Cohort b = fullCohort("C2", tr1, v2, schedule("Y", 63, 64, 65, 66, 67), 10);
        // common days 63, 64, 65
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerDoubleBooked)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(3);
    }

    @Test
    void trainerDoubleBooked_differentTrainers_doesNotFire() {
        Cohort a = fullCohort("C1", tr1, v1, f.firstSchedule(), 10);
        Cohort b = fullCohort("C2", tr2, v2, f.firstSchedule(), 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerDoubleBooked)
                .given(synced(facts(a, b).toArray()))
                .penalizes(0);
    }

    @Test
    void trainerDoubleBooked_interleavedButDisjointDays_doesNotFire() {
        // days 0-3, 21-24 and days 7-10, 28-31: the date ranges overlap, the days do not
        Cohort a = fullCohort("C1", tr1, v1, f.firstSchedule(), 10);
        Cohort b = fullCohort("C2", tr1, v2, f.mathSchedule(START.plusDays(7)), 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerDoubleBooked)
                .given(synced(facts(a, b).toArray()))
                .penalizes(0);
    }

    @Test
    void trainerDoubleBooked_emptyCohort_isIgnored() {
        Cohort a = fullCohort("C1", tr1, v1, f.firstSchedule(), 10);
        Cohort empty = f.cohort("C2", "D1", tr1, v2, f.firstSchedule());
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerDoubleBooked)
                .given(synced(facts(a, empty).toArray()))
                .penalizes(0);
    }

    private Cohort cohortIn(String id, String district, Trainer trainer, Schedule schedule) {
        Cohort cohort = f.cohort(id, district, trainer, venue("V" + id, district), schedule);
        place(f.delegation("D-" + id, school("S-" + id, district), 10), cohort);
        return cohort;
    }

    @Test
    void trainerTransfer_farDistrictsOnConsecutiveDays() {
        // D1-D3 is 260 min > 240; the trainer teaches in D1 on day 3 (Thu) and in D3 on day 4 (Fri)
        Cohort a = cohortIn("C1", "D1", tr1, schedule("X", 0, 1, 2, 3));
        Cohort b = cohortIn("C2", "D3", tr1, schedule("Y", 4, 7, 8, 9));
        // 1 day of b next to a day of a
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTransfer)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(1);
    }

    @Test
    void trainerTransfer_laterCohortHasTheSmallerId() {
        Cohort a = cohortIn("C1", "D3", tr1, schedule("Y", 4, 7, 8, 9));
        Cohort b = cohortIn("C2", "D1", tr1, schedule("X", 0, 1, 2, 3));
        // day 4 of C1 follows day 3 of C2
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTransfer)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(1);
    }

    @Test
    void trainerTransfer_acrossTheFirst64Days() {
        // day 63 in D1, day 64 in D3: the neighbour crosses a word of the day set
        Cohort a = cohortIn("C1", "D1", tr1, schedule("X", 60, 61, 62, 63));
        Cohort b = cohortIn("C2", "D3", tr1, schedule("Y", 64, 65, 66, 67));
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTransfer)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(1);
    }

    @Test
    void trainerTransfer_closeDistricts_doesNotFire() {
        // D1-D2 is 60 min and D2-D3 200 min, both within 240
        Cohort a = cohortIn("C1", "D1", tr1, schedule("X", 0, 1, 2, 3));
        Cohort b = cohortIn("C2", "D2", tr1, schedule("Y", 4, 7, 8, 9));
        Cohort c = cohortIn("C3", "D3", tr1, schedule("Z", 10, 11));
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTransfer)
                .given(synced(facts(a, b, c).toArray()))
                .penalizes(0);
    }

    @Test
    void trainerTransfer_freeDayBetween_doesNotFire() {
        // day 3 is free between D1 (days 0-2) and D3 (from day 4)
        Cohort a = cohortIn("C1", "D1", tr1, schedule("X", 0, 1, 2));
        Cohort b = cohortIn("C2", "D3", tr1, schedule("Y", 4, 7, 8, 9));
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTransfer)
                .given(synced(facts(a, b).toArray()))
                .penalizes(0);
    }

    @Test
    void trainerTransfer_differentTrainersOrSameDays_doesNotFire() {
        Cohort a = cohortIn("C1", "D1", tr1, schedule("X", 0, 1, 2, 3));
        Cohort b = cohortIn("C2", "D3", tr2, schedule("Y", 4, 7, 8, 9));
        // same trainer on the same days: that is double booking, not transfer
        Cohort c = cohortIn("C3", "D3", tr1, schedule("Z", 0, 1, 2, 3));
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTransfer)
                .given(synced(facts(a, b, c).toArray()))
                .penalizes(0);
    }

    @Test
    void trainerTransfer_fridayThenMonday_doesNotFire() {
        // day 4 is Friday 2023-03-17, day 7 Monday 2023-03-20: the weekend is the travel time
        Cohort a = cohortIn("C1", "D1", tr1, schedule("X", 1, 2, 3, 4));
        Cohort b = cohortIn("C2", "D3", tr1, schedule("Y", 7, 8, 9, 10));
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTransfer)
                .given(synced(facts(a, b).toArray()))
                .penalizes(0);
    }

    @Test
    void trainerTransfer_backAndForth_smallerIdTeachesInTheMiddle() {
        // D3 on day 2, D1 on day 3, D3 on day 4: two transfers without a free day
        Cohort a = cohortIn("C1", "D1", tr1, schedule("X", 3));
        Cohort b = cohortIn("C2", "D3", tr1, schedule("Y", 2, 4));
        // days 2 and 4 of C2 next to day 3 of C1
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTransfer)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(2);
    }

    @Test
    void trainerTransfer_backAndForth_smallerIdTeachesAroundTheMiddle() {
        // the same trips as above, with the cohort ids swapped
        Cohort a = cohortIn("C1", "D3", tr1, schedule("Y", 2, 4));
        Cohort b = cohortIn("C2", "D1", tr1, schedule("X", 3));
        // two adjacent day pairs (2-3 and 3-4), whichever cohort has the smaller id
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTransfer)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(2);
    }

    @Test
    void trainerUnavailable_beforeReadyFromAndOnLeave() {
        // ready from day 2; on leave 2023-04-03..04 (days 21, 22)
        Trainer late = trainer("TRL", Set.of(KY), Set.of(MATH), START.plusDays(2),
                List.of(new DateRange(LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 4))), 120);
        Cohort cohort = fullCohort("C1", late, v1, f.firstSchedule(), 10); // days 0-3, 21-24
        // days 0, 1 (not ready) + days 21, 22 (leave)
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerUnavailable)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(4);
    }

    @Test
    void trainerUnavailable_readyOnTheFirstDay_doesNotFire() {
        Trainer ready = trainer("TRR", Set.of(KY), Set.of(MATH), START,
                List.of(DateRange.day(LocalDate.of(2023, 4, 7))), 120); // leave on day 25, after the course
        Cohort cohort = fullCohort("C1", ready, v1, f.firstSchedule(), 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerUnavailable)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    @Test
    void trainerMaxDays_overTheLimit() {
        Trainer ten = trainer("TR10", Set.of(KY), Set.of(MATH), null, List.of(), 10);
        // no schedule needed: days come from the course
        Cohort a = fullCohort("C1", ten, null, null, 10);
        Cohort b = fullCohort("C2", ten, null, null, 10);
        // 8 + 8 = 16 days, 6 over 10
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerMaxDays)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(6);
    }

    @Test
    void trainerMaxDays_countsTheDaysOfTheSchedule() {
        Trainer ten = trainer("TR10", Set.of(KY), Set.of(MATH), null, List.of(), 10);
        Cohort sevenDays = fullCohort("C1", ten, null, schedule("X", 0, 1, 2, 3, 21, 22, 23), 10);
        Cohort noDates = fullCohort("C2", ten, null, null, 10);
        // 7 + 8 from the course = 15, 5 over 10
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerMaxDays)
                .given(synced(facts(sevenDays, noDates).toArray()))
                .penalizesBy(5);
    }

    @Test
    void trainerMaxDays_atTheLimitOrEmptyCohort_doesNotFire() {
        Trainer sixteen = trainer("TR16", Set.of(KY), Set.of(MATH), null, List.of(), 16);
        Cohort a = fullCohort("C1", sixteen, null, null, 10);
        Cohort b = fullCohort("C2", sixteen, null, null, 10);
        Cohort empty = f.cohort("C3", "D1", sixteen, null, null);
        // 8 + 8 = 16, not over 16; the empty cohort adds nothing
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerMaxDays)
                .given(synced(facts(a, b, empty).toArray()))
                .penalizes(0);
    }

    // ************************************************************************
    // Hard: venues and calendar
    // ************************************************************************

    @Test
    void venueDoubleBooked_overlappingDays() {
        Cohort a = fullCohort("C1", tr1, v1, f.firstSchedule(), 10); // days 0-3, 21-24
        Cohort b = fullCohort("C2", tr2, v1, schedule("X", 20, 21, 22, 27), 10);
        // common days 21, 22
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueDoubleBooked)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(2);
    }

    @Test
    void venueDoubleBooked_differentVenuesOrDisjointDays_doesNotFire() {
        Cohort a = fullCohort("C1", tr1, v1, f.firstSchedule(), 10);
        Cohort b = fullCohort("C2", tr2, v2, f.firstSchedule(), 10);
        Cohort c = fullCohort("C3", tr2, v1, f.mathSchedule(START.plusDays(7)), 10);
        Cohort empty = f.cohort("C4", "D1", tr2, v1, f.firstSchedule());
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueDoubleBooked)
                .given(synced(facts(a, b, c, empty).toArray()))
                .penalizes(0);
    }

    @Test
    void venueUnavailable_outsideItsDates() {
        // available from day 1 to 2023-04-04 (day 22)
        Venue venue = venue("VX", 25, Set.of(MATH), START.plusDays(1), LocalDate.of(2023, 4, 4));
        Cohort cohort = fullCohort("C1", tr1, venue, f.firstSchedule(), 10); // days 0-3, 21-24
        // days 0, 23, 24
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueUnavailable)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(3);
    }

    @Test
    void venueUnavailable_withinItsDates_doesNotFire() {
        Venue venue = venue("VX", 25, Set.of(MATH), START, LocalDate.of(2023, 4, 6)); // day 0 to day 24
        Cohort cohort = fullCohort("C1", tr1, venue, f.firstSchedule(), 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueUnavailable)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    @Test
    void venueTooSmall_seatsShort() {
        Venue small = venue("VS", 10, Set.of(MATH), null, null);
        Cohort cohort = fullCohort("C1", tr1, small, f.firstSchedule(), 12);
        // 12 teachers - 10 seats
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueTooSmall)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(2);
    }

    @Test
    void venueTooSmall_exactFit_doesNotFire() {
        Venue small = venue("VS", 12, Set.of(MATH), null, null);
        Cohort cohort = fullCohort("C1", tr1, small, f.firstSchedule(), 12);
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueTooSmall)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    @Test
    void venueCannotHost_trackNotOffered() {
        Venue hall = venue("VH", 25, Set.of("PRIMARY"), null, null);
        Cohort cohort = fullCohort("C1", tr1, hall, f.firstSchedule(), 12);
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueCannotHost)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(1);
    }

    @Test
    void venueCannotHost_trackOfferedOrEmptyCohort_doesNotFire() {
        Venue hall = venue("VH", 25, Set.of("PRIMARY"), null, null);
        Cohort ok = fullCohort("C1", tr1, v1, f.firstSchedule(), 12);
        Cohort empty = f.cohort("C2", "D1", tr1, hall, f.firstSchedule());
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueCannotHost)
                .given(synced(facts(ok, empty).toArray()))
                .penalizes(0);
    }

    @Test
    void districtClosed_scheduleOnClosureDays() {
        // D2 is closed on days 21 and 22; the first schedule has days 0-3 and 21-24
        Cohort cohort = f.cohort("C1", "D2", tr1, venue("VD2", "D2"), f.firstSchedule());
        place(f.delegation("DA", school("SD2", "D2"), 10), cohort);
        constraintVerifier.verifyThat(CohortPlannerConstraints::districtClosed)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(2);
    }

    @Test
    void districtClosed_otherDistrictOrOtherDays_doesNotFire() {
        Cohort openDistrict = fullCohort("C1", tr1, v1, f.firstSchedule(), 10); // D1, days 21, 22 included
        Cohort otherDays = f.cohort("C2", "D2", tr2, venue("VD2", "D2"), f.mathSchedule(START.plusDays(7)));
        place(f.delegation("DA", school("SD2", "D2"), 10), otherDays);
        Cohort empty = f.cohort("C3", "D2", tr2, venue("VD3", "D2"), f.firstSchedule());
        constraintVerifier.verifyThat(CohortPlannerConstraints::districtClosed)
                .given(synced(facts(openDistrict, otherDays, empty).toArray()))
                .penalizes(0);
    }

    /** The schedule a plan read back gets for these days (indexes from the horizon start). */
    private Schedule readBack(int... days) {
        return new ScheduleFactory(f.calendar).scheduleOn(f.course,
                Arrays.stream(days).mapToObj(START::plusDays).toList());
    }

    @Test
    void datesOffLayout_zeroForEveryGeneratedSchedule() {
        assertThat(f.mathSchedules).isNotEmpty().allMatch(s -> s.offLayout() == 0);
        // two blocks of 5 days at least a day apart: Monday to Friday, then the next Monday to Friday, with only
        // a weekend between them
        Course tight = new Course(MATH, 60, 6, List.of(5, 5), 1, 10, 0, 8, 20, 25);
        List<Schedule> tightSchedules = new ScheduleFactory(f.calendar).schedulesFor(tight);
        assertThat(tightSchedules.get(0).dayIndexes()).containsExactly(0, 1, 2, 3, 4, 7, 8, 9, 10, 11);
        assertThat(tightSchedules).allMatch(s -> s.offLayout() == 0);
    }

    @Test
    void datesOffLayout_dayOnASundayOrPublicHoliday() {
        // the second block a day early, from Sunday 2023-04-02 (day 20): one date off a working day
        Cohort sunday = fullCohort("C1", tr1, v1, readBack(0, 1, 2, 3, 20, 21, 22, 23), 10);
        // from Monday 2023-05-01 (day 49), Labour Day; second block from day 70, 18 days later
        Cohort holiday = fullCohort("C2", tr2, v2, readBack(49, 50, 51, 52, 70, 71, 72, 73), 10);
        var assertion = constraintVerifier.verifyThat(CohortPlannerConstraints::datesOffLayout)
                .given(synced(facts(sunday, holiday).toArray()));
        assertion.penalizesBy(2);
        assertion.penalizes(2);
    }

    @Test
    void datesOffLayout_dayMissing() {
        // 7 days (1 missing), the second block 3 days instead of 4
        Cohort cohort = fullCohort("C1", tr1, v1, readBack(0, 1, 2, 3, 21, 22, 23), 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::datesOffLayout)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(2);
    }

    @Test
    void datesOffLayout_dayMovedToASundayBreaksTheBlock() {
        // Thursday 2023-03-16 moved to Sunday 2023-03-19 (day 6): blocks of 3, 1 and 4 days -> the first two of the
        // wrong length and one too many; the Sunday; the 4-day gap from day 2 to day 6 (14 at least) -> 5
        Cohort cohort = fullCohort("C1", tr1, v1, readBack(0, 1, 2, 6, 21, 22, 23, 24), 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::datesOffLayout)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(5);
    }

    @Test
    void datesOffLayout_gapTooShortOrTooLong() {
        // gap of 7 - 3 = 4 days, fewer than 14
        Cohort early = fullCohort("C1", tr1, v1, readBack(0, 1, 2, 3, 7, 8, 9, 10), 10);
        // gap of 56 - 3 = 53 days, more than 42
        Cohort late = fullCohort("C2", tr2, v2, readBack(0, 1, 2, 3, 56, 57, 58, 59), 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::datesOffLayout)
                .given(synced(facts(early, late).toArray()))
                .penalizesBy(2);
    }

    @Test
    void datesOffLayout_blocksOfOtherLengths() {
        // 3 days, then Monday to Friday: a block ends at the course's 4 days, so the Friday (day 25) reads as a
        // third block of 1 day, 1 day after the second -> first block short, third block extra, gap too short
        Cohort cohort = fullCohort("C1", tr1, v1, readBack(0, 1, 2, 21, 22, 23, 24, 25), 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::datesOffLayout)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(3);
    }

    @Test
    void datesOffLayout_standardLayoutOrOtherDatesKeepingTheRules_doNotFire() {
        Cohort standard = fullCohort("C1", tr1, v1, readBack(0, 1, 2, 3, 21, 22, 23, 24), 10);
        // the second block a week later and from a Tuesday (day 29, a gap of 26): not the standard layout
        Schedule laterBlock = readBack(0, 1, 2, 3, 29, 30, 31, 32);
        assertThat(laterBlock.id()).endsWith("/custom");
        Cohort custom = fullCohort("C2", tr2, v2, laterBlock, 10);
        Cohort empty = f.cohort("C3", "D1", tr1, v1, readBack(0, 1, 2, 6));
        constraintVerifier.verifyThat(CohortPlannerConstraints::datesOffLayout)
                .given(synced(facts(standard, custom, empty).toArray()))
                .penalizes(0);
    }

    // ************************************************************************
    // Hard: cohort size and teachers
    // ************************************************************************

    @Test
    void cohortTooSmall_belowMinimum() {
        Cohort cohort = fullCohort("C1", tr1, v1, f.firstSchedule(), 5);
        // minimum 8 - 5
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortTooSmall)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(3);
    }

    @Test
    void cohortTooSmall_atMinimumOrEmpty_doesNotFire() {
        Cohort cohort = fullCohort("C1", tr1, v1, f.firstSchedule(), 8);
        Cohort empty = f.cohort("C2", "D1");
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortTooSmall)
                .given(synced(facts(cohort, empty).toArray()))
                .penalizes(0);
    }

    @Test
    void cohortTooLarge_aboveMaximum() {
        Cohort cohort = f.cohort("C1", "D1", tr1, v1, f.firstSchedule());
        for (int i = 1; i <= 4; i++) {
            place(f.delegation("D" + i, s1, 6), cohort);
        }
        place(f.delegation("D5", s2, 4), cohort);
        // 4 x 6 + 4 = 28 teachers, 3 over the maximum 25
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortTooLarge)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(3);
    }

    @Test
    void cohortTooLarge_atMaximum_doesNotFire() {
        Cohort cohort = f.cohort("C1", "D1", tr1, v1, f.firstSchedule());
        for (int i = 1; i <= 5; i++) {
            place(f.delegation("D" + i, s1, 5), cohort);
        }
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortTooLarge)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    @Test
    void teacherUnavailable_teacherDaysOnScheduleDays() {
        Cohort cohort = f.cohort("C1", "D1", tr1, v1, f.firstSchedule()); // days 0-3, 21-24
        Delegation a = place(f.delegation("DA", s1, 3, MATH, KY, DaySet.of(1, 2, 50), f.quota(s1, 18)), cohort);
        Delegation b = place(f.delegation("DB", s2, 2, MATH, KY, DaySet.of(21), f.quota(s2, 18)), cohort);
        Delegation c = place(f.delegation("DC", s2, 4), cohort);
        // a: days 1, 2 x 3 teachers = 6; b: day 21 x 2 teachers = 2; c: none
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherUnavailable)
                .given(synced(cohort, a, b, c))
                .penalizesBy(8);
    }

    @Test
    void teacherUnavailable_otherDaysOrNoSchedule_doesNotFire() {
        Cohort scheduled = f.cohort("C1", "D1", tr1, v1, f.firstSchedule());
        Delegation a = place(f.delegation("DA", s1, 3, MATH, KY, DaySet.of(4, 5, 20, 25), f.quota(s1, 18)),
                scheduled);
        Cohort unscheduled = f.cohort("C2", "D1", tr1, v1, null);
        Delegation b = place(f.delegation("DB", s2, 3, MATH, KY, DaySet.of(0, 1), f.quota(s2, 18)), unscheduled);
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherUnavailable)
                .given(synced(scheduled, unscheduled, a, b))
                .penalizes(0);
    }

    @Test
    void teacherTravelTooLong_beyondTheLimit() {
        // school in D1, cohort in D3: 260 min > 180
        Cohort far = f.cohort("C1", "D3", tr1, venue("V3", "D3"), f.firstSchedule());
        Delegation d = place(f.delegation("DA", s1, 4), far);
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherTravelTooLong)
                .given(synced(far, d))
                .penalizesBy(4);
    }

    @Test
    void teacherTravelTooLong_withinTheLimit_doesNotFire() {
        // D1 -> D2 60 min, D1 -> D1 0 min
        Cohort near = f.cohort("C1", "D2", tr1, venue("V2", "D2"), f.firstSchedule());
        Cohort home = f.cohort("C2", "D1", tr1, v1, f.firstSchedule());
        Delegation a = place(f.delegation("DA", s1, 4), near);
        Delegation b = place(f.delegation("DB", s2, 4), home);
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherTravelTooLong)
                .given(synced(near, home, a, b))
                .penalizes(0);
    }

    // ************************************************************************
    // Medium
    // ************************************************************************

    @Test
    void teacherUnplaced_sizeOfEachUnassignedDelegation() {
        Cohort cohort = f.cohort("C1", "D1");
        Delegation placed = place(f.delegation("DA", s1, 5), cohort);
        Delegation x = f.delegation("DB", s1, 4);
        Delegation y = f.delegation("DC", s2, 2);
        // 4 + 2
        var assertion = constraintVerifier.verifyThat(CohortPlannerConstraints::teacherUnplaced)
                .given(synced(cohort, placed, x, y));
        assertion.penalizes(2);
        assertion.penalizesBy(6);
    }

    @Test
    void teacherUnplaced_allPlaced_doesNotFire() {
        Cohort cohort = f.cohort("C1", "D1");
        Delegation placed = place(f.delegation("DA", s1, 5), cohort);
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherUnplaced)
                .given(synced(cohort, placed))
                .penalizes(0);
    }

    // ************************************************************************
    // Soft: money
    // ************************************************************************

    @Test
    void trainerFees_dailyFeeTimesInPersonDays() {
        Cohort a = fullCohort("C1", tr1, v1, f.firstSchedule(), 10);
        Cohort b = fullCohort("C2", tr2, v1, null, 10); // the course gives the days before dates are chosen
        // 2 cohorts x 3000 x 8 days = 48000
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerFees)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(48_000);
    }

    @Test
    void trainerFees_daysOfTheSchedule() {
        Cohort sevenDays = fullCohort("C1", tr1, v1, schedule("X", 0, 1, 2, 3, 21, 22, 23), 10);
        // 3000 x 7 days
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerFees)
                .given(synced(facts(sevenDays).toArray()))
                .penalizesBy(21_000);
    }

    @Test
    void trainerFees_noTrainerOrEmptyCohort_doesNotFire() {
        Cohort noTrainer = fullCohort("C1", null, v1, f.firstSchedule(), 10);
        Cohort empty = f.cohort("C2", "D1", tr1, v1, f.firstSchedule());
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerFees)
                .given(synced(facts(noTrainer, empty).toArray()))
                .penalizes(0);
    }

    @Test
    void trainerTravel_awayFromHome() {
        Cohort d2 = cohortIn("C1", "D2", tr1, f.firstSchedule());
        // home D1 -> D2 45.27 km: round(2 x 45.27 x 2 blocks x 10) = round(1810.8) = 1811
        // + per diem 2500 x 8 days = 20000 -> 21811
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTravel)
                .given(synced(facts(d2).toArray()))
                .penalizesBy(21_811);
    }

    @Test
    void trainerTravel_farDistrictFollowsTheRoadChain() {
        Cohort d3 = cohortIn("C1", "D3", tr1, f.firstSchedule());
        // home D1 -> D3 via D2: 45.27 + 150 = 195.27 km; round(2 x 195.27 x 2 x 10) = round(7810.8) = 7811
        // + 2500 x 8 = 20000 -> 27811
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTravel)
                .given(synced(facts(d3).toArray()))
                .penalizesBy(27_811);
    }

    @Test
    void trainerTravel_atHome_costsNothing() {
        Cohort home = fullCohort("C1", tr1, v1, f.firstSchedule(), 10); // trainer home D1, cohort D1
        Cohort empty = f.cohort("C2", "D2", tr1, null, null);
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTravel)
                .given(synced(facts(home, empty).toArray()))
                .penalizesBy(0);
    }

    @Test
    void venueRent_dailyCostTimesInPersonDays() {
        Cohort cohort = fullCohort("C1", tr1, v1, f.firstSchedule(), 10);
        // 1500 x 8
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueRent)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(12_000);
    }

    @Test
    void venueRent_noVenueOrEmptyCohort_doesNotFire() {
        Cohort noVenue = fullCohort("C1", tr1, null, f.firstSchedule(), 10);
        Cohort empty = f.cohort("C2", "D1", tr1, v1, f.firstSchedule());
        constraintVerifier.verifyThat(CohortPlannerConstraints::venueRent)
                .given(synced(facts(noVenue, empty).toArray()))
                .penalizes(0);
    }

    @Test
    void teacherTravel_otherDistrict() {
        Cohort d2 = f.cohort("C1", "D2", tr1, venue("V2", "D2"), f.firstSchedule());
        Delegation d = place(f.delegation("DA", s1, 3), d2); // school in D1
        // per teacher: round(2 x 45.27 x 2 x 10) = 1811 + 1500 x 8 = 12000 -> 13811; x 3 teachers = 41433
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherTravel)
                .given(synced(d2, d))
                .penalizesBy(41_433);
    }

    @Test
    void travelPerDiems_daysOfTheSchedule() {
        Cohort d2 = f.cohort("C1", "D2", tr1, venue("V2", "D2"), schedule("X", 0, 1, 2, 3, 21, 22, 23));
        Delegation d = place(f.delegation("DA", s1, 3), d2);
        // per teacher: 1811 + 1500 x 7 = 12311; x 3 teachers = 36933
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherTravel)
                .given(synced(d2, d))
                .penalizesBy(36_933);
        // trainer: 1811 + 2500 x 7 = 19311
        constraintVerifier.verifyThat(CohortPlannerConstraints::trainerTravel)
                .given(synced(d2, d))
                .penalizesBy(19_311);
    }

    @Test
    void teacherTravel_cohortWhoseDatesCanChangeTheirNumberOfDays() {
        // custom dates of a plan read back widen the cohort's schedules; each delegation is told of its cohort's dates
        Cohort d2 = f.cohort("C1", "D2");
        d2.restore(tr1, venue("V2", "D2"), readBack(0, 1, 2, 3, 21, 22, 23), null);
        Delegation d = place(f.delegation("DA", s1, 3), d2);
        // as above, 36933 for 7 days; 41433 for the 8 days of a standard layout
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherTravel)
                .given(synced(d2, d))
                .penalizesBy(36_933);
        d2.setSchedule(f.firstSchedule());
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherTravel)
                .given(synced(d2, d))
                .penalizesBy(41_433);
    }

    @Test
    void teacherTravel_sameDistrict_costsNothing() {
        Cohort home = f.cohort("C1", "D1", tr1, v1, f.firstSchedule());
        Delegation d = place(f.delegation("DA", s1, 3), home);
        Delegation unplaced = f.delegation("DB", s2, 3);
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherTravel)
                .given(synced(home, d, unplaced))
                .penalizesBy(0);
    }

    @Test
    void substituteDays_termTime() {
        Cohort cohort = fullCohort("C1", tr1, v1, f.firstSchedule(), 5);
        // 8 term days x 5 teachers x 1200
        constraintVerifier.verifyThat(CohortPlannerConstraints::substituteDays)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(48_000);
    }

    @Test
    void substituteDays_secondBlockInTheSchoolHoliday() {
        // days 63-66 in term, days 84-87 in the school holiday
        Cohort cohort = fullCohort("C1", tr1, v1, f.mathSchedule(LocalDate.of(2023, 5, 15)), 5);
        // 4 term days x 5 x 1200
        constraintVerifier.verifyThat(CohortPlannerConstraints::substituteDays)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(24_000);
    }

    @Test
    void substituteDays_scheduleInsideTheSchoolHoliday_costsNothing() {
        Cohort holiday = fullCohort("C1", tr1, v1, f.mathSchedule(LocalDate.of(2023, 6, 5)), 5);
        Cohort unscheduled = fullCohort("C2", tr1, v1, null, 5);
        Cohort empty = f.cohort("C3", "D1", tr1, v1, f.firstSchedule());
        constraintVerifier.verifyThat(CohortPlannerConstraints::substituteDays)
                .given(synced(facts(holiday, unscheduled, empty).toArray()))
                .penalizesBy(0);
    }

    // ************************************************************************
    // Soft: preferences
    // ************************************************************************

    @Test
    void schoolShareAway_teacherDaysAboveTheQuota() {
        SchoolQuota two = f.quota(s1, 2);
        Cohort a = f.cohort("C1", "D1", tr1, v1, schedule("X", 0, 1, 2, 3));
        Cohort b = f.cohort("C2", "D1", tr2, v2, schedule("Y", 2, 3, 4, 7));
        Delegation da = place(f.delegation("DA", s1, 2, two), a);
        Delegation db = place(f.delegation("DB", s1, 2, two), b);
        // days 2 and 3: 4 away, quota 2 -> 2 x 2 = 4; other days 2 away, within the quota; one match per school
        var assertion = constraintVerifier.verifyThat(CohortPlannerConstraints::schoolShareAway)
                .given(synced(a, b, da, db));
        assertion.penalizes(1);
        assertion.penalizesBy(4);
    }

    @Test
    void schoolShareAway_oneDelegationAboveTheQuota() {
        SchoolQuota two = f.quota(s1, 2);
        Cohort a = f.cohort("C1", "D1", tr1, v1, f.firstSchedule());
        Delegation da = place(f.delegation("DA", s1, 3, two), a);
        // 8 days x (3 - 2)
        constraintVerifier.verifyThat(CohortPlannerConstraints::schoolShareAway)
                .given(synced(a, da))
                .penalizesBy(8);
    }

    @Test
    void schoolShareAway_disjointDaysOrOtherSchools_doesNotFire() {
        SchoolQuota s1two = f.quota(s1, 2);
        SchoolQuota s2two = f.quota(s2, 2);
        Cohort a = f.cohort("C1", "D1", tr1, v1, f.firstSchedule());
        Cohort b = f.cohort("C2", "D1", tr2, v2, f.mathSchedule(START.plusDays(7)));
        Delegation da = place(f.delegation("DA", s1, 2, s1two), a);
        Delegation db = place(f.delegation("DB", s1, 2, s1two), b); // same school, other days
        Delegation dc = place(f.delegation("DC", s2, 2, s2two), a); // other school, same days
        constraintVerifier.verifyThat(CohortPlannerConstraints::schoolShareAway)
                .given(synced(a, b, da, db, dc))
                .penalizes(0);
    }

    @Test
    void schoolTeamSplit_cohortsBeyondTheFirst() {
        Cohort a = f.cohort("C1", "D1");
        Cohort b = f.cohort("C2", "D1");
        Cohort c = f.cohort("C3", "D1");
        Delegation d1 = place(f.delegation("DA", s1, 2), a);
        Delegation d2 = place(f.delegation("DB", s1, 2), a);
        Delegation d3 = place(f.delegation("DC", s1, 2), b);
        Delegation d4 = place(f.delegation("DD", s1, 2), c);
        // one team (S1, MATH, ky) over 3 cohorts: 3 - 1
        constraintVerifier.verifyThat(CohortPlannerConstraints::schoolTeamSplit)
                .given(synced(a, b, c, d1, d2, d3, d4))
                .penalizesBy(2);
    }

    @Test
    void schoolTeamSplit_teamTogetherOrDifferentTeams_doesNotFire() {
        Cohort a = f.cohort("C1", "D1");
        Cohort b = f.cohort("C2", "D1", "ru");
        Delegation d1 = place(f.delegation("DA", s1, 2), a);
        Delegation d2 = place(f.delegation("DB", s1, 2), a);
        // the same school's ru team is another team
        Delegation d3 = place(f.delegation("DC", s1, 2, MATH, "ru", DaySet.EMPTY, f.quota(s1, 18)), b);
        // an unplaced delegation of the team is not a cohort of its own
        Delegation d4 = f.delegation("DD", s1, 2);
        constraintVerifier.verifyThat(CohortPlannerConstraints::schoolTeamSplit)
                .given(synced(a, b, d1, d2, d3, d4))
                .penalizes(0);
    }

    @Test
    void cohortBelowIdeal_emptySeats() {
        Cohort cohort = fullCohort("C1", tr1, v1, f.firstSchedule(), 12);
        // ideal 20 - 12
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortBelowIdeal)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(8);
    }

    @Test
    void cohortBelowIdeal_atIdealOrEmpty_doesNotFire() {
        Cohort ideal = f.cohort("C1", "D1", tr1, v1, f.firstSchedule());
        place(f.delegation("DA", s1, 6), ideal);
        place(f.delegation("DB", s1, 6), ideal);
        place(f.delegation("DC", s2, 6), ideal);
        place(f.delegation("DD", s2, 2), ideal); // 20
        Cohort empty = f.cohort("C2", "D1");
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortBelowIdeal)
                .given(synced(facts(ideal, empty).toArray()))
                .penalizes(0);
    }

    @Test
    void lateCompletion_daysAfterTheTargetEndTimesSize() {
        ConstraintFixture early = new ConstraintFixture(LocalDate.of(2023, 4, 1)); // day 19
        Cohort cohort = early.cohort("C1", "D1", tr1, v1, early.firstSchedule()); // last day 24
        place(early.delegation("DA", s1, 6), cohort);
        // (24 - 19) days x 6 teachers
        constraintVerifier.verifyThat(CohortPlannerConstraints::lateCompletion)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(30);
    }

    @Test
    void lateCompletion_endingOnTheTargetOrNoTarget_doesNotFire() {
        ConstraintFixture onTime = new ConstraintFixture(LocalDate.of(2023, 4, 6)); // day 24
        Cohort a = onTime.cohort("C1", "D1", tr1, v1, onTime.firstSchedule()); // last day 24
        place(onTime.delegation("DA", s1, 6), a);
        Cohort unscheduled = onTime.cohort("C2", "D1", tr1, v1, null);
        place(onTime.delegation("DB", s1, 6), unscheduled);
        // no target end: the horizon end 2023-12-29, after every schedule
        Cohort b = f.cohort("C3", "D1", tr1, v1, f.mathSchedules.get(f.mathSchedules.size() - 1));
        place(f.delegation("DC", s1, 6), b);
        constraintVerifier.verifyThat(CohortPlannerConstraints::lateCompletion)
                .given(synced(facts(a, unscheduled, b).toArray()))
                .penalizes(0);
    }

    @Test
    void unevenWorkload_squareOfEachTrainersDays() {
        Cohort a = fullCohort("C1", tr1, v1, f.firstSchedule(), 10);
        Cohort b = fullCohort("C2", tr1, v1, f.mathSchedule(START.plusDays(7)), 10);
        Cohort c = fullCohort("C3", tr2, v2, f.firstSchedule(), 10);
        // TR1: (8 + 8)^2 = 256; TR2: 8^2 = 64
        constraintVerifier.verifyThat(CohortPlannerConstraints::unevenWorkload)
                .given(synced(facts(a, b, c).toArray()))
                .penalizesBy(320);
    }

    @Test
    void unevenWorkload_noTrainerOrEmptyCohort_doesNotFire() {
        Cohort noTrainer = fullCohort("C1", null, v1, f.firstSchedule(), 10);
        Cohort empty = f.cohort("C2", "D1", tr1, v1, f.firstSchedule());
        constraintVerifier.verifyThat(CohortPlannerConstraints::unevenWorkload)
                .given(synced(facts(noTrainer, empty).toArray()))
                .penalizes(0);
    }

    // ************************************************************************
    // Hard and soft: printed materials
    // ************************************************************************

    /** A running cohort of {@code size} teachers from a school of its district, whose kits come by {@code option}. */
    private Cohort kitted(String id, String districtId, Schedule schedule, int size, DeliveryOption option) {
        Cohort cohort = f.cohort(id, districtId, tr1, venue("V" + id, districtId), schedule);
        place(f.delegation("D-" + id, school("S-" + id, districtId), size), cohort);
        return deliver(cohort, option);
    }

    @Test
    void fixtureTripsAreTheLayoutsTheTestsAssume() {
        assertThat(mar27.firstDate()).isEqualTo(LocalDate.of(2023, 3, 27));
        assertThat(apr10.firstDate()).isEqualTo(LocalDate.of(2023, 4, 10));
        assertThat(apr17.firstDate()).isEqualTo(LocalDate.of(2023, 4, 17));
        assertThat(logistics.due(apr10.firstDate())).isEqualTo(LocalDate.of(2023, 4, 7));

        Vehicle truck = truck("T", 20, 60);
        DeliveryOption option = logistics.option(truck, ph1, 1);
        Cohort d2 = kitted("C1", "D2", apr10, 10, option);
        Cohort d3 = kitted("C2", "D3", apr10, 10, option);
        Trip trip = logistics.trip(d3.tripKey(), List.of(d3, d2));
        assertThat(trip.departure()).isEqualTo(LocalDate.of(2023, 4, 3));
        assertThat(trip.printWeek()).isEqualTo(new PrintWeek(ph1, LocalDate.of(2023, 3, 27), 30));
        assertThat(trip.stops()).extracting(Trip.TripStop::districtId).containsExactly("D2", "D3");
        // 60 min = exactly one day's driving: arrives the day it leaves; 260 min = 4.3 days of 60 min: the
        // fifth day (+4); home at 520 min = 8.7 days: the ninth day (+8)
        assertThat(trip.stops()).extracting(Trip.TripStop::arrival)
                .containsExactly(LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 7));
        assertThat(trip.returnDate()).isEqualTo(LocalDate.of(2023, 4, 11));
        assertThat(trip.km()).isCloseTo(390.54, offset(1e-9));
        assertThat(trip.kits()).isEqualTo(20);

        // loaded in D3, the truck goes on to the nearer D2 (200 min) before D1 (260 min), not in id order
        PrintHouse ph3 = printHouse("PH3", "D3", 30);
        DeliveryOption fromD3 = logistics.option(truck, ph3, 1);
        Cohort d1 = kitted("C3", "D1", apr10, 10, fromD3);
        Cohort d2b = kitted("C4", "D2", apr10, 10, fromD3);
        Trip viaD3 = logistics.trip(d1.tripKey(), List.of(d1, d2b));
        assertThat(viaD3.stops()).extracting(Trip.TripStop::districtId).containsExactly("D2", "D1");
        // D2 at 460 / 60 = 7 days, D1 at 520 / 60 = 8 days
        assertThat(viaD3.stops()).extracting(Trip.TripStop::arrival)
                .containsExactly(LocalDate.of(2023, 4, 10), LocalDate.of(2023, 4, 11));
        assertThat(viaD3.km()).isCloseTo(390.54, offset(1e-9));
    }

    @Test
    void kitsLate_daysAfterTheDueDay() {
        Cohort cohort = kitted("C1", "D3", apr10, 10, logistics.option(truck("T", 20, 40), ph1, 1));
        // leaves 2023-04-03; D3 at 260 / 40 = 6 days (6.5, floored) -> 2023-04-09; due 2023-04-07 -> 2 days
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsLate)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(2);
    }

    @Test
    void kitsLate_arrivingOnTheDueDay_doesNotFire() {
        // D3 at 260 / 60 = 4 days -> 2023-04-07, the due day itself
        Cohort cohort = kitted("C1", "D3", apr10, 10, logistics.option(truck("T", 20, 60), ph1, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsLate)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    @Test
    void kitsLate_eachCohortOfASharedTripAgainstItsOwnDueDay() {
        Vehicle truck = truck("T", 40, 40);
        // all three leave 2023-04-03: 2023-04-10 with lead 1, 2023-04-17 with lead 2
        Cohort d2 = kitted("C1", "D2", apr10, 10, logistics.option(truck, ph1, 1));
        Cohort d3 = kitted("C2", "D3", apr10, 10, logistics.option(truck, ph1, 1));
        Cohort d3Later = kitted("C3", "D3", apr17, 10, logistics.option(truck, ph1, 2));
        // D2 at 60 / 40 = 1 day (2023-04-04, due 04-07): on time; D3 at 260 / 40 = 6 days (2023-04-09):
        // C2 due 04-07 -> 2 days late, C3 due 04-14 -> on time
        var assertion = constraintVerifier.verifyThat(CohortPlannerConstraints::kitsLate)
                .given(synced(facts(d2, d3, d3Later).toArray()));
        assertion.penalizes(1);
        assertion.penalizesBy(2);
    }

    @Test
    void hubOfAnotherDistrict_receivesTheKits() {
        Logistics viaD2 = f.logistics(hub("D2", "D2", "D3"));
        Cohort cohort = kitted("C1", "D3", apr10, 10, viaD2.option(truck("T", 20, 40), ph1, 1));
        assertThat(cohort.hubDistrictId()).isEqualTo("D2");
        // the truck stops at D2 only: 60 / 40 = 1 day -> 2023-04-04, not D3 on 04-09 (2 days late)
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsLate)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
        // D1 -> D2 -> D1: 90.54 km x 10 = 905.4 -> 905, not 3905 for D3
        constraintVerifier.verifyThat(CohortPlannerConstraints::trucking)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(905);
    }

    @Test
    void truckOverCapacity_kitsOfASharedTripAreSummed() {
        DeliveryOption option = logistics.option(truck("T", 20, 540), ph1, 1);
        Cohort a = kitted("C1", "D1", apr10, 12, option);
        Cohort b = kitted("C2", "D2", apr10, 10, option);
        // 12 + 10 kits on one trip, capacity 20
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckOverCapacity)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(2);
    }

    @Test
    void truckOverCapacity_exactlyFullOrSeparateTrips_doesNotFire() {
        Vehicle truck = truck("T", 20, 540);
        Cohort a = kitted("C1", "D1", apr10, 12, logistics.option(truck, ph1, 1));
        Cohort b = kitted("C2", "D2", apr10, 8, logistics.option(truck, ph1, 1)); // 12 + 8 = 20
        // 12 each on the trips leaving 2023-03-27 and 2023-03-20
        Cohort c = kitted("C3", "D1", apr10, 12, logistics.option(truck, ph1, 2));
        Cohort d = kitted("C4", "D1", apr10, 12, logistics.option(truck, ph1, 3));
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckOverCapacity)
                .given(synced(facts(a, b, c, d).toArray()))
                .penalizes(0);
    }

    @Test
    void truckUnavailable_daysOnTheRoad() {
        Vehicle truck = truck("T", 20, 120, new DateRange(LocalDate.of(2023, 4, 6), LocalDate.of(2023, 4, 10)));
        Cohort cohort = kitted("C1", "D3", apr10, 10, logistics.option(truck, ph1, 1));
        // leaves 2023-04-03, home at 520 / 120 = 4 days -> 2023-04-07; unavailable 04-06 and 04-07 of the trip
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckUnavailable)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(2);
    }

    @Test
    void truckUnavailable_theDayBeforeAndTheDaysAfterTheTrip_doesNotFire() {
        Vehicle truck = truck("T", 20, 120, DateRange.day(LocalDate.of(2023, 4, 2)),
                new DateRange(LocalDate.of(2023, 4, 8), LocalDate.of(2023, 4, 9)));
        // on the road 2023-04-03..07
        Cohort cohort = kitted("C1", "D3", apr10, 10, logistics.option(truck, ph1, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckUnavailable)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    @Test
    void truckDoubleBooked_nextTripLeavesBeforeTheTruckIsBack() {
        Vehicle truck = truck("T", 20, 60);
        // leaves 2023-04-03, home at 520 / 60 = 8 days -> 2023-04-11; the next trip leaves 2023-04-10
        Cohort a = kitted("C1", "D3", apr10, 10, logistics.option(truck, ph1, 1));
        Cohort b = kitted("C2", "D3", apr17, 10, logistics.option(truck, ph1, 1));
        // both on the road 2023-04-10 and 04-11
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckDoubleBooked)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(2);
    }

    @Test
    void truckDoubleBooked_sameDayFromTwoPrintHouses() {
        Vehicle truck = truck("T", 20, 120);
        PrintHouse ph2 = printHouse("PH2", "D2", 30);
        // both leave 2023-04-03 and are home at 520 / 120 = 4 days, 2023-04-07
        Cohort a = kitted("C1", "D3", apr10, 10, logistics.option(truck, ph1, 1));
        Cohort b = kitted("C2", "D3", apr10, 10, logistics.option(truck, ph2, 1));
        // 2023-04-03..07
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckDoubleBooked)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(5);
    }

    @Test
    void truckDoubleBooked_twoShortTripsInOneWeek_doNotOverlap() {
        Vehicle truck = truck("T", 20, 540);
        // 520 minutes of driving: back on the day it leaves; Monday and Wednesday 2023-04-03 and 04-05
        Cohort monday = kitted("C1", "D3", apr10, 10, logistics.option(truck, ph1, 1, 0));
        Cohort wednesday = kitted("C2", "D3", apr10, 10, logistics.option(truck, ph1, 1, 2));
        assertThat(wednesday.tripKey().departure()).isEqualTo(LocalDate.of(2023, 4, 5));
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckDoubleBooked)
                .given(synced(facts(monday, wednesday).toArray()))
                .penalizes(0);
    }

    @Test
    void truckDoubleBooked_twoTripsOnOneDay() {
        Vehicle truck = truck("T", 20, 540);
        PrintHouse ph2 = printHouse("PH2", "D2", 30);
        Cohort a = kitted("C1", "D3", apr10, 10, logistics.option(truck, ph1, 1, 2));
        Cohort b = kitted("C2", "D3", apr10, 10, logistics.option(truck, ph2, 1, 2));
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckDoubleBooked)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(1);
    }

    @Test
    void truckDoubleBooked_backTheDayBeforeOrAnotherTruck_doesNotFire() {
        Vehicle truck = truck("T", 20, 75);
        // leaves 2023-04-03, home at 520 / 75 = 6 days (6.9) -> Sunday 2023-04-09; the next trip leaves 04-10
        Cohort a = kitted("C1", "D3", apr10, 10, logistics.option(truck, ph1, 1));
        Cohort b = kitted("C2", "D3", apr17, 10, logistics.option(truck, ph1, 1));
        Cohort other = kitted("C3", "D3", apr10, 10, logistics.option(truck("T2", 20, 75), ph1, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckDoubleBooked)
                .given(synced(facts(a, b, other).toArray()))
                .penalizes(0);
    }

    @Test
    void printWeekOverCapacity_twoTrucksLoadingTheSameWeek() {
        Cohort a = kitted("C1", "D1", apr10, 16, logistics.option(truck("T1", 20, 540), ph1, 1));
        Cohort b = kitted("C2", "D1", apr10, 16, logistics.option(truck("T2", 20, 540), ph1, 1));
        // both printed in the week of 2023-03-27: 16 + 16 - 30
        constraintVerifier.verifyThat(CohortPlannerConstraints::printWeekOverCapacity)
                .given(synced(facts(a, b).toArray()))
                .penalizesBy(2);
    }

    @Test
    void printWeekOverCapacity_exactlyFullOrAnotherWeek_doesNotFire() {
        Vehicle t1 = truck("T1", 20, 540);
        Cohort a = kitted("C1", "D1", apr10, 15, logistics.option(t1, ph1, 1));
        Cohort b = kitted("C2", "D1", apr10, 15, logistics.option(truck("T2", 20, 540), ph1, 1));
        // leaves 2023-04-10: printed in the week of 2023-04-03
        Cohort c = kitted("C3", "D1", apr17, 15, logistics.option(t1, ph1, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::printWeekOverCapacity)
                .given(synced(facts(a, b, c).toArray()))
                .penalizes(0);
    }

    @Test
    void printWeekOverCapacity_beforeTheProgrammeStarts() {
        // leaves 2023-03-13: printed in the week of 2023-03-06, before the programme, capacity 0
        Cohort cohort = kitted("C1", "D1", mar27, 10, logistics.option(truck("T", 20, 540), ph1, 2));
        constraintVerifier.verifyThat(CohortPlannerConstraints::printWeekOverCapacity)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(10);
    }

    @Test
    void printWeekOverCapacity_inTheFirstWeekOfTheProgramme_doesNotFire() {
        // leaves 2023-03-20: printed in the week of 2023-03-13, the programme's first Monday
        Cohort cohort = kitted("C1", "D1", mar27, 10, logistics.option(truck("T", 20, 540), ph1, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::printWeekOverCapacity)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    @Test
    void printWeekOverCapacity_houseClosedOnADayOfThePrintWeek() {
        // Sunday 2023-04-02 closes the whole print week 2023-03-27..04-02
        PrintHouse closed = printHouse("PHC", "D1", 30, DateRange.day(LocalDate.of(2023, 4, 2)));
        Cohort cohort = kitted("C1", "D1", apr10, 10, logistics.option(truck("T", 20, 540), closed, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::printWeekOverCapacity)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(10);
    }

    @Test
    void printWeekOverCapacity_houseClosedTheDayBeforeThePrintWeek_doesNotFire() {
        PrintHouse closed = printHouse("PHC", "D1", 30, DateRange.day(LocalDate.of(2023, 3, 26)));
        Cohort cohort = kitted("C1", "D1", apr10, 10, logistics.option(truck("T", 20, 540), closed, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::printWeekOverCapacity)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    @Test
    void kitsLanguageNotPrinted_eachKit() {
        Cohort russian = f.cohort("C1", "D1", "ru");
        russian.setTrainer(tr1);
        russian.setVenue(v1);
        russian.setSchedule(apr10);
        place(f.delegation("DA", s1, 10, MATH, "ru", DaySet.EMPTY, f.quota(s1, 18)), russian);
        // PH1 prints ky only: 10 kits
        deliver(russian, logistics.option(truck("T", 20, 540), ph1, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsLanguageNotPrinted)
                .given(synced(facts(russian).toArray()))
                .penalizesBy(10);
    }

    @Test
    void kitsLanguageNotPrinted_languagePrintedOrEmptyCohort_doesNotFire() {
        Cohort kyrgyz = kitted("C1", "D1", apr10, 10, logistics.option(truck("T", 20, 540), ph1, 1));
        Cohort empty = deliver(f.cohort("C2", "D1", "ru"), logistics.option(truck("T", 20, 540), ph1, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsLanguageNotPrinted)
                .given(synced(facts(kyrgyz, empty).toArray()))
                .penalizes(0);
    }

    @Test
    void kitsLeadOutsideOptions_weeksBeyondOneToThree() {
        Vehicle truck = truck("T", 20, 540);
        Cohort fiveWeeks = kitted("C1", "D1", apr17, 10, logistics.option(truck, ph1, 5));
        Cohort noLead = kitted("C2", "D1", apr17, 10, logistics.option(truck, ph1, 0));
        // 5 - 3 = 2 and 1 - 0 = 1
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsLeadOutsideOptions)
                .given(synced(facts(fiveWeeks, noLead).toArray()))
                .penalizesBy(3);
    }

    @Test
    void kitsLeadOutsideOptions_everyLeadOffered_doesNotFire() {
        Vehicle truck = truck("T", 20, 540);
        assertThat(logistics.optionsFor(KY, List.of(ph1), List.of(truck)))
                .extracting(DeliveryOption::leadWeeks).containsOnly(1, 2, 3).hasSize(3 * Logistics.DEPARTURE_DAYS);
        Cohort one = kitted("C1", "D1", apr17, 10, logistics.option(truck, ph1, 1));
        Cohort three = kitted("C2", "D1", apr17, 10, logistics.option(truck, ph1, 3));
        Cohort empty = deliver(f.cohort("C3", "D1"), logistics.option(truck, ph1, 7));
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsLeadOutsideOptions)
                .given(synced(facts(one, three, empty).toArray()))
                .penalizes(0);
    }

    @Test
    void trucking_sharedTripIsDrivenOnce() {
        Vehicle truck = truck("T", 40, 540);
        Cohort d2 = kitted("C1", "D2", apr10, 10, logistics.option(truck, ph1, 1));
        Cohort d3 = kitted("C2", "D3", apr10, 10, logistics.option(truck, ph1, 1));
        Cohort d3Earlier = kitted("C3", "D3", apr10, 10, logistics.option(truck, ph1, 2));
        // C1 and C2: D1 -> D2 -> D3 -> D1, 390.54 km x 10 = 3905.4 -> 3905 (not 905 + 3905 apart);
        // C3 alone leaves a week earlier: D1 -> D3 -> D1, also 390.54 km -> 3905
        var assertion = constraintVerifier.verifyThat(CohortPlannerConstraints::trucking)
                .given(synced(facts(d2, d3, d3Earlier).toArray()));
        assertion.penalizes(2);
        assertion.penalizesBy(7810);
    }

    @Test
    void trucking_hubNextToTheDepotAndPrintHouse_costsNothing() {
        // depot, print house and hub all in D1: 0 km
        Cohort cohort = kitted("C1", "D1", apr10, 10, logistics.option(truck("T", 20, 540), ph1, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::trucking)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(0);
    }

    @Test
    void truckTrips_oneCostPerTrip() {
        Vehicle truck = truck("T", 40, 540);
        // C1 (2023-04-10, lead 1) and C2 (2023-04-17, lead 2) both leave 2023-04-03; C3 leaves 2023-03-27
        Cohort a = kitted("C1", "D1", apr10, 10, logistics.option(truck, ph1, 1));
        Cohort b = kitted("C2", "D2", apr17, 10, logistics.option(truck, ph1, 2));
        Cohort c = kitted("C3", "D1", apr10, 10, logistics.option(truck, ph1, 2));
        // 2 trips x 2000
        var assertion = constraintVerifier.verifyThat(CohortPlannerConstraints::truckTrips)
                .given(synced(facts(a, b, c).toArray()));
        assertion.penalizes(2);
        assertion.penalizesBy(4000);
    }

    @Test
    void truckTrips_cohortsThatMakeNoTrip_doNotFire() {
        DeliveryOption option = logistics.option(truck("T", 20, 540), ph1, 1);
        Cohort unscheduled = kitted("C1", "D1", null, 10, option);
        Cohort empty = deliver(f.cohort("C2", "D1", tr1, v1, apr10), option);
        Cohort noOptions = fullCohort("C3", tr1, v2, apr10, 10);
        constraintVerifier.verifyThat(CohortPlannerConstraints::truckTrips)
                .given(synced(facts(unscheduled, empty, noOptions).toArray()))
                .penalizes(0);
    }

    @Test
    void cohortIncomplete_deliveryMissingWhenOptionsAreOffered() {
        Cohort cohort = fullCohort("C1", tr1, v1, apr10, 10);
        cohort.offerDeliveries(List.of(logistics.option(truck("T", 20, 540), ph1, 1)));
        // 1 missing (the delivery) x size 10
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortIncomplete)
                .given(synced(facts(cohort).toArray()))
                .penalizesBy(10);
    }

    @Test
    void cohortIncomplete_deliveryChosen_doesNotFire() {
        Cohort cohort = deliver(fullCohort("C1", tr1, v1, apr10, 10),
                logistics.option(truck("T", 20, 540), ph1, 1));
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortIncomplete)
                .given(synced(facts(cohort).toArray()))
                .penalizes(0);
    }

    // ************************************************************************
    // Whole plans and weight overrides
    // ************************************************************************

    /**
     * A problem of one school in D1 with 12 MATH/ky teachers (staff 60), one trainer and one venue in D1.
     * PlanFactory makes two delegations of 6 (the policy's delegation size) and two cohort slots in D1.
     */
    private static TrainingPlan planOfOneCohort(Policy policy) {
        return planOfOneCohort(problemOfOneCohort(policy));
    }

    private static TrainingProblem problemOfOneCohort(Policy policy) {
        School school = school("S1", "D1");
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            teachers.add(new Teacher("T" + i, "S1", MATH, KY, null, null, List.of()));
        }
        return new TrainingProblem(ConstraintFixture.programme(null), ConstraintFixture.CALENDAR,
                ConstraintFixture.DISTRICTS, ConstraintFixture.LINKS, List.of(school), teachers,
                List.of(trainer("TR1")), List.of(venue("V1", "D1")), List.of(TestProblems.course(MATH)), policy);
    }

    private static TrainingPlan planOfOneCohort(TrainingProblem problem) {
        TrainingPlan plan = PlanFactory.create(problem);
        assertThat(plan.getDelegations()).hasSize(2).allMatch(d -> d.getSize() == 6);
        Cohort cohort = plan.getCohorts().get(0);
        cohort.setTrainer(cohort.getQualifiedTrainers().get(0));
        cohort.setVenue(cohort.getDistrictVenues().get(0));
        cohort.setSchedule(cohort.getSchedules().get(0));
        assertThat(cohort.getSchedule().dayIndexes()).containsExactly(0, 1, 2, 3, 21, 22, 23, 24);
        for (Delegation delegation : plan.getDelegations()) {
            place(delegation, cohort);
        }
        return plan;
    }

    /*
     * The plan of one cohort of 12 breaks no hard rule and costs, in soft:
     *   trainer fees      3000 x 8                 =  24000
     *   trainer travel    at home                  =      0
     *   venue rent        1500 x 8                 =  12000
     *   teacher travel    same district            =      0
     *   substitute days   8 term days x 12 x 1200  = 115200
     *   share away        12 away, quota floor(0.3 x 60) = 18: none
     *   team split        one cohort               =      0
     *   below ideal       (20 - 12) x 2000         =  16000
     *   late completion   no target: horizon end   =      0
     *   uneven workload   8^2 x 10                 =    640
     *   total                                      = 167840
     */
    @Test
    void wholePlan_defaultWeights() {
        constraintVerifier.verifyThat()
                .givenSolution(planOfOneCohort(Policy.defaults()))
                .scores(HardMediumSoftLongScore.ofSoft(-167_840));
    }

    @Test
    void policyWeightOverride_zeroesARule() {
        Policy policy = TestProblems.policyWithWeights(Map.of(ConstraintNames.COHORT_BELOW_IDEAL, "0soft"));
        // 167840 - 16000 for the cohort below ideal size
        constraintVerifier.verifyThat()
                .givenSolution(planOfOneCohort(policy))
                .scores(HardMediumSoftLongScore.ofSoft(-151_840));
    }

    private static final List<BiFunction<CohortPlannerConstraints, ConstraintFactory, Constraint>> DELIVERY_RULES =
            List.of(CohortPlannerConstraints::kitsLate, CohortPlannerConstraints::truckOverCapacity,
                    CohortPlannerConstraints::truckUnavailable, CohortPlannerConstraints::truckDoubleBooked,
                    CohortPlannerConstraints::printWeekOverCapacity, CohortPlannerConstraints::trucking,
                    CohortPlannerConstraints::truckTrips);

    @Test
    void problemWithoutLogistics_noDeliveryRuleFiresAndNoDeliveryIsMissing() {
        TrainingPlan plan = planOfOneCohort(Policy.defaults());
        assertThat(plan.getCohorts()).allMatch(c -> c.getDeliveryOptions().isEmpty());
        for (var rule : DELIVERY_RULES) {
            constraintVerifier.verifyThat(rule).givenSolution(plan).penalizes(0);
        }
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortIncomplete)
                .givenSolution(plan)
                .penalizes(0);
    }

    private static TrainingProblem problemOfOneCohortWithLogistics() {
        return problemOfOneCohort(Policy.defaults())
                .withLogistics(List.of(printHouse("PH1", "D1", 30)), List.of(truck("T", 20, 540)), List.of());
    }

    @Test
    void problemWithLogistics_runningCohortWithoutDelivery_isIncomplete() {
        TrainingPlan plan = planOfOneCohort(problemOfOneCohortWithLogistics());
        // one print house x one truck x leads 1..3 x departures Monday..Friday
        assertThat(plan.getCohorts()).allMatch(c -> c.getDeliveryOptions().size() == 15);
        // 1 missing (the delivery) x 12 teachers; the empty cohort slot is not counted
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortIncomplete)
                .givenSolution(plan)
                .penalizesBy(12);
    }

    /*
     * The plan of one cohort of 12 as above, its kits on the D1 truck from the D1 print house with lead 1:
     * it leaves 2023-03-06 and reaches D1 the same day (0 km), before the due day 2023-03-10; 12 kits fit 20.
     *   hard: printed in the week of 2023-02-27, before the programme: 12 kits over capacity 0
     *   soft: 167840 + trucking 0 + one trip 2000 = 169840
     */
    @Test
    void wholePlan_withLogistics() {
        TrainingPlan plan = planOfOneCohort(problemOfOneCohortWithLogistics());
        Cohort cohort = plan.getCohorts().get(0);
        cohort.setDelivery(cohort.getDeliveryOptions().get(0));
        assertThat(cohort.getDelivery().leadWeeks()).isEqualTo(1);
        constraintVerifier.verifyThat()
                .givenSolution(plan)
                .scores(HardMediumSoftLongScore.of(-12, 0, -169_840));
    }
}
