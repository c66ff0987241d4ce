package org.cohortplanner.api.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.problems.json.ProblemJson;

/** Small generated problems that solve in a second or two, in each upload format. */
final class TinyProblems {

    static final int TEACHERS = 150;

    private TinyProblems() {
    }

    static TrainingProblem problem(long seed) {
        return ProblemGenerator.generate(GeneratorOptions.of(TEACHERS, seed));
    }

    static byte[] json(long seed) {
        return ProblemJson.toBytes(problem(seed));
    }

    static Path zip(long seed, Path folder) {
        Path zip = folder.resolve("problem-" + seed + ".zip");
        ProblemFiles.write(problem(seed), zip);
        return zip;
    }

    static Path csvFolder(long seed, Path folder) {
        Path bundle = folder.resolve("problem-" + seed);
        ProblemFiles.write(problem(seed), bundle);
        return bundle;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
