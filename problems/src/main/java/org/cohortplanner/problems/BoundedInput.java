package org.cohortplanner.problems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads input in pieces and stops as soon as it is longer than allowed, so that its size never reaches memory. */
public final class BoundedInput {

    private static final int CHUNK = 64 * 1024;

    private BoundedInput() {
    }

    /** More input than a limit allows; the message says which limit, such as {@code larger than 64 MB}. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /** Every byte of the stream, or {@link TooLargeException} once there are more than {@code max}. */
    public static byte[] read(InputStream in, long max, String limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            total += n;
            if (total > max) {
                throw new TooLargeException(limit);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * A regular file's bytes: a device (a link to {@code /dev/zero}), a FIFO or a folder is refused before it is
     * opened, since reading it could block or never end.
     */
    public static byte[] readFile(Path file, long max) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a regular file");
        }
        if (Files.size(file) > max) {
            throw new TooLargeException("larger than " + InputLimits.bytes(max) + ", the limit");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, max, "larger than " + InputLimits.bytes(max) + ", the limit");
        }
    }
}
