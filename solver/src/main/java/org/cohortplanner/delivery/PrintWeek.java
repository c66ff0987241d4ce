package org.cohortplanner.delivery;

import java.time.LocalDate;

import org.cohortplanner.problem.PrintHouse;

/** One print house's production in the week starting {@code monday}, and how many kits it can print then. */
public record PrintWeek(PrintHouse printHouse, LocalDate monday, int capacity) {
}
