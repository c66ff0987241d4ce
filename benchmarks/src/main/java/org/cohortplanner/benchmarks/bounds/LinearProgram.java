package org.cohortplanner.benchmarks.bounds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * A linear program kept in plain arrays, so that a dual solution from any solver can be turned into a proven
 * bound with exact arithmetic ({@link #lagrangianBound}). Every column has finite bounds; a row's bound may be
 * infinite on one side.
 */
final class LinearProgram {

    static final double INFINITY = Double.POSITIVE_INFINITY;

    private double[] cost = new double[1024];
    private double[] columnLower = new double[1024];
    private double[] columnUpper = new double[1024];
    private int columns;

    private double[] rowLower = new double[1024];
    private double[] rowUpper = new double[1024];
    private int rows;

    private int[] entryRow = new int[4096];
    private int[] entryColumn = new int[4096];
    private double[] entryValue = new double[4096];
    private int entries;

    int addColumn(double objective, double lower, double upper) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("columns need finite bounds");
        }
        if (columns == cost.length) {
            cost = Arrays.copyOf(cost, columns * 2);
            columnLower = Arrays.copyOf(columnLower, columns * 2);
            columnUpper = Arrays.copyOf(columnUpper, columns * 2);
        }
        cost[columns] = objective;
        columnLower[columns] = lower;
        columnUpper[columns] = upper;
        return columns++;
    }

    int addRow(double lower, double upper) {
        if (rows == rowLower.length) {
            rowLower = Arrays.copyOf(rowLower, rows * 2);
            rowUpper = Arrays.copyOf(rowUpper, rows * 2);
        }
        rowLower[rows] = lower;
        rowUpper[rows] = upper;
        return rows++;
    }

    void set(int row, int column, double value) {
        if (value == 0.0) {
            return;
        }
        if (entries == entryRow.length) {
            entryRow = Arrays.copyOf(entryRow, entries * 2);
            entryColumn = Arrays.copyOf(entryColumn, entries * 2);
            entryValue = Arrays.copyOf(entryValue, entries * 2);
        }
        entryRow[entries] = row;
        entryColumn[entries] = column;
        entryValue[entries] = value;
        entries++;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    int entries() {
        return entries;
    }

    double cost(int column) {
        return cost[column];
    }

    double columnLower(int column) {
        return columnLower[column];
    }

    double columnUpper(int column) {
        return columnUpper[column];
    }

    double rowLower(int row) {
        return rowLower[row];
    }

    double rowUpper(int row) {
        return rowUpper[row];
    }

    int entryRow(int entry) {
        return entryRow[entry];
    }

    int entryColumn(int entry) {
        return entryColumn[entry];
    }

    double entryValue(int entry) {
        return entryValue[entry];
    }

    /**
     * The Lagrangian value of the row multipliers {@code duals}, in exact arithmetic: for every x within the
     * column bounds whose row activities lie within the row bounds, c·x = (c − Aᵀπ)·x + π·Ax ≥ Σⱼ min over xⱼ's
     * bounds of (c − Aᵀπ)ⱼ xⱼ + Σᵢ min over the row's bounds of πᵢ aᵢx. So the value is at most the LP optimum,
     * whatever the multipliers, and only their quality depends on the solver. A multiplier that would need an
     * infinite row bound is taken as 0.
     */
    BigDecimal lagrangianBound(double[] duals) {
        BigDecimal[] pi = new BigDecimal[rows];
        BigDecimal bound = BigDecimal.ZERO;
        for (int i = 0; i < rows; i++) {
            double multiplier = Double.isFinite(duals[i]) ? duals[i] : 0.0;
            // Rounded to 2^-30 so the exact sums below stay short; any multiplier is valid.
            multiplier = Math.scalb(Math.rint(Math.scalb(multiplier, 30)), -30);
            if ((multiplier > 0 && !Double.isFinite(rowLower[i]))
                    || (multiplier < 0 && !Double.isFinite(rowUpper[i]))) {
                multiplier = 0.0;
            }
            pi[i] = new BigDecimal(multiplier);
            if (multiplier != 0.0) {
                bound = bound.add(pi[i].multiply(new BigDecimal(multiplier > 0 ? rowLower[i] : rowUpper[i])));
            }
        }
        BigDecimal[] reduced = new BigDecimal[columns];
        for (int j = 0; j < columns; j++) {
            reduced[j] = new BigDecimal(cost[j]);
        }
        for (int e = 0; e < entries; e++) {
            BigDecimal multiplier = pi[entryRow[e]];
            if (multiplier.signum() != 0) {
                reduced[entryColumn[e]] = reduced[entryColumn[e]].subtract(
                        multiplier.multiply(new BigDecimal(entryValue[e])));
            }
        }
        for (int j = 0; j < columns; j++) {
            int sign = reduced[j].signum();
            if (sign != 0) {
                bound = bound.add(reduced[j].multiply(new BigDecimal(sign > 0 ? columnLower[j] : columnUpper[j])));
            }
        }
        return bound;
    }

    /** The largest whole number not above the value. */
    static long floor(BigDecimal value) {
        return value.setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
