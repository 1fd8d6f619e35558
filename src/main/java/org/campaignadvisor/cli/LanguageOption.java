package org.campaignadvisor.cli;

import org.campaignadvisor.text.Language;
import picocli.CommandLine.Option;

/** {@code --lang}: the language of the findings and of the report around them. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the output: en or ru (the languages with a messages file). "
                    + "Default: from LC_ALL, LC_MESSAGES or LANG, else English.")
    String code;

    /** The language a command line asks for: its {@code --lang} (an unknown one is left to the parser to refuse), else the default. */
    static Language of(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return Language.of(value).orElse(Language.ENGLISH);
            }
        }
        return new LanguageOption().language();
    }

    Language language() {
        if (code != null) {
            return Language.of(code).orElseThrow(() -> new IllegalArgumentException("--lang " + code
                    + ": not a language of this program; choose one of "
                    + String.join(", ", Language.available().stream().map(Language::code).toList())));
        }
        return Language.fromEnvironment(System.getProperty("campaign.advisor.lang"), System.getenv("LC_ALL"),
                System.getenv("LC_MESSAGES"), System.getenv("LANG"));
    }
}
