package org.cohortplanner.problems.instances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problems.instances.ReferenceData.DistrictRow;
import org.cohortplanner.problems.instances.ReferenceData.LanguageRow;

/**
 * Schools and enrolled teachers of the reference instance.
 * <p>
 * Each track's total is split over the districts by their teacher estimates. The Russian-taught share of each
 * region follows its grade-1 places by language of instruction; Uzbek- and Tajik-medium teachers take the course
 * in Kyrgyz, except in Osh city, where they take it in Russian. Districts marked Kyrgyz-only get no Russian
 * teachers; their share goes to the region's other districts, so the region keeps its sourced share.
 */
final class ReferenceTeachers {

    static final Map<String, Integer> TEACHERS_PER_TRACK = trackTotals();
    /** Unit of languages.csv whose school counts stand for districts without counts of their own. */
    static final String NATIONAL_UNIT = "Kyrgyzstan";

    record Result(List<School> schools, List<Teacher> teachers) {
    }

    private ReferenceTeachers() {
    }

    private static Map<String, Integer> trackTotals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put(Tracks.PRIMARY, 4130);
        totals.put(Tracks.MATH, 1180);
        totals.put(Tracks.SCIENCE, 3540);
        return totals;
    }

    static Result build(ReferenceData data, LocalDate horizonStart, LocalDate horizonEnd, List<DateRange> examPeriods,
            RandomGenerator random) {
        List<DistrictRow> districts = data.districts();
        int[][] enrolled = enrolledPerDistrictAndTrack(districts);
        int[][] russian = russianPerDistrictAndTrack(data, enrolled);
        List<School> schools = new ArrayList<>();
        List<Teacher> teachers = new ArrayList<>();
        for (int d = 0; d < districts.size(); d++) {
            DistrictRow district = districts.get(d);
            List<SchoolDraft> drafts = schoolDrafts(data, district, schools.size(), random);
            placeTeachers(drafts, enrolled[d], russian[d], random);
            for (SchoolDraft draft : drafts) {
                schools.add(draft.toSchool());
                draft.slots.sort(Comparator.comparing((String[] slot) -> Tracks.ALL.indexOf(slot[0]))
                        .thenComparing(slot -> slot[1]));
                for (String[] slot : draft.slots) {
                    String id = String.format("T-%05d", teachers.size() + 1);
                    teachers.add(new Teacher(id, draft.id, slot[0], slot[1], TeacherTraits.skillLevel(random),
                            TeacherTraits.onlineAccess(random, poorAccessShare(district)),
                            unavailable(slot[0], horizonStart, horizonEnd, examPeriods, random)));
                }
            }
        }
        return new Result(schools, teachers);
    }

    /** Each track's total split over the districts in proportion to their teacher estimates. */
    static int[][] enrolledPerDistrictAndTrack(List<DistrictRow> districts) {
        double[] weights = districts.stream().mapToDouble(DistrictRow::teachers).toArray();
        int[][] enrolled = new int[districts.size()][Tracks.ALL.size()];
        for (int t = 0; t < Tracks.ALL.size(); t++) {
            int[] split = Apportion.largestRemainder(TEACHERS_PER_TRACK.get(Tracks.ALL.get(t)), weights);
            for (int d = 0; d < districts.size(); d++) {
                enrolled[d][t] = split[d];
            }
        }
        return enrolled;
    }

    /** Russian-taught teachers: the region's share of its track total, spread over its non-Kyrgyz-only districts. */
    static int[][] russianPerDistrictAndTrack(ReferenceData data, int[][] enrolled) {
        List<DistrictRow> districts = data.districts();
        int[][] russian = new int[districts.size()][Tracks.ALL.size()];
        for (String region : districts.stream().map(DistrictRow::region).distinct().toList()) {
            double share = russianShare(data.gradeOnePlaces(region));
            for (int t = 0; t < Tracks.ALL.size(); t++) {
                int regionTotal = 0;
                double[] weights = new double[districts.size()];
                for (int d = 0; d < districts.size(); d++) {
                    if (districts.get(d).region().equals(region)) {
                        regionTotal += enrolled[d][t];
                        weights[d] = districts.get(d).kyrgyzOnly() ? 0 : enrolled[d][t];
                    }
                }
                int[] split = Apportion.largestRemainder((int) Math.round(share * regionTotal), weights);
                for (int d = 0; d < districts.size(); d++) {
                    if (!districts.get(d).region().equals(region)) {
                        continue;
                    }
                    if (split[d] > enrolled[d][t]) {
                        throw new IllegalStateException("More Russian-taught than enrolled teachers in "
                                + districts.get(d).id());
                    }
                    russian[d][t] = split[d];
                }
            }
        }
        return russian;
    }

    /** Share of grade-1 places taught in Russian; Osh city's Uzbek-medium classes count as Russian. */
    static double russianShare(LanguageRow places) {
        int total = places.kyrgyz() + places.russian() + places.uzbek() + places.tajik();
        int russian = places.russian() + ("Osh city".equals(places.unit()) ? places.uzbek() : 0);
        return (double) russian / total;
    }

    private static double poorAccessShare(DistrictRow district) {
        if (district.kyrgyzOnly()) {
            return 0.20;
        }
        return district.name().endsWith("city") ? 0.02 : 0.06;
    }

    /** Leave for 2 % of teachers; exam duty in the exam seasons for 10 % of maths and science teachers. */
    private static List<DateRange> unavailable(String track, LocalDate horizonStart, LocalDate horizonEnd,
            List<DateRange> examPeriods, RandomGenerator random) {
        List<DateRange> unavailable = new ArrayList<>();
        if (random.nextDouble() < 0.02) {
            unavailable.add(TeacherTraits.leave(random, horizonStart, horizonEnd));
        }
        if (!Tracks.PRIMARY.equals(track) && random.nextDouble() < 0.10) {
            unavailable.addAll(examPeriods);
        }
        return unavailable;
    }

    /** The district's schools, with staff and languages of instruction, before teachers are placed. */
    private static List<SchoolDraft> schoolDrafts(ReferenceData data, DistrictRow district, int schoolsSoFar,
            RandomGenerator random) {
        LanguageRow mix = data.languages().stream()
                .filter(row -> row.isSchoolCount() && row.unit().equals(district.name()))
                .findFirst()
                .orElseGet(() -> data.schoolCounts(NATIONAL_UNIT));
        WeightedChoice languageChoice = new WeightedChoice(
                new double[] {mix.kyrgyz(), mix.russian(), mix.mixed()});
        double[] staffWeights = new double[district.schools()];
        for (int s = 0; s < staffWeights.length; s++) {
            staffWeights[s] = Math.exp(0.45 * random.nextGaussian());
        }
        int[] staff = Apportion.largestRemainder(district.teachers(), staffWeights);
        List<SchoolDraft> drafts = new ArrayList<>();
        for (int s = 0; s < district.schools(); s++) {
            Set<String> languages = new TreeSet<>();
            int choice = languageChoice.next(random);
            if (district.kyrgyzOnly() || choice != 1) {
                languages.add(Tracks.KYRGYZ);
            }
            if (!district.kyrgyzOnly() && choice != 0) {
                languages.add(Tracks.RUSSIAN);
            }
            String id = String.format("SCH-%04d", schoolsSoFar + s + 1);
            drafts.add(new SchoolDraft(id, district.name() + " school No. " + (s + 1), district.id(), languages,
                    Math.max(10, staff[s])));
        }
        return drafts;
    }

    /** Places each teacher at a school teaching in the teacher's language, bigger schools more likely. */
    private static void placeTeachers(List<SchoolDraft> drafts, int[] enrolled, int[] russian,
            RandomGenerator random) {
        for (String language : Tracks.LANGUAGES) {
            int[] counts = new int[Tracks.ALL.size()];
            for (int t = 0; t < counts.length; t++) {
                counts[t] = Tracks.RUSSIAN.equals(language) ? russian[t] : enrolled[t] - russian[t];
            }
            if (Arrays.stream(counts).sum() == 0) {
                continue;
            }
            ensureSomeSchoolTeaches(drafts, language);
            double[] weights = drafts.stream()
                    .mapToDouble(draft -> draft.languages.contains(language) ? draft.staff : 0)
                    .toArray();
            WeightedChoice schoolChoice = new WeightedChoice(weights);
            for (int t = 0; t < Tracks.ALL.size(); t++) {
                for (int i = 0; i < counts[t]; i++) {
                    drafts.get(schoolChoice.next(random)).slots.add(new String[] {Tracks.ALL.get(t), language});
                }
            }
        }
    }

    private static void ensureSomeSchoolTeaches(List<SchoolDraft> drafts, String language) {
        if (drafts.stream().noneMatch(draft -> draft.languages.contains(language))) {
            drafts.stream().max(Comparator.comparingInt(draft -> draft.staff))
                    .ifPresent(largest -> largest.languages.add(language));
        }
    }

    private static final class SchoolDraft {
        final String id;
        final String name;
        final String districtId;
        final Set<String> languages;
        final int staff;
        final List<String[]> slots = new ArrayList<>();

        SchoolDraft(String id, String name, String districtId, Set<String> languages, int staff) {
            this.id = id;
            this.name = name;
            this.districtId = districtId;
            this.languages = languages;
            this.staff = staff;
        }

        /** Its languages are those its enrolled teachers train in; a school with nobody enrolled keeps its own. */
        School toSchool() {
            Set<String> used = new TreeSet<>();
            slots.forEach(slot -> used.add(slot[1]));
            return new School(id, name, districtId, Tracks.sortedSet(used.isEmpty() ? languages : used),
                    Math.max(staff, slots.size()));
        }
    }
}
