package org.campaignadvisor.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Start, decisive day and end of the campaign. Dates may be absent. */
public record Timeline(LocalDate start, LocalDate keyDate, LocalDate end, boolean continueAfterKeyDate) {

    /** Days from start to key date, or -1 when either is unknown. */
    public long daysToKeyDate() {
        return days(start, keyDate);
    }

    /** Days from key date to end, or -1 when either is unknown. */
    public long daysAfterKeyDate() {
        return days(keyDate, end);
    }

    /** Days from start to end, or -1 when either is unknown. */
    public long durationDays() {
        return days(start, end);
    }

    private static long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? -1 : ChronoUnit.DAYS.between(from, to);
    }
}
