package org.campaignadvisor.plan;

/** One group of people the campaign wants to reach. */
public record Segment(
        String name,
        long size,
        String ageBand,
        Double internetShare,
        String digitalLiteracy,
        boolean fromUserAnalysis) {

    public Segment {
        name = Defaults.text(name, "");
    }

    /** Lower bound of the age band ("60+" gives 60, "18-29" gives 18), or -1 when unknown. */
    public int minAge() {
        if (ageBand == null || ageBand.isBlank()) {
            return -1;
        }
        int end = 0;
        while (end < ageBand.length() && Character.isDigit(ageBand.charAt(end))) {
            end++;
        }
        return Integer.parseInt(ageBand.substring(0, end));
    }

    /** Upper bound of the age band ("18-29" gives 29, "60+" gives 150), or -1 when unknown. */
    public int maxAge() {
        if (ageBand == null || ageBand.isBlank()) {
            return -1;
        }
        if (ageBand.endsWith("+")) {
            return 150;
        }
        return Integer.parseInt(ageBand.substring(ageBand.lastIndexOf('-') + 1));
    }
}
