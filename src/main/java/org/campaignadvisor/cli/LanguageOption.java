package org.campaignadvisor.cli;

import org.campaignadvisor.text.Language;
import picocli.CommandLine.Option;

/** {@code --lang}: the language of the findings and of the report around them. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the output: en or ru (the languages with a messages file). "
                    + "Default: from LC_ALL, LC_MESSAGES or LANG, else English.")
    String code;

    Language language() {
        if (code != null) {
            return Language.of(code).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(new Main()), "--lang " + code + ": not a language of this program; choose one of "
                    + String.join(", ", Language.available().stream().map(Language::code).toList())));
        }
        return Language.fromEnvironment(System.getProperty("campaign.advisor.lang"), System.getenv("LC_ALL"),
                System.getenv("LC_MESSAGES"), System.getenv("LANG"));
    }
}
