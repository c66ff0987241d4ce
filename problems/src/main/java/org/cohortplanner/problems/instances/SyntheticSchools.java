package org.cohortplanner.problems.instances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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

/**
 * Schools and teachers of a synthetic problem. Hubs weigh three times an ordinary district. Each track's total is
 * split over the districts; each region draws its Russian-taught share around the mean (or takes the share asked
 * for it) and applies it per track;
 * a Russian or Kyrgyz group of a region smaller than the course minimum joins the other language, so that every
 * group can fill a cohort. Schools enrol 20 to 40 teachers, mostly of one language.
 */
final class SyntheticSchools {

    static final double HUB_WEIGHT = 3.0;

    record Result(List<School> schools, List<Teacher> teachers) {
    }

    private SyntheticSchools() {
    }

    /**
     * @param russianShares the Russian-taught share of the first regions, in the order they first appear; the
     *        others draw theirs around {@code meanRussianShare}
     */
    static Result build(List<District> districts, int teacherCount, double[] trackShares, double meanRussianShare,
            List<Double> russianShares, List<Course> courses, LocalDate horizonStart, LocalDate horizonEnd,
            RandomGenerator random) {
        double[] districtWeights = new double[districts.size()];
        for (int d = 0; d < districts.size(); d++) {
            districtWeights[d] = districts.get(d).id().endsWith("-D01") ? HUB_WEIGHT : 0.5 + random.nextDouble();
        }
        int[] perTrack = Apportion.largestRemainder(teacherCount, trackShares);
        int[][] enrolled = new int[districts.size()][Tracks.ALL.size()];
        for (int t = 0; t < Tracks.ALL.size(); t++) {
            int[] split = Apportion.largestRemainder(perTrack[t], districtWeights);
            for (int d = 0; d < districts.size(); d++) {
                enrolled[d][t] = split[d];
            }
        }
        int[][] russian = russian(districts, enrolled, meanRussianShare, russianShares, courses, random);

        List<School> schools = new ArrayList<>();
        List<Teacher> teachers = new ArrayList<>();
        int idWidth = Math.max(5, String.valueOf(teacherCount).length());
        String teacherIdFormat = "T-%0" + idWidth + "d";
        for (int d = 0; d < districts.size(); d++) {
            District district = districts.get(d);
            List<String[]> slots = slots(enrolled[d], russian[d], random);
            int size = slots.size();
            if (size == 0) {
                continue;
            }
            int schoolCount = Math.max(1, (int) Math.round(size / 30.0));
            double[] sizeWeights = new double[schoolCount];
            for (int s = 0; s < schoolCount; s++) {
                sizeWeights[s] = 0.67 + 0.66 * random.nextDouble();
            }
            int[] sizes = Apportion.largestRemainder(size, sizeWeights);
            int next = 0;
            for (int s = 0; s < schoolCount; s++) {
                List<String[]> members = slots.subList(next, next + sizes[s]);
                next += sizes[s];
                String schoolId = String.format("SCH-%04d", schools.size() + 1);
                Set<String> languages = new TreeSet<>();
                members.forEach(slot -> languages.add(slot[1]));
                if (languages.isEmpty()) {
                    languages.add(Tracks.KYRGYZ);
                }
                int staff = (int) Math.round(members.size() * (1.5 + 1.5 * random.nextDouble()));
                schools.add(new School(schoolId, district.name() + " school No. " + (s + 1), district.id(),
                        Tracks.sortedSet(languages), Math.max(staff, members.size())));
                for (String[] slot : members) {
                    List<DateRange> unavailable = random.nextDouble() < 0.02
                            ? List.of(TeacherTraits.leave(random, horizonStart, horizonEnd)) : List.of();
                    teachers.add(new Teacher(String.format(teacherIdFormat, teachers.size() + 1), schoolId, slot[0],
                            slot[1], TeacherTraits.skillLevel(random), TeacherTraits.onlineAccess(random, 0.08),
                            unavailable));
                }
            }
        }
        return new Result(schools, teachers);
    }

    /** Russian-taught teachers per district and track, following each region's drawn share. */
    private static int[][] russian(List<District> districts, int[][] enrolled, double meanShare,
            List<Double> askedShares, List<Course> courses, RandomGenerator random) {
        Map<String, List<Integer>> districtsByRegion = new LinkedHashMap<>();
        for (int d = 0; d < districts.size(); d++) {
            districtsByRegion.computeIfAbsent(districts.get(d).region(), region -> new ArrayList<>()).add(d);
        }
        Map<String, Course> courseByTrack = Capacity.courseByTrack(courses);
        int[][] russian = new int[districts.size()][Tracks.ALL.size()];
        int regionIndex = 0;
        for (List<Integer> members : districtsByRegion.values()) {
            double drawn = meanShare * (0.6 + 0.8 * random.nextDouble());
            double share = regionIndex < askedShares.size() ? askedShares.get(regionIndex) : drawn;
            regionIndex++;
            for (int t = 0; t < Tracks.ALL.size(); t++) {
                int minSize = courseByTrack.get(Tracks.ALL.get(t)).minSize();
                double[] weights = new double[members.size()];
                int total = 0;
                for (int m = 0; m < members.size(); m++) {
                    weights[m] = enrolled[members.get(m)][t];
                    total += enrolled[members.get(m)][t];
                }
                int target = (int) Math.round(share * total);
                if (target < minSize) {
                    target = 0;
                } else if (total - target < minSize) {
                    target = total;
                }
                int[] split = Apportion.largestRemainder(target, weights);
                for (int m = 0; m < members.size(); m++) {
                    russian[members.get(m)][t] = split[m];
                }
            }
        }
        return russian;
    }

    /**
     * The district's teachers as (track, language) pairs: Kyrgyz-taught first, then Russian-taught, each block
     * shuffled, so that consecutive schools are mostly of one language and mixed at the boundary.
     */
    private static List<String[]> slots(int[] enrolled, int[] russian, RandomGenerator random) {
        List<String[]> kyrgyz = new ArrayList<>();
        List<String[]> russianTaught = new ArrayList<>();
        for (int t = 0; t < Tracks.ALL.size(); t++) {
            for (int i = 0; i < enrolled[t] - russian[t]; i++) {
                kyrgyz.add(new String[] {Tracks.ALL.get(t), Tracks.KYRGYZ});
            }
            for (int i = 0; i < russian[t]; i++) {
                russianTaught.add(new String[] {Tracks.ALL.get(t), Tracks.RUSSIAN});
            }
        }
        shuffle(kyrgyz, random);
        shuffle(russianTaught, random);
        kyrgyz.addAll(russianTaught);
        return kyrgyz;
    }

    private static void shuffle(List<String[]> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
