package org.cohortplanner.problems.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.KitCount;
import org.cohortplanner.report.PrintBatchView;

/** The delivery tables of a plan bundle ({@code deliveries.csv}, {@code print_batches.csv}): views to rows and back. */
final class DeliveryTables {

    private static final String[] DELIVERY_HEADER = {"delivery_id", "vehicle_id", "print_house_id", "departure",
        "return_date", "km", "cost", "stop", "district_id", "arrival", "track", "language", "count"};

    private DeliveryTables() {
    }

    /**
     * One row per kit line of each stop, the trip's own columns repeated, so a spreadsheet can filter and sum;
     * a stop without kits (or a trip without stops) still has a row, with those columns empty.
     */
    static List<String[]> deliveryRows(List<DeliveryView> deliveries) {
        List<String[]> rows = new ArrayList<>();
        rows.add(DELIVERY_HEADER);
        for (DeliveryView d : deliveries) {
            Object[] trip = {d.id(), d.vehicleId(), d.printHouseId(), d.departure(), d.returnDate(), d.km(), d.cost()};
            if (d.stops().isEmpty()) {
                rows.add(PlanCsv.row(concat(trip, null, null, null, null, null, null)));
            }
            for (int i = 0; i < d.stops().size(); i++) {
                DeliveryView.Stop stop = d.stops().get(i);
                if (stop.kits().isEmpty()) {
                    rows.add(PlanCsv.row(concat(trip, i + 1, stop.districtId(), stop.arrival(), null, null, null)));
                }
                for (KitCount kits : stop.kits()) {
                    rows.add(PlanCsv.row(concat(trip, i + 1, stop.districtId(), stop.arrival(), kits.track(),
                            kits.language(), kits.count())));
                }
            }
        }
        return rows;
    }

    static List<String[]> printBatchRows(List<PrintBatchView> batches) {
        List<String[]> rows = new ArrayList<>();
        rows.add(PlanCsv.row("print_house_id", "week", "track", "language", "count"));
        for (PrintBatchView batch : batches) {
            if (batch.kits().isEmpty()) {
                rows.add(PlanCsv.row(batch.printHouseId(), batch.week(), null, null, null));
            }
            batch.kits().forEach(kits -> rows.add(PlanCsv.row(batch.printHouseId(), batch.week(), kits.track(),
                    kits.language(), kits.count())));
        }
        return rows;
    }

    private static Object[] concat(Object[] head, Object... tail) {
        Object[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /** Rows of one trip are consecutive, and so are the rows of one stop (numbered from 1). */
    static List<DeliveryView> deliveries(List<String[]> rows) {
        List<DeliveryView> deliveries = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            String[] first = rows.get(i);
            List<DeliveryView.Stop> stops = new ArrayList<>();
            while (i < rows.size() && rows.get(i)[0].equals(first[0])) {
                String[] stopRow = rows.get(i);
                List<KitCount> kits = new ArrayList<>();
                while (i < rows.size() && rows.get(i)[0].equals(first[0]) && rows.get(i)[7].equals(stopRow[7])) {
                    kits.addAll(kitCount(rows.get(i), 10));
                    i++;
                }
                if (!stopRow[7].isEmpty()) {
                    stops.add(new DeliveryView.Stop(stopRow[8], PlanCsv.optionalDate(stopRow[9]), kits));
                }
            }
            deliveries.add(new DeliveryView(first[0], first[1], PlanCsv.blankToNull(first[2]),
                    PlanCsv.optionalDate(first[3]), PlanCsv.optionalDate(first[4]), Double.parseDouble(first[5]),
                    Long.parseLong(first[6]), stops));
        }
        return deliveries;
    }

    /** Rows of one batch (print house and week) are consecutive. */
    static List<PrintBatchView> printBatches(List<String[]> rows) {
        List<PrintBatchView> batches = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            String[] first = rows.get(i);
            List<KitCount> kits = new ArrayList<>();
            while (i < rows.size() && rows.get(i)[0].equals(first[0]) && rows.get(i)[1].equals(first[1])) {
                kits.addAll(kitCount(rows.get(i), 2));
                i++;
            }
            batches.add(new PrintBatchView(first[0], LocalDate.parse(first[1]), kits));
        }
        return batches;
    }

    /** The kit line in the three columns from {@code column} (track, language, count); none when they are empty. */
    private static List<KitCount> kitCount(String[] row, int column) {
        if (row[column].isEmpty()) {
            return List.of();
        }
        return List.of(new KitCount(row[column], row[column + 1], Integer.parseInt(row[column + 2])));
    }
}
