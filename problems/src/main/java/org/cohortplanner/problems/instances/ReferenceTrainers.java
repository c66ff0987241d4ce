package org.cohortplanner.problems.instances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problems.instances.Capacity.TrackLanguage;

/**
 * The 60 trainers of the reference instance.
 * <p>
 * Each trainer has a main track and language; the 60 are split over the track-language pairs in proportion to the
 * trainer-days each needs (cautious count, by district), at least two per pair. On top, many Russian-taught
 * trainers also teach in Kyrgyz, some Kyrgyz-taught ones in Russian, some maths trainers science and some science
 * trainers maths. Home districts are drawn in proportion to the teachers of the main language.
 */
final class ReferenceTrainers {

    static final int TRAINERS = 60;
    static final int MAX_DAYS = 120;
    /** Training of trainers: first wave 13 March - 7 April 2023, second wave 10 - 28 April 2023. */
    static final LocalDate FIRST_WAVE_READY = LocalDate.of(2023, 4, 10);
    static final LocalDate SECOND_WAVE_READY = LocalDate.of(2023, 5, 2);
    /** Two weeks of summer leave start on one of the Mondays from here. */
    static final LocalDate FIRST_LEAVE_MONDAY = LocalDate.of(2023, 7, 3);
    static final int LEAVE_MONDAYS = 7;

    private ReferenceTrainers() {
    }

    static List<Trainer> build(List<District> districts, List<School> schools, List<Teacher> teachers,
            List<Course> courses, RandomGenerator random) {
        Map<String, String> districtBySchool = new HashMap<>();
        schools.forEach(school -> districtBySchool.put(school.id(), school.districtId()));
        Map<TrackLanguage, Integer> needed = Capacity.neededTrainerDays(teachers,
                teacher -> districtBySchool.get(teacher.schoolId()), courses);
        List<TrackLanguage> pairs = new ArrayList<>(needed.keySet());
        int[] quotas = Apportion.withMinimum(TRAINERS,
                pairs.stream().mapToDouble(needed::get).toArray(), 2);
        Map<String, WeightedChoice> homeByLanguage = homeChoices(districts, teachers, districtBySchool);

        List<Trainer> trainers = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            TrackLanguage main = pairs.get(p);
            for (int i = 0; i < quotas[p]; i++) {
                String id = String.format("TR-%02d", trainers.size() + 1);
                String home = districts.get(homeByLanguage.get(main.language()).next(random)).id();
                LocalDate ready = trainers.size() % 5 < 3 ? FIRST_WAVE_READY : SECOND_WAVE_READY;
                LocalDate leaveStart = FIRST_LEAVE_MONDAY.plusWeeks(random.nextInt(LEAVE_MONDAYS));
                List<DateRange> leave = List.of(new DateRange(leaveStart, leaveStart.plusDays(13)));
                long dailyFee = 3000 + 250L * random.nextInt(7);
                trainers.add(new Trainer(id, Names.person(random), home, languages(main, random),
                        tracks(main, random), ready, leave, MAX_DAYS, dailyFee));
            }
        }
        return trainers;
    }

    private static Set<String> languages(TrackLanguage main, RandomGenerator random) {
        Set<String> languages = new TreeSet<>(Set.of(main.language()));
        double bilingual = Tracks.RUSSIAN.equals(main.language()) ? 0.60 : 0.20;
        if (random.nextDouble() < bilingual) {
            languages.add(Tracks.otherLanguage(main.language()));
        }
        return Tracks.sortedSet(languages);
    }

    private static Set<String> tracks(TrackLanguage main, RandomGenerator random) {
        Set<String> tracks = new TreeSet<>(Set.of(main.track()));
        double draw = random.nextDouble();
        if (Tracks.MATH.equals(main.track()) && draw < 0.40) {
            tracks.add(Tracks.SCIENCE);
        } else if (Tracks.SCIENCE.equals(main.track()) && draw < 0.20) {
            tracks.add(Tracks.MATH);
        }
        return Tracks.sortedSet(tracks);
    }

    private static Map<String, WeightedChoice> homeChoices(List<District> districts, List<Teacher> teachers,
            Map<String, String> districtBySchool) {
        Map<String, Integer> indexById = new HashMap<>();
        for (int d = 0; d < districts.size(); d++) {
            indexById.put(districts.get(d).id(), d);
        }
        Map<String, WeightedChoice> choices = new HashMap<>();
        for (String language : Tracks.LANGUAGES) {
            double[] weights = new double[districts.size()];
            for (Teacher teacher : teachers) {
                if (teacher.language().equals(language)) {
                    weights[indexById.get(districtBySchool.get(teacher.schoolId()))]++;
                }
            }
            choices.put(language, new WeightedChoice(weights));
        }
        return choices;
    }
}
