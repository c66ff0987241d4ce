package org.cohortplanner.plan;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

import org.cohortplanner.calendar.DaySet;
import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.geography.Route;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;

/**
 * Teachers of one school, track and language with the same unavailable days, placed together. Grouping
 * interchangeable teachers keeps school teams together and shrinks the search space; a delegation never
 * exceeds the school's quota of teachers away at once.
 */
@PlanningEntity(comparatorClass = DelegationDifficulty.class)
public class Delegation {

    @PlanningId
    private String id;
    private School school;
    private String track;
    private String language;
    private List<Teacher> teachers;
    private DaySet unavailableDays;
    private SchoolTeam team;
    private SchoolQuota quota;
    private PlanningContext context;
    private List<Cohort> reachableCohorts;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "reachableCohorts")
    private Cohort cohort;

    /**
     * Its cohort's dates, null while it has none or no cohort. Rules about a delegation's days read this, so that a
     * change of the cohort's trainer or venue does not touch its delegations.
     */
    @ShadowVariable(variableListenerClass = CohortScheduleListener.class, sourceVariableName = "cohort")
    @ShadowVariable(variableListenerClass = CohortScheduleListener.class, sourceEntityClass = Cohort.class,
            sourceVariableName = "schedule")
    private Schedule cohortSchedule;

    @PlanningPin
    private boolean pinned;

    /** The cohort of the published plan when re-planning, null otherwise. */
    private Cohort publishedCohort;

    public Delegation() {
    }

    public Delegation(String id, School school, String track, String language, List<Teacher> teachers,
            DaySet unavailableDays, SchoolTeam team, SchoolQuota quota, PlanningContext context,
            List<Cohort> reachableCohorts) {
        this.id = id;
        this.school = school;
        this.track = track;
        this.language = language;
        this.teachers = List.copyOf(teachers);
        this.unavailableDays = unavailableDays;
        this.team = team;
        this.quota = quota;
        this.context = context;
        this.reachableCohorts = reachableCohorts;
    }

    public int getSize() {
        return teachers.size();
    }

    public String getDistrictId() {
        return school.districtId();
    }

    public Route routeTo(Cohort cohort) {
        return context.geography().route(school.districtId(), cohort.getDistrictId());
    }

    public int travelMinutes() {
        return routeTo(cohort).minutes();
    }

    public boolean isMismatched() {
        return !track.equals(cohort.getTrack()) || !language.equals(cohort.getLanguage());
    }

    /** Trips home and back for each block, and per diem when training outside the home district. */
    public long travelCost() {
        return travelCost(cohort.days());
    }

    /**
     * {@link #travelCost()} for the days of the dates this delegation was told of ({@link #getCohortSchedule()}):
     * the same inside the solver, and a change of the cohort's trainer or venue does not recompute it.
     */
    public long scheduledTravelCost() {
        return travelCost(cohortSchedule == null ? cohort.getCourse().inPersonDays() : cohortSchedule.dayCount());
    }

    private long travelCost(int days) {
        if (school.districtId().equals(cohort.getDistrictId())) {
            return 0L;
        }
        return getSize() * context.awayCost(routeTo(cohort), cohort.getCourse().blockDays().size(), days,
                context.policy().teacherPerDiem());
    }

    /** Teacher-days of the cohort's dates ({@link #getCohortSchedule()}) that these teachers cannot attend. */
    public int unavailableTeacherDays() {
        return cohortSchedule.days().countCommon(unavailableDays) * getSize();
    }

    @ValueRangeProvider(id = "reachableCohorts")
    public List<Cohort> getReachableCohorts() {
        return reachableCohorts;
    }

    public String getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getTrack() {
        return track;
    }

    public String getLanguage() {
        return language;
    }

    public List<Teacher> getTeachers() {
        return teachers;
    }

    public DaySet getUnavailableDays() {
        return unavailableDays;
    }

    public SchoolTeam getTeam() {
        return team;
    }

    public SchoolQuota getQuota() {
        return quota;
    }

    public PlanningContext getContext() {
        return context;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public void setCohort(Cohort cohort) {
        this.cohort = cohort;
    }

    public Schedule getCohortSchedule() {
        return cohortSchedule;
    }

    public void setCohortSchedule(Schedule cohortSchedule) {
        this.cohortSchedule = cohortSchedule;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /** Takes the current cohort as that of the published plan. */
    public void rememberPublished() {
        publishedCohort = cohort;
    }

    /** Whether these teachers had a cohort in the published plan and are now in another one or in none. */
    public boolean movedFromPublished() {
        return publishedCohort != null && cohort != publishedCohort;
    }

    public Cohort getPublishedCohort() {
        return publishedCohort;
    }

    @Override
    public String toString() {
        return id;
    }
}
