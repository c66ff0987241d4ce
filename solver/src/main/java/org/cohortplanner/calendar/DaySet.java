package org.cohortplanner.calendar;

import java.util.Arrays;

/** An immutable set of day indexes (days since the horizon start), for fast overlap counts. */
public final class DaySet {

    public static final DaySet EMPTY = new DaySet(new long[0]);

    private final long[] words;
    private final int hash;

    private DaySet(long[] words) {
        this.words = words;
        this.hash = Arrays.hashCode(trimmed(words));
    }

    public static DaySet of(int... dayIndexes) {
        int max = -1;
        for (int day : dayIndexes) {
            max = Math.max(max, day);
        }
        long[] words = new long[(max >> 6) + 1];
        for (int day : dayIndexes) {
            words[day >> 6] |= 1L << day;
        }
        return new DaySet(words);
    }

    public boolean contains(int dayIndex) {
        int word = dayIndex >> 6;
        return dayIndex >= 0 && word < words.length && (words[word] & (1L << dayIndex)) != 0;
    }

    public int size() {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** Calls {@code action} with each day, ascending, without boxing. */
    public void forEach(java.util.function.IntConsumer action) {
        for (int i = 0; i < words.length; i++) {
            long word = words[i];
            while (word != 0) {
                action.accept((i << 6) + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
    }

    public int countCommon(DaySet other) {
        int count = 0;
        for (int i = 0, n = Math.min(words.length, other.words.length); i < n; i++) {
            count += Long.bitCount(words[i] & other.words[i]);
        }
        return count;
    }

    public boolean intersects(DaySet other) {
        for (int i = 0, n = Math.min(words.length, other.words.length); i < n; i++) {
            if ((words[i] & other.words[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    public DaySet union(DaySet other) {
        long[] longer = words.length >= other.words.length ? words : other.words;
        long[] shorter = longer == words ? other.words : words;
        long[] union = longer.clone();
        for (int i = 0; i < shorter.length; i++) {
            union[i] |= shorter[i];
        }
        return new DaySet(union);
    }

    /** The days of this set and the day before and after each. */
    public DaySet withNeighbours() {
        long[] grown = Arrays.copyOf(words, words.length + 1);
        long[] result = grown.clone();
        for (int i = 0; i < grown.length; i++) {
            result[i] |= grown[i] << 1;
            result[i] |= grown[i] >>> 1;
            if (i > 0) {
                result[i] |= grown[i - 1] >>> 63;
            }
            if (i + 1 < grown.length) {
                result[i] |= grown[i + 1] << 63;
            }
        }
        return new DaySet(result);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DaySet other && Arrays.equals(trimmed(words), trimmed(other.words));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    private static long[] trimmed(long[] words) {
        int length = words.length;
        while (length > 0 && words[length - 1] == 0) {
            length--;
        }
        return Arrays.copyOf(words, length);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int day = 0; day < words.length * 64; day++) {
            if (contains(day)) {
                text.append(text.length() > 1 ? "," : "").append(day);
            }
        }
        return text.append(']').toString();
    }
}
