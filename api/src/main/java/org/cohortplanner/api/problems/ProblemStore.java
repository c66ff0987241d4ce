package org.cohortplanner.api.problems;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.json.ProblemJson;
import org.cohortplanner.problems.records.ParsedProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Problems in the database, each kept as its JSON document with a summary for listing. */
@Repository
public class ProblemStore {

    private static final String SUMMARY_COLUMNS = "id, name, programme_id, created_at, horizon_start, horizon_end, "
            + "teachers, schools, trainers, venues, districts, warnings";
    private static final TypeReference<List<Issue>> ISSUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public ProblemStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public ProblemSummary add(TrainingProblem problem, List<Issue> warnings) {
        return add(problem, problem.programme().name(), warnings);
    }

    /** The length of the name column; a name the validator let through is at most this long. */
    public static final int NAME_COLUMN = 500;

    /** {@code base + suffix}, with the base shortened so that the whole fits the name column. */
    public static String listingName(String base, String suffix) {
        int room = NAME_COLUMN - suffix.length();
        return (base.length() <= room ? base : base.substring(0, room - 1) + "…") + suffix;
    }

    /** @param name how the problem is listed, such as the programme's name */
    public ProblemSummary add(TrainingProblem problem, String name, List<Issue> warnings) {
        ProblemSummary summary = new ProblemSummary(UUID.randomUUID().toString(), name,
                problem.programme().id(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                problem.programme().horizonStart(),
                problem.programme().horizonEnd(), problem.teachers().size(), problem.schools().size(),
                problem.trainers().size(), problem.venues().size(), problem.districts().size(), warnings);
        jdbc.sql("INSERT INTO problem (" + SUMMARY_COLUMNS + ", document) "
                        + "VALUES (:id, :name, :programmeId, :createdAt, :horizonStart, :horizonEnd, :teachers, "
                        + ":schools, :trainers, :venues, :districts, :warnings, :document)")
                .param("id", summary.id())
                .param("name", summary.name())
                .param("programmeId", summary.programmeId())
                .param("createdAt", summary.createdAt())
                .param("horizonStart", summary.horizonStart())
                .param("horizonEnd", summary.horizonEnd())
                .param("teachers", summary.teachers())
                .param("schools", summary.schools())
                .param("trainers", summary.trainers())
                .param("venues", summary.venues())
                .param("districts", summary.districts())
                .param("warnings", write(warnings))
                .param("document", ProblemJson.toJson(problem))
                .update();
        return summary;
    }

    public List<ProblemSummary> list() {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM problem ORDER BY created_at, id").query(this::toSummary)
                .list();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM problem").query(Long.class).single() == 0;
    }

    public Optional<ProblemSummary> summary(String id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM problem WHERE id = :id").param("id", id)
                .query(this::toSummary).optional();
    }

    public Optional<StoredProblem> find(String id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", document FROM problem WHERE id = :id").param("id", id)
                .query((rs, row) -> new StoredProblem(toSummary(rs, row), rs.getString("document"))).optional();
    }

    /** The problem as the solver takes it. */
    public Optional<TrainingProblem> problem(String id) {
        return find(id).map(stored -> {
            ParsedProblem parsed = ProblemJson.read(stored.problem().getBytes(StandardCharsets.UTF_8),
                    "problem.json");
            if (!parsed.isReadable()) {
                throw new IllegalStateException("Stored problem " + id + " no longer reads: " + parsed.issues());
            }
            return parsed.problem();
        });
    }

    public boolean delete(String id) {
        return jdbc.sql("DELETE FROM problem WHERE id = :id").param("id", id).update() > 0;
    }

    private ProblemSummary toSummary(ResultSet rs, int row) throws SQLException {
        return new ProblemSummary(rs.getString("id"), rs.getString("name"), rs.getString("programme_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("horizon_start", LocalDate.class),
                rs.getObject("horizon_end", LocalDate.class), rs.getInt("teachers"), rs.getInt("schools"),
                rs.getInt("trainers"), rs.getInt("venues"), rs.getInt("districts"), read(rs.getString("warnings")));
    }

    private String write(List<Issue> issues) {
        try {
            return json.writeValueAsString(issues);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Issue> read(String issues) {
        try {
            return json.readValue(issues, ISSUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored warnings do not read", e);
        }
    }
}
