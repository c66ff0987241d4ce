package org.cohortplanner.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohortplanner.benchmarks.instances.BenchmarkInstances;

/**
 * Which instances run with which solver configurations, and for how long each run may take.
 *
 * @param entries in the order they run
 */
public record BenchmarkSet(String name, String description, List<Entry> entries) {

    /** One instance solved by each of the configurations, each run stopping at the time limit. */
    public record Entry(String instance, List<String> variants, Duration timeLimit) {
    }

    private static final List<String> ALL_VARIANTS = List.of("default", "construction-only", "late-acceptance-400", "tuned");
    private static final List<String> DEFAULT_AND_TUNED = List.of("default", "construction-only", "tuned");
    private static final Map<String, BenchmarkSet> SETS = new LinkedHashMap<>();

    static {
        add(new BenchmarkSet("smoke", "tiny and reference instances with short limits, about 3 minutes of solving",
                List.of(new Entry("tiny-200", ALL_VARIANTS, Duration.ofSeconds(10)),
                        new Entry("reference-8850", DEFAULT_AND_TUNED, Duration.ofSeconds(30)),
                        new Entry("reference-no-logistics", DEFAULT_AND_TUNED, Duration.ofSeconds(30)))));
        add(new BenchmarkSet("default", "every instance but the shapes, about 20 minutes of solving on 2 cores",
                List.of(new Entry("tiny-200", ALL_VARIANTS, Duration.ofSeconds(10)),
                        new Entry("reference-8850", ALL_VARIANTS, Duration.ofSeconds(100)),
                        new Entry("reference-no-logistics", DEFAULT_AND_TUNED, Duration.ofSeconds(100)),
                        new Entry("generated-15000", DEFAULT_AND_TUNED, Duration.ofSeconds(90)),
                        new Entry("hard-few-ru-science", DEFAULT_AND_TUNED, Duration.ofSeconds(60)),
                        new Entry("hard-short-horizon", DEFAULT_AND_TUNED, Duration.ofSeconds(60)),
                        new Entry("national-75000", List.of("tuned"), Duration.ofSeconds(180)))));
        add(new BenchmarkSet("shapes", "generated instances of " + BenchmarkInstances.SHAPES.size()
                + " shapes (1,500 to 20,000 teachers) with the default and tuned configurations, 60 s each, about "
                + BenchmarkInstances.SHAPES.size() * 2 + " minutes of solving",
                BenchmarkInstances.SHAPES.keySet().stream()
                        .map(name -> new Entry(name, DEFAULT_AND_TUNED, Duration.ofSeconds(60))).toList()));
        add(new BenchmarkSet("targets", "the solver's targets with the shipped configuration: the reference with and"
                + " without printed materials for 5 minutes and without for 60 s, 75,000 teachers for 5 minutes (run"
                + " with -Xmx8g), about 16 minutes of solving",
                List.of(new Entry("reference-8850", List.of("default"), Duration.ofMinutes(5)),
                        new Entry("reference-no-logistics", List.of("default"), Duration.ofSeconds(60)),
                        new Entry("reference-no-logistics", List.of("default"), Duration.ofMinutes(5)),
                        new Entry("national-75000", List.of("default"), Duration.ofMinutes(5)))));
        add(new BenchmarkSet("reference", "the reference instance for 5 minutes with the default and tuned configurations",
                List.of(new Entry("reference-8850", DEFAULT_AND_TUNED, Duration.ofMinutes(5)))));
        add(new BenchmarkSet("national", "75,000 teachers for 5 minutes with the default and tuned configurations",
                List.of(new Entry("national-75000", DEFAULT_AND_TUNED, Duration.ofMinutes(5)))));
    }

    private static void add(BenchmarkSet set) {
        SETS.put(set.name(), set);
    }

    public static BenchmarkSet named(String name) {
        BenchmarkSet set = SETS.get(name);
        if (set == null) {
            throw new IllegalArgumentException("Unknown benchmark set (" + name + "); known: " + SETS.keySet());
        }
        return set;
    }

    public static List<BenchmarkSet> all() {
        return List.copyOf(SETS.values());
    }

    public List<String> instances() {
        return entries.stream().map(Entry::instance).distinct().toList();
    }
}
