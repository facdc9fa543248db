package org.reintegration.portal.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the portal's interface. Adding one means adding a bundle
 * {@code vaadin-i18n/translations_xx.properties} and its locale here.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ARABIC = Locale.of("ar");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH, ARABIC);
    public static final Locale DEFAULT = ENGLISH;

    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "fa", "he", "ur", "ps");

    private Languages() {}

    /** The supported locale for a language tag such as {@code fr}, {@code fr-GN} or {@code ar-IQ}. */
    public static Optional<Locale> supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    public static boolean isRightToLeft(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    /** The language's own name, as a speaker would look for it in a list. */
    public static String nativeName(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> "العربية";
            case "fr" -> "Français";
            default -> locale.getDisplayLanguage(locale);
        };
    }
}
