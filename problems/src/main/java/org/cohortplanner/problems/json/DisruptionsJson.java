package org.cohortplanner.problems.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problems.records.DisruptionRecords;
import org.cohortplanner.problems.records.ParsedDisruptions;
import org.cohortplanner.problems.records.Records;
import org.cohortplanner.problems.records.Values;
import org.cohortplanner.problems.validation.SourceMap;
import org.cohortplanner.problems.BoundedInput;
import org.cohortplanner.problems.InputLimits;
import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.DisruptionType;
import org.cohortplanner.replan.Disruptions;

/**
 * Disruptions as one JSON document: {@code {"now": "2023-10-02", "disruptions": [{"type": "TRAINER_UNAVAILABLE",
 * "trainerId": "TR-07", "from": "2023-10-02", "to": "2023-11-10"}, ...]}}. Each disruption has its type and the
 * record components of that type; late registrants are {@code {"type": "TEACHERS_ADDED", "teachers": [...]}} with
 * teachers as in the problem document.
 */
public final class DisruptionsJson {

    private static final String NOW = "now";
    private static final String DISRUPTIONS = "disruptions";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DisruptionsJson() {
    }

    public static ParsedDisruptions read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return read(BoundedInput.readFile(file, InputLimits.DEFAULTS.fileBytes()), name);
        } catch (IOException e) {
            return ParsedDisruptions.unreadable(List.of(ValidationIssue.error(name, 0, null,
                    Files.exists(file) ? "cannot read file (" + e.getMessage() + ")" : "no such file")));
        }
    }

    public static ParsedDisruptions read(byte[] content, String fileName) {
        List<ValidationIssue> issues = new ArrayList<>();
        JsonNode root;
        Map<String, Integer> lines;
        try {
            lines = ProblemJson.linesByPointer(content);
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            issues.add(ValidationIssue.error(fileName, line, null, "not valid JSON: " + e.getOriginalMessage()));
            return ParsedDisruptions.unreadable(issues);
        } catch (IOException e) {
            issues.add(ValidationIssue.error(fileName, 0, null, "cannot read (" + e.getMessage() + ")"));
            return ParsedDisruptions.unreadable(issues);
        }
        if (root == null || !root.isObject()) {
            issues.add(ValidationIssue.error(fileName, 1, null, "not a JSON object"));
            return ParsedDisruptions.unreadable(issues);
        }
        return new Reading(new JsonDocument(fileName, lines, issues), root).disruptions();
    }

    private static final class Reading {

        private final JsonDocument document;
        private final JsonNode root;
        private final SourceMap sources = new SourceMap(name -> name);

        Reading(JsonDocument document, JsonNode root) {
            this.document = document;
            this.root = root;
        }

        ParsedDisruptions disruptions() {
            JsonFields top = new JsonFields(document, root, "", Set.of(NOW, DISRUPTIONS));
            var now = top.date(NOW);
            document.locate(sources, "", List.of(NOW));
            List<Disruption> disruptions = new ArrayList<>();
            JsonNode list = root.get(DISRUPTIONS);
            if (list == null || list.isNull()) {
                document.error("/" + DISRUPTIONS, DISRUPTIONS, Values.MISSING);
            } else if (!list.isArray()) {
                document.error("/" + DISRUPTIONS, DISRUPTIONS, "not a list");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    Disruption disruption = disruption(list.get(i), "/" + DISRUPTIONS + "/" + i,
                            "/" + DISRUPTIONS + "/" + disruptions.size());
                    if (disruption != null) {
                        disruptions.add(disruption);
                    }
                }
            }
            if (!document.hasNoErrors() || now == null) {
                return ParsedDisruptions.unreadable(document.issues());
            }
            return new ParsedDisruptions(new Disruptions(now, disruptions), sources, document.issues());
        }

        /**
         * @param pointer where the disruption is in the document
         * @param path its source path: the index in the list of disruptions read, which a validator is given
         */
        private Disruption disruption(JsonNode node, String pointer, String path) {
            if (!node.isObject()) {
                document.error(pointer, DISRUPTIONS, "not an object");
                return null;
            }
            JsonNode typeNode = node.get(DisruptionRecords.TYPE);
            if (typeNode == null || typeNode.isNull() || !typeNode.isTextual()) {
                document.error(pointer + "/" + DisruptionRecords.TYPE, DisruptionRecords.TYPE,
                        typeNode == null || typeNode.isNull() ? Values.MISSING : "not text (" + typeNode + ")");
                return null;
            }
            DisruptionType type = DisruptionRecords.type(typeNode.asText());
            if (type == null) {
                document.error(pointer + "/" + DisruptionRecords.TYPE, DisruptionRecords.TYPE,
                        DisruptionRecords.unknownType(typeNode.asText()));
                return null;
            }
            Set<String> fieldNames = DisruptionRecords.fieldNames(type);
            JsonFields fields = new JsonFields(document, node, pointer, fieldNames);
            Disruption disruption = type == DisruptionType.TEACHERS_ADDED
                    ? teachersAdded(node, pointer, path)
                    : DisruptionRecords.disruption(type, fields);
            if (disruption != null && fields.isValid()) {
                locate(pointer, path, fieldNames);
                return disruption;
            }
            return null;
        }

        private void locate(String pointer, String path, Set<String> fieldNames) {
            sources.put(path, document.file(), document.line(pointer));
            for (String name : fieldNames) {
                sources.put(path + "/" + name, document.file(), document.line(pointer + "/" + name));
            }
        }

        private Disruption teachersAdded(JsonNode node, String pointer, String path) {
            JsonNode list = node.get("teachers");
            if (list == null || !list.isArray() || list.isEmpty()) {
                document.error(pointer + "/teachers", "teachers", list == null || list.isNull() ? Values.MISSING
                        : "not a list of teachers");
                return null;
            }
            List<Teacher> teachers = new ArrayList<>();
            Set<String> teacherFields = Records.componentNames(Teacher.class);
            for (int j = 0; j < list.size(); j++) {
                String teacherPointer = pointer + "/teachers/" + j;
                if (!list.get(j).isObject()) {
                    document.error(teacherPointer, "teachers", "not an object");
                    continue;
                }
                Teacher teacher = Records.teacher(new JsonFields(document, list.get(j), teacherPointer, teacherFields));
                if (teacher != null) {
                    String teacherPath = path + "/teachers/" + teachers.size();
                    sources.put(teacherPath, document.file(), document.line(teacherPointer));
                    for (String name : teacherFields) {
                        sources.put(teacherPath + "/" + name, document.file(),
                                document.line(teacherPointer + "/" + name));
                    }
                    teachers.add(teacher);
                }
            }
            return teachers.size() == list.size() ? new Disruption.TeachersAdded(teachers) : null;
        }
    }

    public static void write(Disruptions disruptions, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(disruptions));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The document, each disruption starting with its type. */
    public static String toJson(Disruptions disruptions) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put(NOW, disruptions.now().toString());
        ArrayNode list = document.putArray(DISRUPTIONS);
        for (Disruption disruption : disruptions.disruptions()) {
            ObjectNode node = list.addObject();
            node.put(DisruptionRecords.TYPE, disruption.type().name());
            node.setAll((ObjectNode) MAPPER.valueToTree(disruption));
            node.remove("dates"); // a period's convenience view, not a field of the format
        }
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write disruptions as JSON", e);
        }
    }
}
