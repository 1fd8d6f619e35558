package org.campaignadvisor.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;

/**
 * The command line's {@code --help} in a language other than English: the {@code help.*} entries
 * of its messages file, as the resource bundle picocli reads usage texts from (keys: the command's
 * qualified name, then {@code usage.*} or an option's name). English help is written on the commands.
 */
final class HelpBundle extends ResourceBundle {
    private final Map<String, String> texts = new TreeMap<>();

    HelpBundle(Language language) {
        Messages.of(language).own().forEach((key, text) -> {
            if (key.startsWith("help.")) {
                texts.put(key.substring("help.".length()), text);
            }
        });
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
