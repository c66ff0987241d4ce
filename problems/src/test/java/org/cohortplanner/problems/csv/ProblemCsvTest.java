package org.cohortplanner.problems.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohortplanner.problems.TextFiles.replaceLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.ProblemFixture;
import org.cohortplanner.problems.ReadResult;
import org.cohortplanner.problems.TextFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV bundle format: round trips and every kind of unreadable file, with its line. */
class ProblemCsvTest {

    private static final String TEACHERS_HEADER = "id,school_id,track,language,skill_level,online_access,unavailable";

    @TempDir
    Path dir;

    Path bundle;

    @BeforeEach
    void writeFixture() {
        bundle = dir.resolve("bundle");
        ProblemCsv.write(ProblemFixture.problem(), bundle);
    }

    private ReadResult read() {
        return ProblemFiles.read(bundle);
    }

    private Path file(String name) {
        return bundle.resolve(name);
    }

    @Test
    void writesExactlyTheFilesWithHeadersInOrderWithNewlineEnds() throws Exception {
        try (var files = Files.list(bundle)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(
                    "programme.csv", "calendar.csv", "districts.csv", "travel.csv", "schools.csv", "teachers.csv",
                    "trainers.csv", "venues.csv", "courses.csv", "policy.csv", "print_houses.csv", "vehicles.csv",
                    "hubs.csv");
        }
        assertThat(Files.readString(file("teachers.csv"))).isEqualTo(TEACHERS_HEADER + "\n"
                + "T-1,S-1,MATH,ky,3,GOOD,2023-06-01..2023-06-05\n"
                + "T-2,S-1,SCIENCE,ru,,,\n"
                + "T-3,S-2,MATH,ky,2,POOR,2023-07-03;2023-08-01..2023-08-10\n"
                + "T-4,S-3,MATH,ru,1,GOOD,\n"
                + "T-5,S-3,MATH,ky,,POOR,\n");
        assertThat(Files.readString(file("courses.csv"))).contains("MATH,72,8,4;4,14,42,8,12,20,25\n");
        assertThat(Files.readString(file("policy.csv"))).startsWith("key,value\nmax_travel_minutes,150\n")
                .endsWith("weight.Late completion,500soft\nweight.Trainer over maximum teaching days,1hard\n");
        assertThat(Files.readString(file("schools.csv")))
                .contains("S-2,\"Гимназия \"\"Билим\"\", Жалал-Абад\",D-JA,ky,0\n");
    }

    @Test
    void cyrillicIsWrittenAsPlainUtf8WithoutByteOrderMark() throws Exception {
        byte[] districts = Files.readAllBytes(file("districts.csv"));

        assertThat(districts[0]).isEqualTo((byte) 'i');
        assertThat(new String(districts, StandardCharsets.UTF_8)).contains("D-OSH,Ош,Ошская область,40.5283,72.7985\n");
    }

    @Test
    void writingIsDeterministic() {
        Map<String, byte[]> first = ProblemCsv.toFiles(ProblemFixture.problem());
        Map<String, byte[]> second = ProblemCsv.toFiles(ProblemFixture.problem());

        assertThat(first.keySet()).containsExactlyElementsOf(second.keySet());
        first.forEach((name, content) -> assertThat(second.get(name)).as(name).isEqualTo(content));
    }

