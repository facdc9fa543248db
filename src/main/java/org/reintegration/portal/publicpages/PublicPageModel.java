package org.reintegration.portal.publicpages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every public page's frame needs (language, direction, the language switch, the assets' hashed
 * names, whether someone is signed in), and the not-found page.
 */
@ControllerAdvice(assignableTypes = {SiteController.class, RoundPagesController.class, VotePagesController.class})
class PublicPageModel {

    /** A language the switch offers: its code, its own name, and whether the page is in it. */
    record LanguageChoice(String code, String name, boolean current) {}

    private final Assets assets;
    private final CurrentUser currentUser;

    PublicPageModel(Assets assets, CurrentUser currentUser) {
        this.assets = assets;
        this.currentUser = currentUser;
    }

    @ModelAttribute
    void frame(Model model, Locale locale, HttpServletRequest request) {
        model.addAttribute("fmt", new PageFormat(locale));
        model.addAttribute("stylesheet", assets.url("site"));
        model.addAttribute("script", assets.url("vote"));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        // After a form was sent the language switch returns to the page's address, not to the form's answer
        model.addAttribute(
                "here",
                "GET".equals(request.getMethod()) && query != null && !query.contains("code=")
                        ? path + "?" + query
                        : path);
        model.addAttribute(
                "languages",
                Languages.SUPPORTED.stream()
                        .map(l -> new LanguageChoice(
                                l.getLanguage(),
                                Languages.nativeName(l),
                                l.getLanguage().equals(locale.getLanguage())))
                        .toList());
        model.addAttribute("signedIn", currentUser.get().isPresent());
    }

    @ExceptionHandler({PageNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale, HttpServletRequest request) {
        frame(model, locale, request);
        return "public/not-found";
    }
}
