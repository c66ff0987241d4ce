package org.cohortplanner.problems.instances;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Vehicle;

/**
 * The print houses, trucks and hubs of the reference instance, read from the CSV files beside
 * {@link ReferenceData}; their values are estimates, each with its basis in the file's {@code source} column.
 */
final class ReferenceLogistics {

    private ReferenceLogistics() {
    }

    static List<PrintHouse> printHouses() {
        return CsvResource.read(ReferenceData.FOLDER + "print_houses.csv").stream()
                .map(row -> new PrintHouse(row.get("id"), row.get("name"), row.get("district_id"),
                        Integer.parseInt(row.get("weekly_capacity")), new LinkedHashSet<>(list(row, "languages")),
                        ranges(row)))
                .toList();
    }

    static List<Vehicle> vehicles() {
        return CsvResource.read(ReferenceData.FOLDER + "vehicles.csv").stream()
                .map(row -> new Vehicle(row.get("id"), row.get("name"), row.get("depot_district_id"),
                        Integer.parseInt(row.get("capacity_kits")), Long.parseLong(row.get("cost_per_km")),
                        Long.parseLong(row.get("cost_per_trip")),
                        Integer.parseInt(row.get("max_driving_minutes_per_day")), ranges(row)))
                .toList();
    }

    static List<Hub> hubs() {
        return CsvResource.read(ReferenceData.FOLDER + "hubs.csv").stream()
                .map(row -> new Hub(row.get("id"), row.get("name"), row.get("district_id"),
                        list(row, "served_district_ids")))
                .toList();
    }

    private static List<DateRange> ranges(Map<String, String> row) {
        return list(row, "unavailable").stream().map(DateRange::parse).toList();
    }

    private static List<String> list(Map<String, String> row, String column) {
        String cell = row.get(column);
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(";")).map(String::trim).toList();
    }
}
