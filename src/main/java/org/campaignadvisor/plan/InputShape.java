package org.campaignadvisor.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;

/**
 * Looks at the shape of plan text before any tree is built, streaming, in constant memory: a plan has
 * at most a few dozen fields per group, a few thousand values in all, one document, no YAML aliases,
 * no text after the end. Input outside these bounds is refused with one clear problem, so a hostile
 * body cannot make the reader build a huge tree or a huge list of errors.
 */
final class InputShape {
    /** The largest number of values (keys, scalars, groups, lists) in one plan. */
    static final int MAX_VALUES = 20_000;
    /** The largest number of fields in one group; the widest group of the plan format has 15. */
    static final int MAX_KEYS = 64;
    /** The deepest nesting of groups and lists; the plan format needs 4. */
    static final int MAX_DEPTH = 32;
    /** The longest text value. */
    static final int MAX_STRING = 100_000;

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNumberLength(100)
            .maxNameLength(1_000)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private InputShape() {
    }

    /** The one problem with the text's shape, or null when it is within bounds. Syntax errors are left to the reader. */
    static PlanProblem check(String text, PlanFormat format) {
        return check(text, format, MAX_VALUES);
    }

    static PlanProblem check(String text, PlanFormat format, int maxValues) {
        try {
            return format == PlanFormat.JSON ? json(text, maxValues) : yaml(text, maxValues);
        } catch (IOException | RuntimeException e) {
            return null; // a syntax error: the reader reports it with its line and column
        }
    }

    private static PlanProblem json(String text, int maxValues) throws IOException {
        Deque<int[]> keys = new ArrayDeque<>();
        int values = 0;
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken token;
            int depth = 0;
            while ((token = parser.nextToken()) != null) {
                if (++values > maxValues) {
                    return tooMany(maxValues);
                }
                switch (token) {
                    case START_OBJECT -> keys.push(new int[1]);
                    case END_OBJECT -> keys.pop();
                    case FIELD_NAME -> {
                        if (++keys.peek()[0] > MAX_KEYS) {
                            return tooWide(parser.getParsingContext().getParent().pathAsPointer().toString());
                        }
                    }
                    default -> { }
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 0) {
                        JsonToken after = parser.nextToken();
                        if (after != null) {
                            return new PlanProblem("", "has more after the end of the plan (line "
                                    + parser.currentLocation().getLineNr() + "): send exactly one JSON object");
                        }
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static PlanProblem yaml(String text, int maxValues) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(3 * 1024 * 1024);
        Deque<int[]> mappings = new ArrayDeque<>(); // per open mapping: scalars/collections seen at its top level
        int values = 0;
        int documents = 0;
        for (Event event : new Yaml(options).parse(new StringReader(text))) {
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                return new PlanProblem("", "holds more than one YAML document (a second \"---\" at line "
                        + (event.getStartMark().getLine() + 1) + "): send exactly one plan");
            }
            if (event instanceof AliasEvent alias) {
                return new PlanProblem("", "uses a YAML alias (*" + alias.getAnchor() + ", line " + (alias.getStartMark().getLine() + 1)
                        + "); aliases are not supported: write the value out");
            }
            if (event instanceof ScalarEvent || event instanceof CollectionStartEvent) {
                if (++values > maxValues) {
                    return tooMany(maxValues);
                }
                if (!mappings.isEmpty()) {
                    int[] count = mappings.peek();
                    if (++count[0] > 2 * MAX_KEYS) {
                        return tooWide("line " + (event.getStartMark().getLine() + 1));
                    }
                }
            }
            if (event instanceof MappingStartEvent) {
                mappings.push(new int[1]);
            } else if (event instanceof MappingEndEvent) {
                mappings.pop();
            } else if (event instanceof org.yaml.snakeyaml.events.SequenceStartEvent) {
                mappings.push(new int[] {Integer.MIN_VALUE}); // list items are not keys
            } else if (event instanceof SequenceEndEvent) {
                mappings.pop();
            }
        }
        return null;
    }

    private static PlanProblem tooMany(int maxValues) {
        return new PlanProblem("", "has more than " + maxValues + " values; a plan needs far fewer");
    }

    private static PlanProblem tooWide(String where) {
        return new PlanProblem("", "has a group with more than " + MAX_KEYS + " fields"
                + (where.isEmpty() ? "" : " (at " + where + ")") + "; no group of the plan format has more than 15 (see docs/plan-format.md)");
    }

    static List<PlanProblem> asList(PlanProblem problem) {
        return problem == null ? List.of() : List.of(problem);
    }
}
