package org.cohortplanner.problems.instances;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The shape of a generated problem beyond its size: how its regions lie, how they are joined, who speaks what, when
 * trainers can work, which districts close in winter and where kits come from. {@link #STANDARD} is the shape every
 * generated problem had before shapes existed; the generator gives exactly the same problem for it.
 *
 * @param layout how the regions lie on the map
 * @param mountainRoadMinutes 0 for none; otherwise the last region is joined to the others by one road of this many
 *        minutes only, and its district farthest from its city lies beyond a pass ({@link #PASS_MINUTES} from the
 *        city by its only road, closed in winter)
 * @param russianShares the share of Russian-taught teachers of the first regions, in region order (each from 0 to 1;
 *        the other regions draw theirs around the mean, about a quarter); empty for all drawn
 * @param lateTrainerShare share of trainers ready only from {@link #LATE_READY} instead of after the first four weeks
 * @param longLeaveShare share of trainers on a {@link #LONG_LEAVE_WEEKS}-week leave in the school year; no trainer is
 *        both late and on long leave, so the two shares add up to at most 1
 * @param winterClosureShare share of the districts other than region cities closed from December to February
 * @param printHouses where kits are printed
 * @param trucks how many trucks; null derives them (one per 3,000 teachers, at least two)
 */
public record Shape(Layout layout, int mountainRoadMinutes, List<Double> russianShares, double lateTrainerShare,
        double longLeaveShare, double winterClosureShare, PrintHouses printHouses, Integer trucks) {

    /** How the regions lie. */
    public enum Layout {
        /** Regions on a grid over a box the size of Kyrgyzstan, neighbouring cities joined by roads. */
        GRID,
        /**
         * Regions side by side from west to east, like valleys along a river: each city joined to the next only. (The
         * grid of up to four regions is such a line already.)
         */
        LINE,
        /** Regions packed close together, about 100 km apart, so that a region's neighbours are within reach. */
        CLUSTER;

        /** The name as the command line writes it: {@code grid}, {@code line}, {@code cluster}. */
        public String option() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Layout ofOption(String option) {
            for (Layout value : values()) {
                if (value.option().equals(option)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("Layout must be grid, line or cluster (" + option + ")");
        }
    }

    /** Where kits are printed. */
    public enum PrintHouses {
        /** One print house in the first region's city. */
        FIRST_CITY,
        /** A print house in every region's city, each sized for its region. */
        PER_REGION,
        /** One print house in a city far from every region (a day's drive), where no one trains. */
        FAR_AWAY;

        /** The name as the command line writes it: {@code first-city}, {@code per-region}, {@code far-away}. */
        public String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static PrintHouses ofOption(String option) {
            for (PrintHouses value : values()) {
                if (value.option().equals(option)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("Print houses must be first-city, per-region or far-away (" + option
                    + ")");
        }
    }

    /** Minutes from the remote region's city to the district beyond the pass. */
    public static final int PASS_MINUTES = 170;
    public static final int MIN_MOUNTAIN_ROAD_MINUTES = 120;
    public static final int MAX_MOUNTAIN_ROAD_MINUTES = 1440;
    /** When late trainers are ready: after a second round of training of trainers over the winter. */
    public static final LocalDate LATE_READY = LocalDate.of(2026, 3, 2);
    public static final int LONG_LEAVE_WEEKS = 16;
    /** The share of districts closing in winter in the standard shape. */
    public static final double STANDARD_WINTER_CLOSURE_SHARE = 0.1;

    /** Today's shape: a grid, no mountain road, drawn languages, trainers ready together, one print house. */
    public static final Shape STANDARD = new Shape(Layout.GRID, 0, List.of(), 0.0, 0.0,
            STANDARD_WINTER_CLOSURE_SHARE, PrintHouses.FIRST_CITY, null);

    public Shape {
        if (layout == null) {
            throw new IllegalArgumentException("Layout must be grid, line or cluster (none given)");
        }
        if (mountainRoadMinutes != 0 && (mountainRoadMinutes < MIN_MOUNTAIN_ROAD_MINUTES
                || mountainRoadMinutes > MAX_MOUNTAIN_ROAD_MINUTES)) {
            throw new IllegalArgumentException("Mountain road must take from " + MIN_MOUNTAIN_ROAD_MINUTES + " to "
                    + MAX_MOUNTAIN_ROAD_MINUTES + " minutes, or 0 for none (" + mountainRoadMinutes + ")");
        }
        russianShares = russianShares == null ? List.of() : List.copyOf(russianShares);
        for (Double share : russianShares) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("Each region's Russian share must be from 0 to 1 (" + share + ")");
            }
        }
        requireShare("Late trainer share", lateTrainerShare);
        requireShare("Long leave share", longLeaveShare);
        if (lateTrainerShare + longLeaveShare > 1) {
            throw new IllegalArgumentException("Late trainer share and long leave share add up to more than 1 ("
                    + lateTrainerShare + " + " + longLeaveShare + ")");
        }
        requireShare("Winter closure share", winterClosureShare);
        if (printHouses == null) {
            throw new IllegalArgumentException("Print houses must be first-city, per-region or far-away (none given)");
        }
        if (trucks != null && trucks < 1) {
            throw new IllegalArgumentException("At least one truck (" + trucks + ")");
        }
    }

    private static void requireShare(String what, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(what + " must be from 0 to 1 (" + share + ")");
        }
    }

    public Shape withLayout(Layout newLayout) {
        return new Shape(newLayout, mountainRoadMinutes, russianShares, lateTrainerShare, longLeaveShare,
                winterClosureShare, printHouses, trucks);
    }

    public Shape withMountainRoadMinutes(int minutes) {
        return new Shape(layout, minutes, russianShares, lateTrainerShare, longLeaveShare, winterClosureShare,
                printHouses, trucks);
    }

    public Shape withRussianShares(List<Double> shares) {
        return new Shape(layout, mountainRoadMinutes, shares, lateTrainerShare, longLeaveShare, winterClosureShare,
                printHouses, trucks);
    }

    public Shape withLateTrainerShare(double share) {
        return new Shape(layout, mountainRoadMinutes, russianShares, share, longLeaveShare, winterClosureShare,
                printHouses, trucks);
    }

    public Shape withLongLeaveShare(double share) {
        return new Shape(layout, mountainRoadMinutes, russianShares, lateTrainerShare, share, winterClosureShare,
                printHouses, trucks);
    }

    public Shape withWinterClosureShare(double share) {
        return new Shape(layout, mountainRoadMinutes, russianShares, lateTrainerShare, longLeaveShare, share,
                printHouses, trucks);
    }

    public Shape withPrintHouses(PrintHouses newPrintHouses) {
        return new Shape(layout, mountainRoadMinutes, russianShares, lateTrainerShare, longLeaveShare,
                winterClosureShare, newPrintHouses, trucks);
    }

    public Shape withTrucks(Integer newTrucks) {
        return new Shape(layout, mountainRoadMinutes, russianShares, lateTrainerShare, longLeaveShare,
                winterClosureShare, printHouses, newTrucks);
    }
}
