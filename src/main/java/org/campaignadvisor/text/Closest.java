package org.campaignadvisor.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word or sentence closest to a misspelt one, for "did you mean …?" hints. */
public final class Closest {
    private Closest() {
    }

    /** The candidate with the smallest edit distance, if it is close enough to be a likely typo. */
    public static Optional<String> to(String text, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String wanted = text.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, text.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions needed to turn a into b. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "; did you mean \"x\"?" for the closest candidate, or "" when none is close. */
    public static String suggestion(String text, Collection<String> candidates) {
        return to(text, candidates).map(c -> "; did you mean \"" + c + "\"?").orElse("");
    }
}
