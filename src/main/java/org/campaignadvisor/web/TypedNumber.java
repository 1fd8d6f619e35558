package org.campaignadvisor.web;

import java.util.regex.Pattern;

/**
 * Numbers as people type them into a form: "12,000", "12 000", "12.5", "0,45", "45%", "45 %".
 * A number with thousands separators loses them; a lone comma before one or two digits is a decimal
 * comma; a percentage becomes a share (45% is 0.45). Anything else stays text, so the plan schema
 * reports it beside its field.
 */
final class TypedNumber {
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}([, ]\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d{1,2}");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private TypedNumber() {
    }

    /** The number typed, or null when the text is not one. */
    static Double parse(String typed) {
        String text = typed.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
        boolean percent = text.endsWith("%");
        if (percent) {
            text = text.substring(0, text.length() - 1).strip();
        }
        String plain;
        if (PLAIN.matcher(text).matches()) {
            plain = text;
        } else if (THOUSANDS.matcher(text).matches()) {
            plain = text.replace(",", "").replace(" ", "");
        } else if (DECIMAL_COMMA.matcher(text).matches()) {
            plain = text.replace(',', '.');
        } else {
            return null;
        }
        double value = Double.parseDouble(plain);
        if (!Double.isFinite(value)) {
            return null;
        }
        return percent ? value / 100 : value;
    }
}
