package org.reintegration.portal.publicpages;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.ui.LanguageSelection;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a public page, chosen as the Vaadin side chooses it ({@link LanguageSelection}): the
 * signed-in user's saved choice, else this browser's choice (the same cookie), else the browser's preferred
 * language when the portal has it, else English. Known before the first byte of HTML, so
 * {@code <html lang dir>} is right from the start.
 */
class PublicLocaleResolver implements LocaleResolver {

    private final CurrentUser currentUser;

    PublicLocaleResolver(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Optional<Locale> fromUser =
                currentUser.get().map(PortalUser::preferredLanguage).flatMap(Languages::supported);
        if (fromUser.isPresent()) {
            return fromUser.get();
        }
        Optional<Locale> fromCookie = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> LanguageSelection.COOKIE.equals(c.getName()))
                .flatMap(c -> Languages.supported(c.getValue()).stream())
                .findFirst();
        if (fromCookie.isPresent()) {
            return fromCookie.get();
        }
        for (Locale preferred : java.util.Collections.list(request.getLocales())) {
            Optional<Locale> supported = Languages.supported(preferred.toLanguageTag());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return Languages.DEFAULT;
    }

    /** Remembers the choice in this browser, for the public pages and the Vaadin side alike. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Cookie cookie = new Cookie(
                LanguageSelection.COOKIE,
                Languages.supported(locale == null ? "" : locale.toLanguageTag())
                        .orElse(Languages.DEFAULT)
                        .getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
