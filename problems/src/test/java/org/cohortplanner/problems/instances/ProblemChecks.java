package org.cohortplanner.problems.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cohortplanner.geography.Geography;
import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problems.instances.Capacity.TrackLanguage;

/** Checks shared by the reference and generator tests: ids, references, reach, qualified trainers. */
final class ProblemChecks {

    private ProblemChecks() {
    }

    static void idsAreUnique(TrainingProblem problem) {
        assertUnique(problem.districts(), District::id);
        assertUnique(problem.schools(), School::id);
        assertUnique(problem.teachers(), Teacher::id);
        assertUnique(problem.trainers(), Trainer::id);
        assertUnique(problem.venues(), Venue::id);
        assertUnique(problem.courses(), Course::track);
        assertUnique(problem.printHouses(), PrintHouse::id);
        assertUnique(problem.vehicles(), Vehicle::id);
        assertUnique(problem.hubs(), Hub::id);
    }

    private static <T> void assertUnique(List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = items.stream().map(id).filter(each -> !seen.add(each)).toList();
        assertThat(duplicates).as("duplicate ids").isEmpty();
    }

    /** Every id a fact refers to exists; collected first, since per-element assertions are slow on 75,000 rows. */
    static void referencesResolve(TrainingProblem problem) {
        Set<String> districts = problem.districts().stream().map(District::id).collect(Collectors.toSet());
        Set<String> schools = problem.schools().stream().map(School::id).collect(Collectors.toSet());
        Set<String> tracks = problem.courses().stream().map(Course::track).collect(Collectors.toSet());
        Set<String> languages = Set.copyOf(Tracks.LANGUAGES);
        List<String> broken = new ArrayList<>();
        for (TravelLink link : problem.travel()) {
            if (!districts.contains(link.fromDistrictId()) || !districts.contains(link.toDistrictId())
                    || link.minutes() < 0 || link.km() < 0) {
                broken.add("road " + link);
            }
        }
        for (School school : problem.schools()) {
            if (!districts.contains(school.districtId()) || !languages.containsAll(school.languages())) {
                broken.add("school " + school.id());
            }
        }
        for (Teacher teacher : problem.teachers()) {
            if (!schools.contains(teacher.schoolId()) || !tracks.contains(teacher.track())
                    || !languages.contains(teacher.language())) {
                broken.add("teacher " + teacher.id());
            }
        }
        for (Trainer trainer : problem.trainers()) {
            if (!districts.contains(trainer.homeDistrictId()) || !tracks.containsAll(trainer.tracks())
                    || !languages.containsAll(trainer.languages())) {
                broken.add("trainer " + trainer.id());
            }
        }
        for (Venue venue : problem.venues()) {
            if (!districts.contains(venue.districtId()) || !tracks.containsAll(venue.tracks())) {
                broken.add("venue " + venue.id());
            }
        }
        for (CalendarEntry entry : problem.calendar()) {
            if (entry.kind() == CalendarKind.DISTRICT_CLOSURE && !districts.contains(entry.districtId())) {
                broken.add("closure " + entry);
            }
        }
        for (PrintHouse printHouse : problem.printHouses()) {
            if (!districts.contains(printHouse.districtId()) || !languages.containsAll(printHouse.languages())) {
                broken.add("print house " + printHouse.id());
            }
        }
        for (Vehicle vehicle : problem.vehicles()) {
            if (!districts.contains(vehicle.depotDistrictId())) {
                broken.add("vehicle " + vehicle.id());
            }
        }
        for (Hub hub : problem.hubs()) {
            if (!districts.contains(hub.districtId()) || !districts.containsAll(hub.servedDistrictIds())) {
                broken.add("hub " + hub.id());
            }
        }
        assertThat(broken).as("facts with broken references").isEmpty();
    }

    /** Every teacher teaches in a language the school teaches in, and the school has at least its enrolled staff. */
    static void schoolsFitTheirTeachers(TrainingProblem problem) {
        Map<String, School> schoolById = problem.schools().stream()
                .collect(Collectors.toMap(School::id, Function.identity()));
        Map<String, Long> enrolled = problem.teachers().stream()
                .collect(Collectors.groupingBy(Teacher::schoolId, Collectors.counting()));
        List<String> misfits = new ArrayList<>();
        for (Teacher teacher : problem.teachers()) {
            if (!schoolById.get(teacher.schoolId()).languages().contains(teacher.language())) {
                misfits.add(teacher.id() + " teaches in a language its school does not");
            }
        }
        enrolled.forEach((school, count) -> {
            if (schoolById.get(school).staff() < count) {
                misfits.add(school + " has fewer staff than enrolled teachers");
            }
        });
        assertThat(misfits).isEmpty();
    }

    static void everyTeacherHasAQualifiedTrainer(TrainingProblem problem) {
        for (TrackLanguage pair : Capacity.demanded(problem.teachers())) {
            assertThat(problem.trainers())
                    .as("trainers for %s", pair)
                    .anyMatch(trainer -> trainer.isQualifiedFor(pair.track(), pair.language()));
        }
    }

    /** Every district with teachers of a track reaches a venue hosting the track, with enough seats. */
    static void everyDistrictReachesAVenuePerTrack(TrainingProblem problem) {
        Geography geography = Geography.of(problem.districts(), problem.travel(), problem.policy());
        Map<String, String> districtBySchool = new HashMap<>();
        problem.schools().forEach(school -> districtBySchool.put(school.id(), school.districtId()));
        Map<String, Course> courseByTrack = Capacity.courseByTrack(problem.courses());
        Set<List<String>> districtTracks = problem.teachers().stream()
                .map(teacher -> List.of(districtBySchool.get(teacher.schoolId()), teacher.track()))
                .collect(Collectors.toSet());
        for (List<String> districtTrack : districtTracks) {
            String district = districtTrack.get(0);
            String track = districtTrack.get(1);
            assertThat(problem.venues())
                    .as("venue for %s teachers of %s", track, district)
                    .anyMatch(venue -> venue.canHost(track)
                            && venue.seats() >= courseByTrack.get(track).minSize()
                            && geography.minutes(district, venue.districtId())
                                    <= problem.policy().maxTravelMinutes());
        }
    }

    static void capacityCovers(Map<TrackLanguage, Integer> needed, Map<TrackLanguage, Integer> available,
            double margin) {
        needed.forEach((pair, days) -> assertThat(available.getOrDefault(pair, 0).doubleValue())
                .as("trainer-days for %s (needed %d)", pair, days)
                .isGreaterThanOrEqualTo(days * margin));
    }
}
