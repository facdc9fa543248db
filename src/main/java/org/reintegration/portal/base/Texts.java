package org.reintegration.portal.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's texts for files written outside a page (exports): the same bundles the screens use, in the
 * language the reader chose, English for a text not translated.
 */
public final class Texts {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Texts() {}

    public static String get(Locale locale, String key, Object... args) {
        String text;
        try {
            text = ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
