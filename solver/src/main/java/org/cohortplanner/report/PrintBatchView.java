package org.cohortplanner.report;

import java.time.LocalDate;
import java.util.List;

/** What one print house prints in one week (starting on {@code week}, a Monday), ready to load the week after. */
public record PrintBatchView(String printHouseId, LocalDate week, List<KitCount> kits) {

    public PrintBatchView {
        kits = List.copyOf(kits);
    }
}
