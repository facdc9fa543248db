package org.reintegration.portal.base;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is wrong with an imported file, in the interface's words: a key of the translations and its arguments,
 * so that each reader sees the problem in their own language and logs, the API and tests in English. An
 * argument that is itself a {@code ProblemText} is put in the same language; any other argument (the offending
 * cell's text, a hashtag, a line number) is shown as it is. The patterns are {@link MessageFormat}s, so a quote
 * in them is written twice.
 *
 * @param key  the key in {@code vaadin-i18n/translations*.properties}
 * @param args the arguments, in the pattern's order
 */
public record ProblemText(String key, List<Serializable> args) implements Serializable {

    public ProblemText {
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    public static ProblemText of(String key, Serializable... args) {
        return new ProblemText(key, Arrays.asList(args));
    }

    /** The text in a language; English for a key the language lacks. */
    public String in(Locale locale) {
        Object[] shown = args.stream()
                .map(arg -> arg instanceof ProblemText nested ? nested.in(locale) : arg)
                .toArray();
        return new MessageFormat(Texts.get(locale, key), locale).format(shown);
    }

    /** The text in English, for logs, the API and messages of exceptions. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
