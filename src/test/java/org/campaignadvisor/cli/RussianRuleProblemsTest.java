package org.campaignadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.ProblemText;
import org.campaignadvisor.text.RussianText;
import org.campaignadvisor.trainer.DraftTrial;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every kind of rule mistake a trainer meets (in a rule file or in a translation file) is said in
 * Russian in the trainers' area: no English left but what is written in the files themselves
 * (rule ids, sentences, tags, file names and codes).
 */
@Tag("unit")
class RussianRuleProblemsTest {
    private static final Language RU = Language.of("ru").orElseThrow();

    @Test
    void every_rule_mistake_is_said_in_russian(@TempDir Path dir) throws Exception {
        List<String> problems = new ArrayList<>();
        int said = 0;
        List<Arguments> all = Stream.concat(RuleMistakesTest.mistakes().map(a -> withFile(a, "advice/channels.dslr")),
                TranslationMistakesTest.mistakes().map(a -> withFile(a, "lang/ru.yaml"))).toList();
        for (Arguments arguments : all) {
            Object[] a = arguments.get();
            String kind = (String) a[0];
            @SuppressWarnings("unchecked")
            UnaryOperator<String> edit = (UnaryOperator<String>) a[1];
            String file = (String) a[a.length - 1];
            String draft = edit.apply(Files.readString(Fixtures.RULES.resolve(file)));
            DraftTrial.Result result = DraftTrial.run(Fixtures.RULES, file, draft, Fixtures.real(), Fixtures.real().evidence(), List.of());
            assertThat(result.compiles()).as(kind).isFalse();
            for (var problem : result.problems()) {
                String russian = ProblemText.sayRule(problem.message(), RU);
                said++;
                // what the files say stays as written: quoted names and sentences, tags, paths, codes
                String prose = russian.replaceAll("«[^»]*»|\"[^\"]*\"|@\\w+(\\([^)]*\\))?|\\{\\w+}|[\\w./-]+/[\\w./-]*|[\\w-]+\\.(yaml|dslr|drl|dsl)(:\\d+)*", " ");
                Set<String> codes = new java.util.TreeSet<>(Set.of("warning", "recommendation", "strength", "when", "then", "end",
                        "title", "message", "reading", "action", "saferAction", "exposes", "ru"));
                codes.addAll(org.campaignadvisor.text.Labels.get().themes().keySet()); // theme codes, as rules write them
                problems.addAll(RussianText.problems(kind, prose, codes));
            }
        }
        assertThat(said).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    private static Arguments withFile(Arguments arguments, String file) {
        Object[] a = arguments.get();
        Object[] more = java.util.Arrays.copyOf(a, a.length + 1);
        more[a.length] = file;
        return Arguments.of(more);
    }
}
