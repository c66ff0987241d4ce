package org.cohortplanner.problems.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohortplanner.problems.ProblemFixture.range;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.ProblemFixture;
import org.cohortplanner.problems.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks of the printed-material logistics (print houses, vehicles, hubs), read through a CSV bundle. In the
 * fixture's CSV files the i-th record (from 0) is on line i + 2.
 */
class LogisticsValidationTest {

    @TempDir
    Path dir;

    private final ProblemFixture fixture = new ProblemFixture();

    private ValidationReport report() {
        Path bundle = dir.resolve("bundle");
        ProblemFiles.write(fixture.build(), bundle);
        ReadResult result = ProblemFiles.read(bundle);
        assertThat(result.problem()).as("readable").isNotNull();
        return result.report();
    }

    private List<String> errors() {
        return report().errors().stream().map(Object::toString).toList();
    }

    private List<String> warnings() {
        return report().warnings().stream().map(Object::toString).toList();
    }

    private static PrintHouse printHouse(String id, String districtId, int capacity, Set<String> languages) {
        return new PrintHouse(id, "Типография " + id, districtId, capacity, languages, List.of());
    }

    private static Vehicle vehicle(String id, String depotDistrictId, int capacity, long costPerKm, long costPerTrip,
            int minutes) {
        return new Vehicle(id, "Грузовик " + id, depotDistrictId, capacity, costPerKm, costPerTrip, minutes,
                List.of());
    }

    @Test
    void duplicateIds() {
        fixture.printHouses.add(printHouse("PH-OSH", "D-JA", 100, Set.of("ky")));
        fixture.vehicles.add(vehicle("TRUCK-1", "D-JA", 100, 10, 0, 480));
        fixture.hubs.add(new Hub("HUB-OSH", "РОО", "D-JA", List.of("D-JA")));

        assertThat(errors()).containsExactly(
                "hubs.csv:3: id: duplicate hub (HUB-OSH), first at hubs.csv:2",
                "print_houses.csv:3: id: duplicate print house (PH-OSH), first at print_houses.csv:2",
                "vehicles.csv:4: id: duplicate vehicle (TRUCK-1), first at vehicles.csv:2");
    }

    @Test
    void unknownDistricts() {
        fixture.printHouses.set(0, printHouse("PH-OSH", "D-99", 400, Set.of("ky", "ru")));
        fixture.vehicles.set(1, vehicle("TRUCK-2", "D-98", 600, 70, 3000, 480));
        fixture.hubs.set(0, new Hub("HUB-OSH", "РОО", "D-97", List.of("D-OSH", "D-96")));

        assertThat(errors()).containsExactly(
                "hubs.csv:2: district_id: unknown district (D-97)",
                "hubs.csv:2: served_district_ids: unknown district (D-96)",
                "print_houses.csv:2: district_id: unknown district (D-99)",
                "vehicles.csv:3: depot_district_id: unknown district (D-98)");
    }

    @Test
    void nonPositiveCapacitiesAndNegativeCosts() {
        fixture.printHouses.set(0, printHouse("PH-OSH", "D-OSH", 0, Set.of("ky", "ru")));
        fixture.vehicles.set(0, vehicle("TRUCK-1", "D-OSH", -5, -1, -100, 0));

        assertThat(errors()).containsExactly(
                "print_houses.csv:2: weekly_capacity: must be positive (0)",
                "vehicles.csv:2: capacity_kits: must be positive (-5)",
                "vehicles.csv:2: max_driving_minutes_per_day: must be positive (0)",
                "vehicles.csv:2: cost_per_km: must not be negative (-1)",
                "vehicles.csv:2: cost_per_trip: must not be negative (-100)");
    }

    @Test
    void printHouseWithoutLanguagesBuiltInMemory() {
        fixture.printHouses.add(printHouse("PH-2", "D-JA", 100, Set.of()));

        assertThat(ProblemValidator.validate(fixture.build()).errors()).extracting(Object::toString)
                .containsExactly("printHouses/1:0: languages: missing value: a print house prints at least one language");
    }

    @Test
    void languageNobodyUsesIsAWarning() {
        fixture.printHouses.set(0, printHouse("PH-OSH", "D-OSH", 400, Set.of("ky", "ru", "uz")));

        assertThat(report().isValid()).isTrue();
        assertThat(warnings()).containsExactly(
                "print_houses.csv:2: languages: no teacher, trainer or school uses this language (uz)");
    }

    @Test
    void teachingLanguageThatNoPrintHousePrints() {
        fixture.printHouses.set(0, printHouse("PH-OSH", "D-OSH", 400, Set.of("ky")));
        fixture.teachers.add(new Teacher("T-6", "S-3", "MATH", "ru", null, null, List.of()));

        assertThat(errors()).containsExactly("teachers.csv:3: language: no print house prints kits in ru");
    }

    @Test
    void districtServedByTwoHubs() {
        fixture.hubs.add(new Hub("HUB-JA", "Жалал-Абадский РОО", "D-JA", List.of("D-JA", "D-BAT")));

        assertThat(errors()).containsExactly(
                "hubs.csv:3: served_district_ids: district (D-BAT) is already served by hub (HUB-OSH)");
    }

    @Test
    void printHousesWithoutVehicles() {
        fixture.vehicles.clear();

        assertThat(errors()).containsExactly("print_houses.csv:2: id: no vehicle carries its kits: add vehicles,"
                + " or leave out the print houses to plan without deliveries");
    }

    @Test
    void vehiclesWithoutPrintHouses() {
        fixture.printHouses.clear();

        assertThat(errors()).containsExactly("vehicles.csv:2: id: no print house to load kits at: add print"
                + " houses, or leave out the vehicles to plan without deliveries");
    }

    @Test
    void vehicleSmallerThanTheLargestCohortIsAWarning() {
        fixture.vehicles.set(0, vehicle("TRUCK-1", "D-OSH", 24, 45, 1500, 540));

        assertThat(report().isValid()).isTrue();
        assertThat(warnings()).containsExactly("vehicles.csv:2: capacity_kits: below the largest cohort"
                + " (25 teachers): one cohort's kits would not fit in one trip");
    }

    @Test
    void logisticsOffTheGivenRoadsAreWarnings() {
        fixture.districts.add(new District("D-BISHKEK", "Бишкек", "Чуйская область", 42.87, 74.59));
        fixture.printHouses.add(new PrintHouse("PH-BISHKEK", "Типография", "D-BISHKEK", 900, Set.of("ru"),
                List.of(range("2023-12-25..2023-12-29"))));
        fixture.vehicles.add(vehicle("TRUCK-3", "D-BISHKEK", 800, 60, 4000, 540));

        assertThat(report().isValid()).isTrue();
        assertThat(warnings()).containsExactly(
                "print_houses.csv:3: district_id: no chain of given roads joins (D-BISHKEK) to a district with"
                        + " schools; truck distances are estimated from coordinates",
                "vehicles.csv:4: depot_district_id: no chain of given roads joins (D-BISHKEK) to a district with"
                        + " schools; truck distances are estimated from coordinates");
    }

    @Test
    void logisticsJoinedByARoadAreFine() {
        fixture.districts.add(new District("D-BISHKEK", "Бишкек", "Чуйская область", 42.87, 74.59));
        fixture.travel.add(new TravelLink("D-BISHKEK", "D-JA", 660, 590.0));
        fixture.printHouses.add(printHouse("PH-BISHKEK", "D-BISHKEK", 900, Set.of("ru")));

        assertThat(report().issues()).isEmpty();
    }
}