    @Test
    void rewritingTheReadFilesGivesTheSameBytes() throws Exception {
        Path again = dir.resolve("again");
        ProblemCsv.write(read().problem(), again);

        for (String name : ProblemCsv.HEADERS.keySet()) {
            assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(file(name)));
        }
    }

    @Test
    void readsFilesWithByteOrderMark() throws Exception {
        for (String name : ProblemCsv.HEADERS.keySet()) {
            byte[] content = Files.readAllBytes(file(name));
            byte[] withBom = new byte[content.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(content, 0, withBom, 3, content.length);
            Files.write(file(name), withBom);
        }

        ReadResult result = read();

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.problem()).isEqualTo(ProblemFixture.problem());
    }

    @Test
    void readsWindowsLineEndsAndColumnsInAnyOrder() throws Exception {
        Files.writeString(file("travel.csv"),
                "km,minutes,to_district_id,from_district_id\r\n105.5,140,D-JA,D-OSH\r\n232.25,245,D-BAT,D-OSH\r\n");

        ReadResult result = read();

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.problem()).isEqualTo(ProblemFixture.problem());
    }

    @Test
    void travelAndPolicyFilesAreOptional() throws Exception {
        Files.delete(file("travel.csv"));
        Files.delete(file("policy.csv"));

        TrainingProblem problem = read().problem();

        assertThat(problem.travel()).isEmpty();
        assertThat(problem.policy()).isEqualTo(Policy.defaults());
    }

    @Test
    void writesTheLogisticsFiles() throws Exception {
        assertThat(Files.readString(file("print_houses.csv"))).isEqualTo(
                "id,name,district_id,weekly_capacity,languages,unavailable\n"
                        + "PH-OSH,\"Типография «Ош», ул. Ленина\",D-OSH,400,ky;ru,2023-08-28..2023-09-01\n");
        assertThat(Files.readString(file("vehicles.csv"))).isEqualTo("id,name,depot_district_id,capacity_kits,"
                + "cost_per_km,cost_per_trip,max_driving_minutes_per_day,unavailable\n"
                + "TRUCK-1,ГАЗель 1,D-OSH,120,45,1500,540,2023-06-12\n"
                + "TRUCK-2,КамАЗ,D-JA,600,70,3000,480,\n");
        assertThat(Files.readString(file("hubs.csv"))).isEqualTo(
                "id,name,district_id,served_district_ids\nHUB-OSH,Ошский РОО,D-OSH,D-OSH;D-BAT\n");
    }

    @Test
    void aBundleWithoutLogisticsFilesIsAProblemWithoutDeliveries() throws Exception {
        Files.delete(file("print_houses.csv"));
        Files.delete(file("vehicles.csv"));
        Files.delete(file("hubs.csv"));

        ReadResult result = read();

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.problem()).isEqualTo(ProblemFixture.problem().withLogistics(List.of(), List.of(), List.of()));
        assertThat(result.problem().plansDeliveries()).isFalse();
    }

    @Test
    void aProblemWithoutLogisticsIsWrittenWithoutTheirFiles() {
        TrainingProblem problem = ProblemFixture.problem().withLogistics(List.of(), List.of(), List.of());

        assertThat(ProblemCsv.toFiles(problem)).doesNotContainKeys("print_houses.csv", "vehicles.csv", "hubs.csv");
    }

    @Test
    void emptyCostPerTripIsZero() {
        replaceLine(file("vehicles.csv"), 3, "TRUCK-2,КамАЗ,D-JA,600,70,,480,");

        assertThat(read().problem().vehicles().get(1).costPerTrip()).isZero();
    }

    @Test
    void unreadableLogisticsRows() {
        replaceLine(file("print_houses.csv"), 2, "PH-OSH,Типография,D-OSH,lots,,2023-09-31");
        replaceLine(file("vehicles.csv"), 2, "TRUCK-1,ГАЗель,D-OSH,120,4.5,1500,,");
        replaceLine(file("hubs.csv"), 2, "HUB-OSH,РОО,D-OSH,");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                "print_houses.csv:2: weekly_capacity: not a whole number (lots)",
                "print_houses.csv:2: languages: missing value",
                "print_houses.csv:2: unavailable: not a date (2023-09-31)",
                "vehicles.csv:2: cost_per_km: not a whole number (4.5)",
                "vehicles.csv:2: max_driving_minutes_per_day: missing value",
                "hubs.csv:2: served_district_ids: missing value");
    }

    @Test
    void missingPolicyKeysTakeTheDefaults() throws Exception {
        Files.writeString(file("policy.csv"), "key,value\nmax_travel_minutes,200\nweight.Late completion,7soft\n");

        Policy policy = read().problem().policy();

        Policy defaults = Policy.defaults();
        assertThat(policy).isEqualTo(new Policy(200, defaults.maxShareAway(), defaults.maxDelegationSize(),
                defaults.trainerTransferMinutes(), defaults.bufferDays(), defaults.teacherPerDiem(),
                defaults.trainerPerDiem(), defaults.travelCostPerKm(), defaults.substituteDailyCost(),
                defaults.keepSchoolTeams(), defaults.roadFactor(), defaults.averageSpeedKmh(),
                Map.of("Late completion", "7soft")));
    }

    @Test
    void readsAZippedFolder() throws Exception {
        Path zip = dir.resolve("zipped-folder.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : ProblemCsv.HEADERS.keySet()) {
                out.putNextEntry(new ZipEntry("my-problem/" + name));
                out.write(Files.readAllBytes(file(name)));
                out.closeEntry();
            }
        }

        assertThat(ProblemFiles.read(zip).problem()).isEqualTo(ProblemFixture.problem());
    }

    // --- unreadable files ---

    @Test
    void missingRequiredFile() throws Exception {
        Files.delete(file("teachers.csv"));

        ReadResult result = read();

        assertThat(result.problem()).isNull();
        assertThat(result.report().errors()).extracting(Object::toString)
                .containsExactly("teachers.csv:0: -: missing required file");
    }

    @Test
    void unreadableFile() throws Exception {
        Files.delete(file("venues.csv"));
        Files.createDirectory(file("venues.csv"));

        ReadResult result = read();

        assertThat(result.problem()).isNull();
        assertThat(result.report().errors()).singleElement().asString().startsWith("venues.csv:0: -: cannot read file (");
    }

    @Test
    void fileThatIsNotUtf8() throws Exception {
        Files.write(file("districts.csv"), "id,name,region,latitude,longitude\nD-OSH,\u041e\u0448,,1,2\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));

        assertThat(read().report().errors()).extracting(Object::toString)
                .containsExactly("districts.csv:0: -: not UTF-8 text");
    }

    @Test
    void zipThatIsNotAZip() throws Exception {
        Path zip = Files.writeString(dir.resolve("broken.zip"), "not a zip at all");

        ReadResult result = ProblemFiles.read(zip);

        assertThat(result.problem()).isNull();
        assertThat(result.report().errors()).extracting(Object::toString)
                .containsExactly("broken.zip:0: -: not a zip file, or an empty one");
    }

    @Test
    void wrongHeaderNamesTheExpectedColumns() {
        replaceLine(file("teachers.csv"), 1, "id,school,track,language,skill_level,online_access,unavailable");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                "teachers.csv:1: -: wrong header (missing school_id; unexpected school); expected " + TEACHERS_HEADER);
    }

    @Test
    void missingHeader() throws Exception {
        Files.writeString(file("courses.csv"), "");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly("courses.csv:1: -: "
                + "missing header; expected track,total_hours,hours_per_day,block_days,min_gap_days,max_gap_days,"
                + "online_hours,min_size,ideal_size,max_size");
    }

    @Test
    void headerlessFileIsAWrongHeader() {
        TextFiles.write(file("travel.csv"), java.util.List.of("D-OSH,D-JA,140,105.5", ""));

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly("travel.csv:1: -: "
                + "wrong header (missing from_district_id, to_district_id, minutes, km; unexpected D-OSH, D-JA, 140, "
                + "105.5); expected from_district_id,to_district_id,minutes,km");
    }

    @Test
    void wrongColumnCount() {
        replaceLine(file("teachers.csv"), 3, "T-2,S-1,SCIENCE,ru,,,,extra");
        replaceLine(file("teachers.csv"), 5, "T-4,S-3,MATH");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                "teachers.csv:3: -: 8 columns, expected 7",
                "teachers.csv:5: -: 3 columns, expected 7");
    }

    @Test
    void missingRequiredValues() {
        replaceLine(file("teachers.csv"), 2, "T-1,,MATH, ,3,GOOD,");
        replaceLine(file("programme.csv"), 2, "CP-2023,Программа,,2023-12-22,KGS,,,");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                "programme.csv:2: horizon_start: missing value",
                "teachers.csv:2: school_id: missing value",
                "teachers.csv:2: language: missing value");
    }

    @Test
    void malformedNumbers() {
        replaceLine(file("teachers.csv"), 3, "T-2,S-1,SCIENCE,ru,three,,");
        replaceLine(file("districts.csv"), 4, "D-BAT,Баткен,,\"40,06\",70.8194");
        replaceLine(file("courses.csv"), 2, "MATH,72,8,4;x,14,42,8,12,20,25");
        replaceLine(file("trainers.csv"), 3, "TR-2,Бакыт Осмонов,D-JA,ru,MATH;SCIENCE,,,40,2800.50");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                "districts.csv:4: latitude: not a number (40,06)",
                "teachers.csv:3: skill_level: not a whole number (three)",
                "trainers.csv:3: daily_fee: not a whole number (2800.50)",
                "courses.csv:2: block_days: not a list of whole numbers (4;x)");
    }

    @Test
    void malformedDates() {
        replaceLine(file("programme.csv"), 2, "CP-2023,Программа,2023-02-30,2023-12-22,KGS,,,0");
        replaceLine(file("teachers.csv"), 2, "T-1,S-1,MATH,ky,3,GOOD,2023-06-01..2023-06-31");
        replaceLine(file("calendar.csv"), 3, "SCHOOL_HOLIDAY,2023-08-31,2023-06-01,,Летние каникулы");
        replaceLine(file("venues.csv"), 3, "V-2,Школа №5,D-JA,24,MATH,1 May 2023,2023-12-22,3500");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                "programme.csv:2: horizon_start: not a date (2023-02-30)",
                "calendar.csv:3: to: range ends before it starts (2023-08-31..2023-06-01)",
                "teachers.csv:2: unavailable: not a date (2023-06-31)",
                "venues.csv:3: available_from: not a date (1 May 2023)");
    }

    @Test
    void malformedEnumsAndBooleans() {
        replaceLine(file("teachers.csv"), 4, "T-3,S-2,MATH,ky,2,EXCELLENT,");
        replaceLine(file("calendar.csv"), 2, "HOLIDAY,2023-08-31,,,День независимости");
        replaceLine(file("policy.csv"), 11, "keep_school_teams,yes");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                "calendar.csv:2: kind: not one of PUBLIC_HOLIDAY, SCHOOL_HOLIDAY, DISTRICT_CLOSURE (HOLIDAY)",
                "teachers.csv:4: online_access: not one of GOOD, POOR (EXCELLENT)",
                "policy.csv:11: keep_school_teams: not true or false (yes)");
    }

    @Test
    void badPolicyRows() throws Exception {
        Files.writeString(file("policy.csv"), "key,value\nmax_travel_minutes,three hours\nfavourite_colour,blue\n"
                + "buffer_days,2\nbuffer_days,4\nweight.Late completion,\n");

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                "policy.csv:3: key: unknown key (favourite_colour)",
                "policy.csv:5: key: duplicate key (buffer_days), first at line 4",
                "policy.csv:2: max_travel_minutes: not a whole number (three hours)",
                "policy.csv:6: weight.Late completion: missing value");
    }

    @Test
    void programmeNeedsExactlyOneRow() throws Exception {
        TextFiles.write(file("programme.csv"), java.util.List.of(
                "id,name,horizon_start,horizon_end,currency,target_end,now,frozen_days",
                "CP-1,Один,2023-05-01,2023-12-22,KGS,,,0",
                "CP-2,Два,2023-05-01,2023-12-22,KGS,,,0", ""));

        assertThat(read().report().errors()).extracting(Object::toString)
                .containsExactly("programme.csv:3: -: only one programme row is allowed");
    }

    @Test
    void linesArePhysicalLinesEvenAfterAQuotedLineBreak() {
        replaceLine(file("schools.csv"), 2, "S-1,\"Школа №1\nим. Токтогула\",D-OSH,ky;ru,40");
        replaceLine(file("schools.csv"), 4, "S-2,Гимназия,D-JA,ky,many");

        ReadResult result = read();

        assertThat(result.report().errors()).extracting(Object::toString)
                .containsExactly("schools.csv:4: staff: not a whole number (many)");
    }

    @Test
    void unterminatedQuoteIsReportedWithoutStackTrace() {
        replaceLine(file("venues.csv"), 3, "V-2,\"Школа №5,D-JA,24,MATH,,,3500");

        assertThat(read().report().errors()).singleElement().asString().startsWith("venues.csv:");
    }

    @Test
    void blankLinesAreSkipped() {
        replaceLine(file("teachers.csv"), 3, "");

        ReadResult result = read();

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.problem().teachers()).extracting("id").containsExactly("T-1", "T-3", "T-4", "T-5");
    }

    @Test
    void reportsEveryErrorOfEveryFileAtOnce() throws Exception {
        replaceLine(file("teachers.csv"), 2, "T-1,S-1,MATH,,3,GOOD,");
        replaceLine(file("teachers.csv"), 6, "T-5,S-3,MATH,ky,,POOR,2023-02-30");
        replaceLine(file("venues.csv"), 2, "V-1,Центр,D-OSH,many,MATH;SCIENCE,,,5000");
        replaceLine(file("courses.csv"), 1, "track,hours");
        Files.delete(file("trainers.csv"));

        assertThat(read().report().errors()).extracting(Object::toString).containsExactly(
                "teachers.csv:2: language: missing value",
                "teachers.csv:6: unavailable: not a date (2023-02-30)",
                "trainers.csv:0: -: missing required file",
                "venues.csv:2: seats: not a whole number (many)",
                "courses.csv:1: -: wrong header (missing total_hours, hours_per_day, block_days, min_gap_days, "
                        + "max_gap_days, online_hours, min_size, ideal_size, max_size; unexpected hours); expected "
                        + "track,total_hours,hours_per_day,block_days,min_gap_days,max_gap_days,online_hours,"
                        + "min_size,ideal_size,max_size");
    }
}
