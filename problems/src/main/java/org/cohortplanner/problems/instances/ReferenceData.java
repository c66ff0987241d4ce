package org.cohortplanner.problems.instances;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The public facts behind the reference instance, read from the CSV files beside this class
 * ({@code south-kyrgyzstan-2023/}); {@code SOURCES.md} there says where each value comes from.
 */
record ReferenceData(List<DistrictRow> districts, List<PlaceRow> places, List<RoadRow> roads,
        List<HolidayRow> holidays, List<LanguageRow> languages, List<ClosureRow> closures) {

    static final String FOLDER = "south-kyrgyzstan-2023/";

    /** A district or city: its centre, size, and whether its schools teach in Kyrgyz only (an assumption). */
    record DistrictRow(String id, String roadNode, boolean kyrgyzOnly, String region, String name, String centre,
            double latitude, double longitude, int population, int schools, int teachers) {
    }

    /** A place on the road map that is not a training district: no schools, teachers or venues (Bishkek). */
    record PlaceRow(String id, String roadNode, String region, String name, double latitude, double longitude) {
    }

    record RoadRow(String from, String to, double km, double summerHours) {
    }

    record HolidayRow(LocalDate start, LocalDate end, String kind, String name) {
    }

    /**
     * Counts by language of instruction for one unit (a region, a city or the country).
     *
     * @param indicator what is counted: grade-1 places or schools
     * @param mixed schools teaching in more than one language (zero for grade-1 places)
     */
    record LanguageRow(String unit, String indicator, int kyrgyz, int russian, int uzbek, int tajik, int mixed) {

        boolean isGradeOnePlaces() {
            return indicator.startsWith("grade-1");
        }

        boolean isSchoolCount() {
            return indicator.startsWith("schools");
        }
    }

    record ClosureRow(String districtId, LocalDate from, LocalDate to, String reason) {
    }

    static ReferenceData load() {
        List<DistrictRow> districts = CsvResource.read(FOLDER + "districts.csv").stream()
                .map(row -> new DistrictRow(row.get("id"), row.get("road_node"), "yes".equals(row.get("kyrgyz_only")),
                        row.get("region"), row.get("district"), row.get("centre"), number(row, "lat"),
                        number(row, "lon"), whole(row, "population"), whole(row, "schools"), whole(row, "teachers")))
                .toList();
        List<PlaceRow> places = CsvResource.read(FOLDER + "places.csv").stream()
                .map(row -> new PlaceRow(row.get("id"), row.get("road_node"), row.get("region"), row.get("name"),
                        number(row, "lat"), number(row, "lon")))
                .toList();
        List<RoadRow> roads = CsvResource.read(FOLDER + "roads.csv").stream()
                .map(row -> new RoadRow(row.get("from"), row.get("to"), number(row, "road_km"),
                        number(row, "drive_h_summer_est")))
                .toList();
        List<HolidayRow> holidays = CsvResource.read(FOLDER + "holidays.csv").stream()
                .map(row -> new HolidayRow(LocalDate.parse(row.get("start_date")), LocalDate.parse(row.get("end_date")),
                        row.get("kind"), row.get("name")))
                .toList();
        List<LanguageRow> languages = CsvResource.read(FOLDER + "languages.csv").stream()
                .map(row -> new LanguageRow(row.get("unit"), row.get("indicator"), whole(row, "kyrgyz"),
                        whole(row, "russian"), whole(row, "uzbek"), whole(row, "tajik"),
                        leadingNumber(row.get("mixed_or_other"))))
                .toList();
        List<ClosureRow> closures = CsvResource.read(FOLDER + "closures.csv").stream()
                .map(row -> new ClosureRow(row.get("district_id"), LocalDate.parse(row.get("from")),
                        LocalDate.parse(row.get("to")), row.get("reason")))
                .toList();
        return new ReferenceData(districts, places, roads, holidays, languages, closures);
    }

    LanguageRow gradeOnePlaces(String unit) {
        return find(unit, true);
    }

    LanguageRow schoolCounts(String unit) {
        return find(unit, false);
    }

    private LanguageRow find(String unit, boolean gradeOne) {
        return languages.stream()
                .filter(row -> row.unit().equals(unit) && (gradeOne ? row.isGradeOnePlaces() : row.isSchoolCount()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No language figures for " + unit));
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static int whole(Map<String, String> row, String column) {
        String text = row.get(column);
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    /** "60 (32 Kyrgyz+Russian; ...)" gives 60; an empty cell gives 0. */
    private static int leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(text.substring(0, end));
    }
}
