package org.cohortplanner.api.problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.cohortplanner.api.PlannerProperties;
import org.cohortplanner.api.errors.RequestException;
import org.cohortplanner.problems.InputLimits;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.ReadResult;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads uploaded problems with the same reader and validator as the command line: the upload is written to a
 * scratch folder as a {@code .json} file, a {@code .zip} or a folder of CSV files, then read by {@link ProblemFiles}.
 */
@Component
public class ProblemIntake {

    public static final String JSON_NAME = "problem.json";

    private final InputLimits limits;

    public ProblemIntake(PlannerProperties properties) {
        this.limits = properties.limits().input();
    }

    public ReadResult readJson(byte[] document) {
        return inScratchFolder(folder -> {
            Path file = folder.resolve(JSON_NAME);
            Files.write(file, document);
            return ProblemFiles.read(file, limits);
        });
    }

    /** One {@code .zip} or {@code .json} file, or the CSV files of a bundle. */
    public ReadResult readFiles(List<MultipartFile> files) {
        List<MultipartFile> uploaded = files.stream()
                .filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()))
                .toList();
        if (uploaded.isEmpty()) {
            throw RequestException.badRequest("No file in the form field 'file'");
        }
        Set<String> names = new HashSet<>();
        for (MultipartFile file : uploaded) {
            String name = name(file);
            if (name.equals(".") || name.equals("..") || name.indexOf('\0') >= 0) {
                throw RequestException.badRequest("A file may not be named '" + shortened(name) + "'");
            }
            if (!names.add(name)) {
                throw RequestException.badRequest("Two files are named '" + shortened(name)
                        + "'; send each file of a bundle once");
            }
        }
        return inScratchFolder(folder -> {
            if (uploaded.size() == 1 && !name(uploaded.get(0)).endsWith(".csv")) {
                Path file = folder.resolve(name(uploaded.get(0)));
                copy(uploaded.get(0), file);
                return ProblemFiles.read(file, limits);
            }
            Path bundle = Files.createDirectories(folder.resolve("bundle"));
            for (MultipartFile file : uploaded) {
                String name = name(file);
                if (!name.endsWith(".csv")) {
                    throw RequestException.badRequest("Several files must all be CSV files of one bundle ("
                            + shortened(name) + " is not); send a zip or JSON file on its own");
                }
                copy(file, bundle.resolve(name));
            }
            return ProblemFiles.read(bundle, limits);
        });
    }

    /** The file name without any folder, lower case; the readers pick the format by its extension. */
    private static String name(MultipartFile file) {
        String original = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        return name.isBlank() ? "upload" : name.toLowerCase(Locale.ROOT);
    }

    private static String shortened(String name) {
        return name.length() <= 100 ? name : name.substring(0, 100) + "…";
    }

    private static void copy(MultipartFile file, Path target) throws IOException {
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, target);
        }
    }

    private interface ScratchWork {
        ReadResult apply(Path folder) throws IOException;
    }

    private static ReadResult inScratchFolder(ScratchWork work) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cohort-planner-upload");
            return work.apply(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the upload while reading it", e);
        } finally {
            if (folder != null) {
                deleteQuietly(folder);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover scratch folder is harmless
        }
    }
}
