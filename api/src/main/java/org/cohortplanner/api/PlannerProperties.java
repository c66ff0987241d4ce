package org.cohortplanner.api;

import java.nio.file.Path;
import java.time.Duration;

import org.cohortplanner.problems.InputLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code cohort-planner.*}.
 *
 * @param dataDir the folder of the embedded database
 * @param demo whether an empty database gets the reference problem as a demo
 * @param apiToken the bearer token writes need ({@code WriteAccess}); none when blank and the service binds 127.0.0.1
 */
@ConfigurationProperties("cohort-planner")
public record PlannerProperties(Path dataDir, boolean demo, Solver solver, Limits limits, String apiToken) {

    public PlannerProperties {
        solver = solver == null ? new Solver(null, null, null, null, null, null) : solver;
        limits = limits == null ? new Limits(null, null, null, null, null, null, null, null) : limits;
    }

    /**
     * @param maxConcurrent solves running at once; more wait in the queue
     * @param defaultTimeLimit when a solve request names none
     * @param minTimeLimit the shortest a request may ask for (a shorter solve ends before it has a plan)
     * @param maxTimeLimit the longest a request may ask for
     * @param maxQueued solves that may wait for a solver thread; more are refused with 503
     * @param saveInterval the best plan so far is written at most this often, and at the end
     */
    public record Solver(Integer maxConcurrent, Duration defaultTimeLimit, Duration minTimeLimit,
            Duration maxTimeLimit, Integer maxQueued, Duration saveInterval) {

        public Solver {
            maxConcurrent = maxConcurrent == null ? 1 : maxConcurrent;
            defaultTimeLimit = defaultTimeLimit == null ? Duration.ofSeconds(60) : defaultTimeLimit;
            minTimeLimit = minTimeLimit == null ? Duration.ofSeconds(1) : minTimeLimit;
            maxTimeLimit = maxTimeLimit == null ? Duration.ofHours(4) : maxTimeLimit;
            maxQueued = maxQueued == null ? 20 : maxQueued;
            saveInterval = saveInterval == null ? Duration.ofSeconds(5) : saveInterval;
        }
    }

    /**
     * How much input one request may send; every key left out takes the command line's default
     * ({@link InputLimits#DEFAULTS}). The meaning of each is that of {@link InputLimits}; {@code uploadBytes} is
     * also the limit of a whole request body (JSON or multipart).
     */
    public record Limits(DataSize uploadBytes, DataSize zipEntryBytes, DataSize zipTotalBytes, Integer zipEntries,
            Integer rowsPerFile, Integer teachers, Integer idLength, Integer textLength) {

        public Limits {
            InputLimits d = InputLimits.DEFAULTS;
            uploadBytes = uploadBytes == null ? DataSize.ofBytes(d.fileBytes()) : uploadBytes;
            zipEntryBytes = zipEntryBytes == null ? DataSize.ofBytes(d.zipEntryBytes()) : zipEntryBytes;
            zipTotalBytes = zipTotalBytes == null ? DataSize.ofBytes(d.zipTotalBytes()) : zipTotalBytes;
            zipEntries = zipEntries == null ? d.zipEntries() : zipEntries;
            rowsPerFile = rowsPerFile == null ? d.rowsPerFile() : rowsPerFile;
            teachers = teachers == null ? d.teachers() : teachers;
            idLength = idLength == null ? d.idLength() : idLength;
            textLength = textLength == null ? d.textLength() : textLength;
            if (idLength > d.idLength() || textLength > d.textLength()) {
                // the database columns are no longer: a longer id or name would pass validation and fail to store
                throw new IllegalArgumentException("cohort-planner.limits.id-length may be at most " + d.idLength()
                        + " and text-length at most " + d.textLength() + " (the database columns)");
            }
        }

        public InputLimits input() {
            return new InputLimits(uploadBytes.toBytes(), zipEntryBytes.toBytes(), zipTotalBytes.toBytes(), zipEntries,
                    rowsPerFile, teachers, idLength, textLength);
        }
    }
}
