package org.cohortplanner.problems;

/**
 * How much input a problem may be, so that a limit is reached before memory is. The command line uses
 * {@link #DEFAULTS}; the service binds the same defaults to {@code cohort-planner.limits.*}. The defaults fit a
 * national programme (300,000 teachers) on a 2-core, 8 GB machine.
 *
 * @param fileBytes bytes of one file read (a JSON document, a CSV file of a folder, a zip file) or one upload
 * @param zipEntryBytes decompressed bytes of one zip entry
 * @param zipTotalBytes decompressed bytes of all the entries of one zip
 * @param zipEntries entries of one zip
 * @param rowsPerFile data rows of one CSV file
 * @param teachers teachers of one problem
 * @param idLength characters of an id (the database keeps 200 for a programme id)
 * @param textLength characters of any other text, such as a name (the database keeps 500 for a programme name)
 */
public record InputLimits(long fileBytes, long zipEntryBytes, long zipTotalBytes, int zipEntries, int rowsPerFile,
        int teachers, int idLength, int textLength) {

    private static final long MB = 1024L * 1024L;

    public static final InputLimits DEFAULTS = new InputLimits(64 * MB, 64 * MB, 256 * MB, 64, 500_000, 300_000,
            200, 500);

    public InputLimits {
        if (fileBytes <= 0 || zipEntryBytes <= 0 || zipTotalBytes <= 0 || zipEntries <= 0 || rowsPerFile <= 0
                || teachers <= 0 || idLength <= 0 || textLength <= 0) {
            throw new IllegalArgumentException("every input limit must be positive");
        }
    }

    /** A byte count in words, such as {@code 64 MB} or {@code 1000 bytes}. */
    public static String bytes(long count) {
        return count >= MB && count % MB == 0 ? count / MB + " MB" : count + " bytes";
    }
}
