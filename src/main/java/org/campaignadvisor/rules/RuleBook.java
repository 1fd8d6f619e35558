package org.campaignadvisor.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.text.Language;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * The compiled rule base: every rule file under a rules directory, compiled at run time into one
 * Drools KieBase, with its catalogue and version. Immutable and safe to share between threads; each
 * evaluation opens its own session (see {@link Advisor}).
 */
public final class RuleBook {
    /** Drools builds are not safe to run in parallel; one at a time. */
    static final Object BUILD_LOCK = new Object();
    private static final Pattern COLUMN = Pattern.compile("(?:Line (\\d+):(\\d+))|(?:\\[Line: (\\d+), Column: (\\d+)\\])");
    private static final Set<String> ADVICE_KEYS = Set.of("severity", "theme", "title", "message", "reading", "weight");

    private final KieBase kieBase;
    private final String version;
    private final Path directory;
    private final Instant loadedAt;
    private final Map<String, RuleEntry> catalogue;
    private final Map<String, Set<String>> placeholders = new HashMap<>();
    private final boolean loadedFromCache;
    private final RuleTexts texts;
    private final Map<String, Map<String, RuleEntry>> localized = new ConcurrentHashMap<>();

    private RuleBook(KieBase kieBase, String version, Path directory, Map<String, RuleEntry> catalogue, boolean loadedFromCache,
                     RuleTexts texts) {
        this.kieBase = kieBase;
        this.loadedFromCache = loadedFromCache;
        this.texts = texts;
        this.version = version;
        this.directory = directory;
        this.loadedAt = Instant.now();
        this.catalogue = catalogue;
        catalogue.forEach((name, rule) -> placeholders.put(name, rule.placeholders()));
    }

    /** The placeholders of an advice rule's message and action, worked out once at compile time. */
    Set<String> placeholders(String rule) {
        return placeholders.getOrDefault(rule, Set.of());
    }

    /**
     * Compiles every {@code .drl}, {@code .dsl} and {@code .dslr} file under the directory.
     *
     * @throws RuleCompileException with every problem (file, line, column, message) when any file
     *                              fails to compile or an advice rule lacks its metadata
     */
    public static RuleBook compile(Path directory) throws RuleCompileException {
        return compile(directory, KnownIds.NONE);
    }

