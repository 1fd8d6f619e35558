package org.campaignadvisor.rules;

import java.nio.file.Path;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.ProblemText;

/**
 * One problem in a rule file, located like a compiler error: {@code file:line:column: message},
 * followed by the offending line of text.
 *
 * @param file   path relative to the rules directory ("" when the problem concerns the whole directory)
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param text   the offending line of the file, "" when unknown
 */
public record RuleProblem(String file, int line, int column, String message, String text) {

    /** The same problem with the file named from the given directory (e.g. {@code rules/x.drl}). */
    public RuleProblem in(Path directory) {
        String where = file.isEmpty() ? directory.toString() : directory.resolve(file).toString();
        return new RuleProblem(where, line, column, message, text);
    }

    /** The same problem said in a language (the file, line and offending text stay as they are). */
    public RuleProblem in(Language language) {
        return new RuleProblem(file, line, column, ProblemText.sayRule(message, language), text);
    }

    /** {@code rules/advice/recruitment.drl:12:7: message}, like a compiler. */
    public String location() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.toString();
    }

    @Override
    public String toString() {
        String head = location() + ": " + message;
        return text.isBlank() ? head : head + "\n    " + text.strip();
    }
}
