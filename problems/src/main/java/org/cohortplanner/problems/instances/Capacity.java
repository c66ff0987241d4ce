package org.cohortplanner.problems.instances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;

/**
 * Trainer-days a problem needs and offers, per track and language: the arithmetic behind "feasible by
 * construction".
 * <p>
 * Needed days count the cohorts each pool of teachers fills at the ideal size, rounded up per pool, times the
 * course's in-person days (one trainer teaches a cohort). Pooling by district is the cautious count (no teacher
 * travels); pooling by region assumes every teacher reaches a venue of the region's hub.
 */
public final class Capacity {

    /** One track taught in one language. */
    public record TrackLanguage(String track, String language) implements Comparable<TrackLanguage> {

        @Override
        public int compareTo(TrackLanguage other) {
            int byRank = Integer.compare(rank(track), rank(other.track));
            if (byRank != 0) {
                return byRank;
            }
            int byTrack = track.compareTo(other.track);
            return byTrack != 0 ? byTrack : language.compareTo(other.language);
        }

        private static int rank(String track) {
            int index = Tracks.ALL.indexOf(track);
            return index < 0 ? Tracks.ALL.size() : index;
        }

        @Override
        public String toString() {
            return track + "/" + language;
        }
    }

    private Capacity() {
    }

    public static Map<TrackLanguage, Integer> neededTrainerDaysByDistrict(TrainingProblem problem) {
        Map<String, String> districtBySchool = districtBySchool(problem.schools());
        return neededTrainerDays(problem.teachers(), teacher -> districtBySchool.get(teacher.schoolId()),
                problem.courses());
    }

    public static Map<TrackLanguage, Integer> neededTrainerDaysByRegion(TrainingProblem problem) {
        Map<String, String> districtBySchool = districtBySchool(problem.schools());
        Map<String, String> regionByDistrict = new HashMap<>();
        for (District district : problem.districts()) {
            regionByDistrict.put(district.id(), district.region());
        }
        return neededTrainerDays(problem.teachers(),
                teacher -> regionByDistrict.get(districtBySchool.get(teacher.schoolId())), problem.courses());
    }

    /** Trainer-days needed per track and language when the teachers are grouped into pools by {@code pool}. */
    public static Map<TrackLanguage, Integer> neededTrainerDays(Collection<Teacher> teachers,
            Function<Teacher, String> pool, List<Course> courses) {
        Map<TrackLanguage, Map<String, Integer>> teachersByPool = new TreeMap<>();
        for (Teacher teacher : teachers) {
            teachersByPool.computeIfAbsent(new TrackLanguage(teacher.track(), teacher.language()), k -> new HashMap<>())
                    .merge(pool.apply(teacher), 1, Integer::sum);
        }
        Map<String, Course> courseByTrack = courseByTrack(courses);
        Map<TrackLanguage, Integer> needed = new TreeMap<>();
        teachersByPool.forEach((trackLanguage, pools) -> {
            Course course = courseByTrack.get(trackLanguage.track());
            int cohorts = 0;
            for (int size : pools.values()) {
                cohorts += (size + course.idealSize() - 1) / course.idealSize();
            }
            needed.put(trackLanguage, cohorts * course.inPersonDays());
        });
        return needed;
    }

    /**
     * Teaching days each track and language can get: every qualified trainer's days count in full, so a trainer
     * of two tracks counts for both.
     */
    public static Map<TrackLanguage, Integer> availableTrainerDays(TrainingProblem problem) {
        ProgrammeCalendar calendar = ProgrammeCalendar.of(problem.programme(), problem.calendar());
        Map<TrackLanguage, Integer> available = new TreeMap<>();
        for (Trainer trainer : problem.trainers()) {
            int days = trainerDays(trainer, calendar);
            for (String track : trainer.tracks()) {
                for (String language : trainer.languages()) {
                    available.merge(new TrackLanguage(track, language), days, Integer::sum);
                }
            }
        }
        return available;
    }

    /** Working days from the trainer's ready date to the horizon end, off leave, at most the trainer's maximum. */
    public static int trainerDays(Trainer trainer, ProgrammeCalendar calendar) {
        int days = 0;
        LocalDate from = trainer.readyFrom() == null ? calendar.horizonStart() : trainer.readyFrom();
        for (LocalDate day = from; !day.isAfter(calendar.horizonEnd()); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day) && trainer.isAvailableOn(day)) {
                days++;
            }
        }
        return Math.min(days, trainer.maxDays());
    }

    /** The track and language pairs in which some teacher is enrolled, in a fixed order. */
    public static List<TrackLanguage> demanded(Collection<Teacher> teachers) {
        Map<TrackLanguage, Boolean> seen = new TreeMap<>();
        for (Teacher teacher : teachers) {
            seen.put(new TrackLanguage(teacher.track(), teacher.language()), true);
        }
        return new ArrayList<>(seen.keySet());
    }

    static Map<String, Course> courseByTrack(List<Course> courses) {
        Map<String, Course> byTrack = new HashMap<>();
        for (Course course : courses) {
            byTrack.put(course.track(), course);
        }
        return byTrack;
    }

    private static Map<String, String> districtBySchool(List<School> schools) {
        Map<String, String> districtBySchool = new HashMap<>();
        for (School school : schools) {
            districtBySchool.put(school.id(), school.districtId());
        }
        return districtBySchool;
    }
}
