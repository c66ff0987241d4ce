package org.cohortplanner.problems.json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problems.records.Fields;
import org.cohortplanner.problems.records.ParsedProblem;
import org.cohortplanner.problems.records.Records;
import org.cohortplanner.problems.records.Values;
import org.cohortplanner.problems.validation.SourceMap;

/** Reads the parsed tree of a problem document into records, reporting every unreadable part. */
final class JsonProblemReader {

    /** Lists that may be left out of a document: no calendar entries, no roads, no printed-material logistics. */
    private static final Set<String> OPTIONAL_LISTS = Set.of("calendar", "travel", "printHouses", "vehicles", "hubs");

    private final JsonDocument document;
    private final JsonNode root;
    private final SourceMap sources = new SourceMap(name -> name);
    private boolean readable = true;

    JsonProblemReader(JsonDocument document, JsonNode root) {
        this.document = document;
        this.root = root;
    }

    ParsedProblem problem() {
        Set<String> topLevel = new LinkedHashSet<>(Records.componentNames(TrainingProblem.class));
        topLevel.add(ProblemJson.FORMAT_VERSION_FIELD);
        new JsonFields(document, root, "", topLevel);
        checkFormatVersion();
        Programme programme = object("programme", Programme.class, Records::programme, null);
        List<CalendarEntry> calendar = list("calendar", CalendarEntry.class, Records::calendarEntry);
        List<District> districts = list("districts", District.class, Records::district);
        List<TravelLink> travel = list("travel", TravelLink.class, Records::travelLink);
        List<School> schools = list("schools", School.class, Records::school);
        List<Teacher> teachers = list("teachers", Teacher.class, Records::teacher);
        List<Trainer> trainers = list("trainers", Trainer.class, Records::trainer);
        List<Venue> venues = list("venues", Venue.class, Records::venue);
        List<Course> courses = list("courses", Course.class, Records::course);
        Policy policy = object("policy", Policy.class, Records::policy, Policy.defaults());
        List<PrintHouse> printHouses = list("printHouses", PrintHouse.class, Records::printHouse);
        List<Vehicle> vehicles = list("vehicles", Vehicle.class, Records::vehicle);
        List<Hub> hubs = list("hubs", Hub.class, Records::hub);
        if (!readable || !document.hasNoErrors()) {
            return ParsedProblem.unreadable(document.issues());
        }
        return new ParsedProblem(new TrainingProblem(programme, calendar, districts, travel, schools, teachers,
                trainers, venues, courses, policy, printHouses, vehicles, hubs), sources, document.issues());
    }

    private void checkFormatVersion() {
        JsonNode version = root.get(ProblemJson.FORMAT_VERSION_FIELD);
        String pointer = "/" + ProblemJson.FORMAT_VERSION_FIELD;
        if (version == null || version.isNull()) {
            document.error(pointer, ProblemJson.FORMAT_VERSION_FIELD, Values.MISSING);
        } else if (!version.isIntegralNumber() || version.asLong() != ProblemJson.FORMAT_VERSION) {
            document.error(pointer, ProblemJson.FORMAT_VERSION_FIELD, "unsupported format version (" + version
                    + "), expected " + ProblemJson.FORMAT_VERSION);
        }
    }

    /** A single object; {@code absent} when missing, an error when missing and absent is null. */
    private <T> T object(String name, Class<? extends Record> type, Function<Fields, T> reader, T absent) {
        JsonNode node = root.get(name);
        String pointer = "/" + name;
        if (node == null || node.isNull()) {
            if (absent == null) {
                document.error(pointer, name, Values.MISSING);
                readable = false;
            }
            return absent;
        }
        T record = read(node, pointer, name, type, reader);
        readable &= record != null;
        return record;
    }

    private <T> List<T> list(String name, Class<? extends Record> type, Function<Fields, T> reader) {
        JsonNode node = root.get(name);
        String pointer = "/" + name;
        List<T> records = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (!OPTIONAL_LISTS.contains(name)) {
                document.error(pointer, name, Values.MISSING);
            }
            return records;
        }
        if (!node.isArray()) {
            document.error(pointer, name, "not a list (" + abbreviate(node) + ")");
            return records;
        }
        for (int i = 0; i < node.size(); i++) {
            T record = read(node.get(i), pointer + "/" + i, name, type, reader);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    private <T> T read(JsonNode node, String pointer, String name, Class<? extends Record> type,
            Function<Fields, T> reader) {
        if (!node.isObject()) {
            document.error(pointer, name, "not an object (" + abbreviate(node) + ")");
            return null;
        }
        Set<String> fieldNames = Records.componentNames(type);
        T record = reader.apply(new JsonFields(document, node, pointer, fieldNames));
        if (record != null) {
            document.locate(sources, pointer, fieldNames);
        }
        return record;
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
