package org.campaignadvisor.rules;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;

/**
 * Number formats for finding messages, callable from rules
 * ({@code import function Wording.percent;}).
 */
public final class Wording {
    private Wording() {
    }

    /** 0.37 → "37 %"; shares under 1 % keep one decimal (0.004 → "0.4 %"). */
    public static String percent(double share) {
        double value = share * 100;
        if (value != 0 && Math.abs(value) < 1) {
            return Math.round(value * 10) / 10.0 + " %";
        }
        return Math.round(value) + " %";
    }

    /** 28860 → "28,860". */
    public static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return value < 0 ? "-" + out : out.toString();
    }

    /** Whole numbers with separators, other numbers with one decimal, text as it is. */
    public static String value(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? number((long) d) : String.format(Locale.ROOT, "%,.1f", d);
        }
        if (value instanceof Number n) {
            return number(n.longValue());
        }
        return String.valueOf(value);
    }

    /** "an" before a word that starts with a vowel, "a" otherwise. */
    public static String article(String word) {
        return !word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** The text with its first letter in upper case, as a sentence starts; "" for null. */
    public static String sentence(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A language's number and date formats. Building them costs far more than using them and an
     * evaluation uses dozens, so each thread keeps its own (ICU formats are not thread-safe).
     */
    private static final class Formats {
        final NumberFormat whole;
        final NumberFormat upToOneDecimal;
        final NumberFormat oneDecimal;
        final DateFormat date;

        Formats(Language language) {
            ULocale locale = ULocale.forLocale(language.locale());
            whole = NumberFormat.getIntegerInstance(locale);
            upToOneDecimal = NumberFormat.getInstance(locale);
            upToOneDecimal.setMaximumFractionDigits(1);
            oneDecimal = NumberFormat.getInstance(locale);
            oneDecimal.setMaximumFractionDigits(1);
            oneDecimal.setMinimumFractionDigits(1);
            date = DateFormat.getDateInstance(DateFormat.SHORT, locale);
            date.setTimeZone(TimeZone.GMT_ZONE);
        }
    }

    private static final ThreadLocal<Map<Language, Formats>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private static Formats formats(Language language) {
        return FORMATS.get().computeIfAbsent(language, Formats::new);
    }

    /** The label of one code of a field of the plan format (see docs/labels.yaml). */
    public static String label(String field, String code) {
        return Labels.get().value(field, code);
    }

    /** A share as a percentage in a language: English as {@link #percent(double)}; others with their decimal sign. */
    public static String percent(Language language, double share) {
        if (language == null || language.isEnglish()) {
            return percent(share);
        }
        double value = share * 100;
        double shown = value != 0 && Math.abs(value) < 1 ? Math.round(value * 10) / 10.0 : Math.round(value);
        return formats(language).upToOneDecimal.format(shown) + "\u00A0%";
    }

    /** A whole number with the language's thousands separator: 28,860 in English, 28 860 in Russian. */
    public static String number(Language language, long value) {
        if (language == null || language.isEnglish()) {
            return number(value);
        }
        return formats(language).whole.format(value);
    }

    /** A value for a message in a language: numbers with its separators, text as it is. */
    public static String value(Language language, Object value) {
        if (language == null || language.isEnglish()) {
            return value(value);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return number(language, (long) d);
            }
            return formats(language).oneDecimal.format(d);
        }
        if (value instanceof Number n) {
            return number(language, n.longValue());
        }
        return String.valueOf(value);
    }

    /** A date as the language writes it: 2011-04-03 in English (as the plan has it), 03.04.2011 in Russian. */
    public static String date(Language language, LocalDate date) {
        if (date == null) {
            return "";
        }
        if (language == null || language.isEnglish()) {
            return date.toString();
        }
        return formats(language).date.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** The label of a code in a language (English when the language is null). */
    public static String label(Language language, String field, String code) {
        return Labels.of(language == null ? Language.ENGLISH : language).value(field, code);
    }

    /** An explanation ("why") in a language, from the {@code why.<key>} messages; English when the language is null. */
    public static String say(Language language, String key, Object... args) {
        Messages messages = Messages.of(language == null ? Language.ENGLISH : language);
        return messages.has("why." + key) ? messages.t("why." + key, args) : key.substring(key.lastIndexOf('.') + 1);
    }

    /** Platform codes as names in a language, sorted by code and comma-separated. */
    public static String platforms(Language language, Collection<?> codes) {
        return Labels.of(language == null ? Language.ENGLISH : language)
                .platforms(new TreeSet<>(codes.stream().map(String::valueOf).toList()));
    }

    /** Codes of a field as their labels in a language, comma-separated, as they read inside a sentence. */
    public static String labels(Language language, String field, Collection<String> codes) {
        return codes.stream().map(code -> inText(label(language, field, code))).collect(Collectors.joining(", "));
    }

    /** Codes of a field as their labels in a sentence in a language, the last joined with its "or": "officials, parliament or the election commission". */
    public static String alternatives(Language language, String field, Collection<String> codes) {
        List<String> words = codes.stream().map(code -> inText(label(language, field, code))).toList();
        if (words.size() < 2) {
            return String.join("", words);
        }
        return say(language, "or", "first", String.join(", ", words.subList(0, words.size() - 1)), "last", words.get(words.size() - 1));
    }

    /** A label as it reads inside a sentence: lower case first letter, except for names (Facebook, SMS). */
    public static String inText(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))
                && !label.matches("(Facebook|Twitter|Skype|Odnoklassniki|MoiMir|VKontakte|YouTube|ID).*")) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /** The distinct items, sorted and comma-separated: ["vkontakte", "facebook"] → "facebook, vkontakte". */
    public static String joined(Collection<?> items) {
        return String.join(", ", new TreeSet<>(items.stream().map(String::valueOf).toList()));
    }
}