    /**
     * Compiles the rules and checks, besides, that every lesson and guidance id they cite exists.
     *
     * @throws RuleCompileException with every problem found, in a trainer's words, at file:line
     */
    public static RuleBook compile(Path directory, KnownIds known) throws RuleCompileException {
        RuleFiles files;
        try {
            if (!Files.isDirectory(directory)) {
                throw new RuleCompileException(List.of(new RuleProblem(directory.toString(), 0, 0,
                        "the rules directory does not exist", "")));
            }
            files = RuleFiles.read(directory);
        } catch (IOException e) {
            throw new RuleCompileException(List.of(new RuleProblem(directory.toString(), 0, 0,
                    "cannot be read: " + e.getMessage(), "")));
        }
        if (files.texts().isEmpty()) {
            throw new RuleCompileException(List.of(new RuleProblem(directory.toString(), 0, 0,
                    "holds no rule files (.drl, .dsl or .dslr)", "")));
        }
        List<RuleProblem> forbidden = ForbiddenCalls.check(files.texts());
        if (!forbidden.isEmpty()) {
            throw new RuleCompileException(forbidden);
        }
        List<RuleProblem> text = RuleChecks.beforeCompiling(files.texts());
        if (!text.isEmpty()) {
            throw new RuleCompileException(text);
        }
        List<RuleProblem> sentences = unknownSentences(files);
        if (!sentences.isEmpty()) {
            throw new RuleCompileException(sentences);
        }
        KnowledgeBuilder builder;
        synchronized (BUILD_LOCK) {
            builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
            CompositeKnowledgeBuilder batch = builder.batch();
            for (String name : files.names()) {
                Resource resource = ResourceFactory.newByteArrayResource(files.texts().get(name).getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(name);
                batch.add(resource, typeOf(name));
            }
            batch.build();
        }
        if (builder.hasErrors()) {
            throw new RuleCompileException(problems(builder.getResults(ResultSeverity.ERROR), files));
        }
        KieBase kieBase = builder.newKieBase();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleEntry> catalogue = catalogue(kieBase, files, problems);
        problems.addAll(RuleChecks.afterCompiling(kieBase, catalogue, files, known));
        RuleTexts texts = RuleTexts.read(files, catalogue, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompileException(problems.stream().map(p -> RuleChecks.pointAt(p, files)).toList());
        }
        return new RuleBook(kieBase, files.version(), directory, catalogue, false, texts);
    }

    /**
     * The rules of the directory, loaded from the cache when it holds them compiled for exactly these
     * rule files, these seeds and this program, else compiled (and checked) as {@link #compile(Path, KnownIds)}
     * does. A compile does not write the cache: see {@link #saveTo(RuleCache, Path)}.
     *
     * @throws RuleCompileException when the rules are not in the cache and do not compile
     */
    public static RuleBook open(Path directory, KnownIds known, RuleCache cache, Path seeds) throws RuleCompileException {
        if (cache.enabled() && Files.isDirectory(directory)) {
            try {
                RuleFiles files = RuleFiles.read(directory);
                Optional<KieBase> cached = cache.find(cache.key(files, seeds));
                if (cached.isPresent()) {
                    List<RuleProblem> problems = new ArrayList<>();
                    Map<String, RuleEntry> catalogue = catalogue(cached.get(), files, problems);
                    RuleTexts texts = RuleTexts.read(files, catalogue, problems);
                    if (problems.isEmpty()) {
                        return new RuleBook(cached.get(), files.version(), directory, catalogue, true, texts);
                    }
                }
            } catch (IOException e) {
                // unreadable files: the compile below reports them properly
            }
        }
        return compile(directory, known);
    }

    /** True when this rule book was loaded from the compiled-rules cache rather than compiled. */
    public boolean loadedFromCache() {
        return loadedFromCache;
    }

    /**
     * Stores these rules, compiled ahead of time, in the cache (nothing when they came from it or
     * the files changed since they were compiled). Takes seconds: call it off the critical path.
     */
    public void saveTo(RuleCache cache, Path seeds) throws IOException {
        if (loadedFromCache || !cache.enabled()) {
            return;
        }
        RuleFiles files = RuleFiles.read(directory);
        if (files.version().equals(version)) {
            cache.store(cache.key(files, seeds), files);
        }
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** A hash of the rule files' names and contents: which rules produced a result. */
    public String version() {
        return version;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /** Every rule, sorted by file, then line. */
    public List<RuleEntry> catalogue() {
        return catalogue.values().stream()
                .sorted(Comparator.comparing(RuleEntry::file).thenComparingInt(RuleEntry::line))
                .toList();
    }

    public Optional<RuleEntry> rule(String name) {
        return Optional.ofNullable(catalogue.get(name));
    }

    /** The rule with its texts in a language (from {@code lang/<code>.yaml}; English when not declared). */
    public Optional<RuleEntry> rule(String name, Language language) {
        if (language.isEnglish()) {
            return rule(name);
        }
        Map<String, RuleEntry> own = localized.computeIfAbsent(language.code(), code -> {
            Map<String, RuleEntry> map = new HashMap<>();
            catalogue.forEach((id, entry) -> map.put(id, texts.localize(entry, language)));
            return map;
        });
        return Optional.ofNullable(own.get(name));
    }

    /** Every rule with its texts in a language, sorted by file, then line. */
    public List<RuleEntry> catalogue(Language language) {
        return catalogue().stream().map(r -> rule(r.name(), language).orElse(r)).toList();
    }

    private volatile Set<String> globals;

    /** True when a rule file declares a global of that name (a session may set only declared globals). */
    boolean declaresGlobal(String name) {
        Set<String> known = globals;
        if (known == null) {
            Set<String> all = new HashSet<>();
            kieBase.getKiePackages().forEach(pkg -> pkg.getGlobalVariables().forEach(g -> all.add(g.getName())));
            known = Set.copyOf(all);
            globals = known;
        }
        return known.contains(name);
    }

    /** The languages this rule base declares besides English (one {@code lang/<code>.yaml} each). */
    public Set<String> languages() {
        return texts.languages();
    }

    /** Lines of .dslr files that no sentence of the .dsl files matches. */
    private static List<RuleProblem> unknownSentences(RuleFiles files) {
        Map<String, String> dsl = new TreeMap<>();
        files.texts().forEach((name, text) -> {
            if (name.endsWith(".dsl")) {
                dsl.put(name, text);
            }
        });
        Vocabulary vocabulary = Vocabulary.of(dsl);
        List<RuleProblem> problems = new ArrayList<>();
        if (vocabulary.isEmpty()) {
            return problems;
        }
        files.texts().forEach((name, text) -> {
            if (name.endsWith(".dslr")) {
                problems.addAll(vocabulary.check(name, text));
            }
        });
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return problems;
    }

    private static ResourceType typeOf(String name) {
        if (name.endsWith(".dslr")) {
            return ResourceType.DSLR;
        }
        return name.endsWith(".dsl") ? ResourceType.DSL : ResourceType.DRL;
    }

    private static List<RuleProblem> problems(Collection<KnowledgeBuilderResult> results, RuleFiles files) {
        // A syntax error leaves its package half-built, and every other file of the package then
        // reports errors that are only consequences. Like a compiler, show syntax errors alone first.
        List<KnowledgeBuilderResult> syntax = results.stream()
                .filter(r -> r.getClass().getSimpleName().contains("Parser"))
                .toList();
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult result : syntax.isEmpty() ? results : syntax) {
            String file = result.getResource() == null || result.getResource().getSourcePath() == null
                    ? "" : result.getResource().getSourcePath();
            String message = result.getMessage() == null ? "error" : result.getMessage().strip();
            int line = result.getLines() != null && result.getLines().length > 0 ? result.getLines()[0] : 0;
            int column = 0;
            Matcher m = COLUMN.matcher(message);
            if (m.find()) {
                int foundLine = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
                column = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4)) + 1;
                if (line <= 0) {
                    line = foundLine;
                }
            }
            if ("Parser returned a null Package".equals(message)) {
                continue; // always follows a parser error already reported for the same file
            }
            problems.add(new RuleProblem(file, Math.max(line, 0), column, message.lines().findFirst().orElse(message),
                    files.line(file, line)));
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return problems.stream().distinct().toList();
    }

    private static Map<String, RuleEntry> catalogue(KieBase kieBase, RuleFiles files, List<RuleProblem> problems) {
        Map<String, RuleEntry> catalogue = new TreeMap<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            RuleEntry entry = entry(rule, files, problems);
            RuleEntry previous = catalogue.put(entry.name(), entry);
            if (previous != null) {
                problems.add(new RuleProblem(entry.file(), entry.line(), 0,
                        "rule \"" + entry.name() + "\" is also defined in " + previous.file() + ":" + previous.line(),
                        files.line(entry.file(), entry.line())));
            }
        }));
        return catalogue;
    }

    private static RuleEntry entry(Rule rule, RuleFiles files, List<RuleProblem> problems) {
        Resource resource = rule instanceof RuleImpl impl ? impl.getResource() : null;
        String file = resource == null || resource.getSourcePath() == null ? "" : resource.getSourcePath();
        if (!files.texts().containsKey(file)) {
            file = files.fileOf(rule.getName());
        }
        int line = files.ruleLine(file, rule.getName());
        String where = file;
        Map<String, Object> meta = rule.getMetaData();
        boolean advice = meta.containsKey("severity");
        Consumer<String> problem = text -> problems.add(new RuleProblem(where, line, 0,
                "rule \"" + rule.getName() + "\": " + text, files.line(where, line)));
        int weight = 0;
        if (advice) {
            for (String key : ADVICE_KEYS) {
                if (text(meta, key).isBlank()) {
                    problem.accept("an advice rule needs @" + key + "(\"…\")");
                }
            }
            String severity = text(meta, "severity");
            if (!severity.isBlank() && Severity.parse(severity).isEmpty()) {
                problem.accept("@severity must be warning, recommendation or strength, got \"" + severity + "\"");
            }
            String weightText = text(meta, "weight");
            if (!weightText.isBlank()) {
                try {
                    weight = Integer.parseInt(weightText);
                } catch (NumberFormatException e) {
                    weight = -1;
                }
                if (weight < 0 || weight > 10) {
                    problem.accept("@weight must be a whole number from 0 to 10, got \"" + weightText + "\"");
                }
            }
            if (words(meta, "lessons").isEmpty() && words(meta, "guidance").isEmpty()) {
                problem.accept("an advice rule needs @lessons(\"…\") from the report or @guidance(\"…\") from seeds/guidance.yaml");
            }
            if (!text(meta, "exposes").isBlank() && (text(meta, "saferAction").isBlank() || words(meta, "guidance").isEmpty())) {
                problem.accept("a rule whose action @exposes people needs a @saferAction(\"…\") and the @guidance(\"…\") behind it");
            }
        }
        return new RuleEntry(rule.getName(), file, line, advice ? RuleEntry.ADVICE : RuleEntry.CLASSIFICATION,
                text(meta, "severity"), text(meta, "theme"), Math.max(weight, 0), words(meta, "lessons"),
                words(meta, "guidance"), text(meta, "title"), text(meta, "message"), text(meta, "reading"),
                text(meta, "action"), text(meta, "exposes"), text(meta, "saferAction"), words(meta, "opposes"),
                files.conditions(file, line));
    }

    private static List<String> words(Map<String, Object> meta, String key) {
        String text = text(meta, key);
        return text.isBlank() ? List.of() : List.of(text.trim().split("[\\s,]+"));
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? "" : String.valueOf(value).strip();
    }
}
