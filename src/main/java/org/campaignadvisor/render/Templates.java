package org.campaignadvisor.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import org.campaignadvisor.text.ProblemText;

/**
 * Pebble templates from the class path ({@code templates/*.peb}), every value HTML-escaped by default.
 * Shared by the web pages and the command line's HTML output, so both render the same page.
 */
public final class Templates {
    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(false)
                .extension(new TextExtension())
                .build();
    }

    /**
     * {@code t("key", "name", value, …)} in a template: the message in the page's language (the
     * locale the template is rendered with), its named arguments filled in; escaped like any value.
     */
    private static final class TextExtension extends AbstractExtension {
        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("problem", new Function() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of("message");
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    Language language = Language.of(context.getLocale().getLanguage()).orElse(Language.ENGLISH);
                    return ProblemText.sayRule(String.valueOf(args.get("message")), language);
                }
            }, "t", new Function() {
                @Override
                public List<String> getArgumentNames() {
                    return null;
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    Language language = Language.of(context.getLocale().getLanguage()).orElse(Language.ENGLISH);
                    Object[] named = new Object[Math.max(0, args.size() - 1)];
                    for (int i = 1; i < args.size(); i++) {
                        named[i - 1] = args.get(String.valueOf(i));
                    }
                    return Messages.of(language).t(String.valueOf(args.get("0")), named);
                }
            });
        }
    }

    /** The stylesheet of the pages, for HTML written to a file (which cannot load /static/style.css). */
    public static String stylesheet() {
        try (var in = Templates.class.getResourceAsStream("/public/style.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(String name, Map<String, Object> model) {
        return render(name, model, Language.ENGLISH);
    }

    /** Renders a page in a language: its {@code t(…)} messages, and {@code lang} for the page's own use. */
    public String render(String name, Map<String, Object> model, Language language) {
        StringWriter out = new StringWriter();
        Map<String, Object> all = new HashMap<>(model);
        all.putIfAbsent("lang", language.code());
        all.putIfAbsent("languages", Language.available());
        try {
            engine.getTemplate(name).evaluate(out, all, language.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
