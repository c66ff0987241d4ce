package org.cohortplanner.problems.instances;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The tracks and languages of the programme, as the solver spells them. */
public final class Tracks {

    public static final String PRIMARY = "PRIMARY";
    public static final String MATH = "MATH";
    public static final String SCIENCE = "SCIENCE";
    public static final List<String> ALL = List.of(PRIMARY, MATH, SCIENCE);

    public static final String KYRGYZ = "ky";
    public static final String RUSSIAN = "ru";
    public static final List<String> LANGUAGES = List.of(KYRGYZ, RUSSIAN);

    private Tracks() {
    }

    /** An unmodifiable set that iterates in sorted order, so that written problems come out the same every time. */
    static Set<String> sortedSet(String... values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(values)));
    }

    static Set<String> sortedSet(Set<String> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    static String otherLanguage(String language) {
        return KYRGYZ.equals(language) ? RUSSIAN : KYRGYZ;
    }
}
