package org.campaignadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses rule files that reach outside the rule engine: ending the process, running programs,
 * reading or writing files, opening network connections, reflection, class loading, threads,
 * environment and system properties. Checked on the text of every rule file (comments and quoted
 * text left out) before anything is compiled.
 *
 * <p>This is a deny-list over source text, not a sandbox: DRL is Java-like code, and a determined
 * author can write around a list of names. It stops accidents and the obvious abuses; the trust model
 * stays "only operators who may run code on the server write DRL" (see rules/README.md).
 */
final class ForbiddenCalls {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\bSystem\\s*\\.\\s*(exit|halt|getenv|getProperty|getProperties|setProperty|setProperties|load|loadLibrary|"
            + "setOut|setErr|setIn|setSecurityManager|console|in\\b|out\\b|err\\b)"
            + "|\\bRuntime\\b|\\bProcessBuilder\\b|\\bProcessHandle\\b"
            + "|\\bjava\\s*\\.\\s*(io|nio|net|lang\\s*\\.\\s*reflect|lang\\s*\\.\\s*invoke|util\\s*\\.\\s*concurrent)\\b"
            + "|\\b(File|Files|Paths|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|"
            + "Socket|ServerSocket|URL|URI|HttpClient|URLConnection|DatagramSocket)\\b"
            + "|\\bClass\\s*\\.\\s*forName\\b|\\bgetClass\\s*\\(|\\bClassLoader\\b|\\.class\\b|\\bMethodHandles?\\b"
            + "|\\bThread\\b|\\bExecutors?\\b|\\bUnsafe\\b|\\bJNI\\b|\\bScriptEngine");

    private ForbiddenCalls() {
    }

    static List<RuleProblem> check(Map<String, String> texts) {
        List<RuleProblem> problems = new ArrayList<>();
        texts.forEach((name, text) -> {
            String code = codeOnly(text);
            String[] lines = code.split("\n", -1);
            String[] original = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = FORBIDDEN.matcher(lines[i]);
                if (m.find()) {
                    problems.add(new RuleProblem(name, i + 1, m.start() + 1, "\"" + m.group().strip()
                            + "\" is not allowed in rules: rules may not end the program, run programs, touch files or"
                            + " the network, or use reflection or threads", i < original.length ? original[i].strip() : ""));
                }
            }
        });
        return problems;
    }

    /** The text with comments and quoted strings blanked out (line breaks kept, so line numbers hold). */
    static String codeOnly(String text) {
        String code = codeOnlyKeepingQuotes(text);
        StringBuilder out = new StringBuilder(code.length());
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                quoted = false;
                out.append(c);
            } else if (quoted && c == '\\' && i + 1 < code.length() && code.charAt(i + 1) != '\n') {
                out.append("  ");
                i++;
            } else {
                if (c == '"') {
                    quoted = !quoted;
                }
                out.append(quoted || c == '"' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** The text with comments blanked out but quoted text kept (line breaks kept, so line numbers hold). */
    static String codeOnlyKeepingQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                quoted = false;
                out.append(c);
                i++;
            } else if (quoted) {
                if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    out.append(c).append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                quoted = c != '"';
                out.append(c);
                i++;
            } else if (c == '"') {
                quoted = true;
                out.append(c);
                i++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/'
                    || c == '#' && (i == 0 || text.charAt(i - 1) == '\n')) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                while (i < text.length() && !(text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                out.append("  ");
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
