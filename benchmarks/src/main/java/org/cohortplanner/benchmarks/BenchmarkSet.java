package org.cohortplanner.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
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

    /** How long each shape instance is solved in the {@code readme} set, to keep the whole set near 25 minutes. */
    static final Duration README_SHAPE_LIMIT = Duration.ofSeconds(30);

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
        add(new BenchmarkSet("readme", "every figure of the README's results: the targets set, the fair baseline on"
                + " each of its instances, and every shape instance for " + README_SHAPE_LIMIT.toSeconds() + " s (run with"
                + " -Xmx8g), about 22 minutes of solving on 2 cores plus the bounds", readme()));
        add(new BenchmarkSet("speed", "Timefold's local search alone (no booking search) on the reference with and"
                + " without printed materials, 60 s each: its move speed",
                List.of(new Entry("reference-8850", List.of("local-search-only"), Duration.ofSeconds(60)),
                        new Entry("reference-no-logistics", List.of("local-search-only"), Duration.ofSeconds(60)))));
        add(new BenchmarkSet("reference", "the reference instance for 5 minutes with the default and tuned configurations",
                List.of(new Entry("reference-8850", DEFAULT_AND_TUNED, Duration.ofMinutes(5)))));
        add(new BenchmarkSet("national", "75,000 teachers for 5 minutes with the default and tuned configurations",
                List.of(new Entry("national-75000", DEFAULT_AND_TUNED, Duration.ofMinutes(5)))));
    }

    /** The targets, each with the fair baseline (construction alone), then the shapes with both. */
    private static List<Entry> readme() {
        List<Entry> entries = new ArrayList<>();
        for (Entry target : SETS.get("targets").entries()) {
            List<String> variants = new ArrayList<>(target.variants());
            boolean first = entries.stream().noneMatch(e -> e.instance().equals(target.instance()));
            if (first) {
                variants.add("construction-only");
            }
            entries.add(new Entry(target.instance(), variants, target.timeLimit()));
        }
        BenchmarkInstances.SHAPES.keySet().forEach(name -> entries.add(new Entry(name,
                List.of("default", "construction-only"), README_SHAPE_LIMIT)));
        return entries;
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
