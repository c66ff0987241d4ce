package org.cohortplanner.problems.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.cohortplanner.problems.BoundedInput;
import org.cohortplanner.problems.InputLimits;
import org.cohortplanner.problems.validation.ValidationIssue;

/** The files of a CSV bundle, by file name, from and to a folder or a zip file. */
final class CsvBundle {

    /** Entries of written zip files carry this time, so that writing the same problem gives the same bytes. */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(946_684_800_000L);

    private CsvBundle() {
    }

    static boolean isZip(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase().endsWith(".zip");
    }

    /** The wanted files found in a folder or zip; unreadable ones are reported, missing ones left out. */
    static Map<String, byte[]> read(Path path, List<String> wanted, List<ValidationIssue> issues) {
        return read(path, wanted, issues, InputLimits.DEFAULTS);
    }

    /** The same, reading no more than the limits allow: a larger file or entry is reported and left out. */
    static Map<String, byte[]> read(Path path, List<String> wanted, List<ValidationIssue> issues,
            InputLimits limits) {
        String bundle = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return readFolder(path, wanted, issues, limits);
        }
        if (!Files.exists(path)) {
            issues.add(ValidationIssue.error(bundle, 0, null, "no such file or folder"));
            return Map.of();
        }
        if (!Files.isRegularFile(path)) {
            issues.add(ValidationIssue.error(bundle, 0, null, "cannot read zip (not a regular file)"));
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(path)) {
            if (Files.size(path) > limits.fileBytes()) {
                issues.add(ValidationIssue.error(bundle, 0, null, "larger than "
                        + InputLimits.bytes(limits.fileBytes()) + ", the limit"));
                return Map.of();
            }
            return readZip(bundle, in, wanted, issues, limits);
        } catch (IOException e) {
            issues.add(ValidationIssue.error(bundle, 0, null, "cannot read zip (" + e.getMessage() + ")"));
            return Map.of();
        }
    }

    private static Map<String, byte[]> readFolder(Path folder, List<String> wanted, List<ValidationIssue> issues,
            InputLimits limits) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : wanted) {
            Path file = folder.resolve(name);
            if (Files.exists(file)) {
                try {
                    files.put(name, BoundedInput.readFile(file, limits.fileBytes()));
                } catch (IOException e) {
                    issues.add(ValidationIssue.error(name, 0, null, "cannot read file (" + e.getMessage() + ")"));
                }
            }
        }
        return files;
    }

    /**
     * Takes the wanted files from anywhere in the zip, so that a zipped folder works too. Every entry, wanted or
     * not, is read through the limits: skipping one decompresses it too.
     */
    private static Map<String, byte[]> readZip(String bundle, InputStream in, List<String> wanted,
            List<ValidationIssue> issues, InputLimits limits) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                if (entries > limits.zipEntries()) {
                    issues.add(ValidationIssue.error(bundle, 0, null, "more than " + limits.zipEntries()
                            + " entries, the limit"));
                    return files;
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                long allowed = Math.min(limits.zipEntryBytes(), limits.zipTotalBytes() - total);
                byte[] content;
                try {
                    content = BoundedInput.read(zip, allowed, "");
                } catch (BoundedInput.TooLargeException e) {
                    issues.add(allowed < limits.zipEntryBytes()
                            ? ValidationIssue.error(bundle, 0, null, "more than "
                                    + InputLimits.bytes(limits.zipTotalBytes())
                                    + " once decompressed, the limit for all entries")
                            : ValidationIssue.error(name.isEmpty() ? bundle : name, 0, null, "more than "
                                    + InputLimits.bytes(limits.zipEntryBytes())
                                    + " once decompressed, the limit for one zip entry"));
                    return files;
                }
                total += content.length;
                if (entry.isDirectory() || !wanted.contains(name) || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (files.containsKey(name)) {
                    issues.add(ValidationIssue.error(bundle, 0, null, "more than one " + name));
                    continue;
                }
                files.put(name, content);
            }
        }
        if (entries == 0) {
            issues.add(ValidationIssue.error(bundle, 0, null, "not a zip file, or an empty one"));
        }
        return files;
    }

    /** Writes the files into a .zip when the path names one, into a folder otherwise. */
    static void write(Path bundle, Map<String, byte[]> files) {
        try {
            if (isZip(bundle)) {
                writeZip(bundle, files);
            } else {
                writeFolder(bundle, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + bundle, e);
        }
    }

    static void writeFolder(Path folder, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
    }

    static void writeZip(Path zipFile, Map<String, byte[]> files) throws IOException {
        Path parent = zipFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(zipFile)) {
            writeZip(out, files);
        }
    }

    static void writeZip(OutputStream out, Map<String, byte[]> files) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            ZipEntry entry = new ZipEntry(file.getKey());
            entry.setLastModifiedTime(ENTRY_TIME);
            zip.putNextEntry(entry);
            zip.write(file.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }
}
