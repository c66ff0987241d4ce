package org.cohortplanner.problems.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.records.ParsedProblem;
import org.cohortplanner.problems.BoundedInput;
import org.cohortplanner.problems.InputLimits;
import org.cohortplanner.problems.validation.ValidationIssue;

/**
 * A problem as one JSON document: {@code {"formatVersion": 1, "programme": {...}, "calendar": [...], ...}}
 * with the record component names as field names, ISO dates and date ranges as
 * {@code {"from": "2023-05-01", "to": "2023-05-03"}}. A problem without printed-material logistics is written without
 * {@code printHouses}, {@code vehicles} and {@code hubs}.
 */
public final class ProblemJson {

    public static final int FORMAT_VERSION = 1;
    public static final String FORMAT_VERSION_FIELD = "formatVersion";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("sorted-sets").addSerializer(sortedSets()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ProblemJson() {
    }

    public static ParsedProblem read(Path file) {
        return read(file, InputLimits.DEFAULTS);
    }

    /** Reads a file of at most {@code limits.fileBytes()}; a larger one, a device or a FIFO is an error. */
    public static ParsedProblem read(Path file, InputLimits limits) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] content;
        try {
            content = BoundedInput.readFile(file, limits.fileBytes());
        } catch (IOException e) {
            return ParsedProblem.unreadable(List.of(ValidationIssue.error(name, 0, null,
                    Files.exists(file) ? "cannot read file (" + e.getMessage() + ")" : "no such file")));
        }
        return read(content, name);
    }

    /** Reads a UTF-8 document (a byte order mark is allowed); errors name {@code fileName}. */
    public static ParsedProblem read(byte[] content, String fileName) {
        List<ValidationIssue> issues = new ArrayList<>();
        JsonNode root;
        Map<String, Integer> lines;
        try {
            lines = linesByPointer(content);
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            issues.add(ValidationIssue.error(fileName, line, null, "not valid JSON: " + e.getOriginalMessage()));
            return ParsedProblem.unreadable(issues);
        } catch (IOException e) {
            issues.add(ValidationIssue.error(fileName, 0, null, "cannot read (" + e.getMessage() + ")"));
            return ParsedProblem.unreadable(issues);
        }
        if (root == null || !root.isObject()) {
            issues.add(ValidationIssue.error(fileName, 1, null, "not a JSON object"));
            return ParsedProblem.unreadable(issues);
        }
        return new JsonProblemReader(new JsonDocument(fileName, lines, issues), root).problem();
    }

    public static void write(TrainingProblem problem, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, toBytes(problem));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Pretty-printed UTF-8 with {@code \n} line ends; sets sorted, weights by constraint name. */
    public static byte[] toBytes(TrainingProblem problem) {
        return toJson(problem).getBytes(StandardCharsets.UTF_8);
    }

    public static String toJson(TrainingProblem problem) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put(FORMAT_VERSION_FIELD, FORMAT_VERSION);
        document.setAll((ObjectNode) MAPPER.valueToTree(problem));
        if (problem.printHouses().isEmpty() && problem.vehicles().isEmpty() && problem.hubs().isEmpty()) {
            document.remove(List.of("printHouses", "vehicles", "hubs"));
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem as JSON", e);
        }
    }

    /** The line where each value starts, by JSON pointer ({@code /teachers/3/schoolId}); a field starts at its name. */
    static Map<String, Integer> linesByPointer(byte[] content) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(content)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonSerializer<Set> sortedSets() {
        return new JsonSerializer<>() {
            @Override
            public Class<Set> handledType() {
                return Set.class;
            }

            @Override
            public void serialize(Set set, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeStartArray();
                for (Object item : set.stream().map(String::valueOf).sorted().toList()) {
                    generator.writeString((String) item);
                }
                generator.writeEndArray();
            }
        };
    }
}
