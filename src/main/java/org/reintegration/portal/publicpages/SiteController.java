package org.reintegration.portal.publicpages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.project.PublicCommunity;
import org.reintegration.portal.project.PublicProjectService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.UserService;
import org.reintegration.portal.selection.round.PublicRound;
import org.reintegration.portal.selection.round.PublicRoundService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public front page, the list of rounds and the list of communities, the language switch, and the
 * signed-in users' way into the staff application.
 */
@Controller
class SiteController {

    /** How many communities the public list shows at once; past that, the visitor types part of the name. */
    static final int COMMUNITY_LIST_MAX = 200;

    private final PublicRoundService rounds;
    private final PublicProjectService projects;
    private final CurrentUser currentUser;
    private final LocaleResolver locales;
    private final UserService users;

    SiteController(
            PublicRoundService rounds,
            PublicProjectService projects,
            CurrentUser currentUser,
            LocaleResolver locales,
            UserService users) {
        this.rounds = rounds;
        this.projects = projects;
        this.currentUser = currentUser;
        this.locales = locales;
        this.users = users;
    }

    @GetMapping("/")
    String landing(Model model) {
        model.addAttribute("openRounds", rounds.openRounds());
        model.addAttribute("active", "home");
        return "public/landing";
    }

    @GetMapping("/public/rounds")
    String rounds(Model model) {
        List<PublicRound> all = rounds.publicRounds(50);
        model.addAttribute("rounds", all);
        model.addAttribute("active", "rounds");
        return "public/rounds";
    }

    @GetMapping("/public/communities")
    String communities(@RequestParam(name = "q", required = false) String query, Model model) {
        String text = query == null ? "" : query.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        List<PublicCommunity> found = projects.publicCommunities(text, COMMUNITY_LIST_MAX + 1);
        model.addAttribute("query", text);
        model.addAttribute(
                "communities", found.stream().limit(COMMUNITY_LIST_MAX).toList());
        model.addAttribute("more", found.size() > COMMUNITY_LIST_MAX);
        model.addAttribute("active", "communities");
        return "public/communities";
    }

    /**
     * Switches the language by a plain link (no script needed) and returns to the page it was chosen on.
     * The choice is kept in the cookie the Vaadin side reads too.
     */
    @GetMapping("/language")
    String language(
            @RequestParam("lang") String language,
            @RequestParam(name = "back", required = false) String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale chosen = Languages.supported(language).orElse(Languages.DEFAULT);
        locales.setLocale(request, response, chosen);
        if (currentUser.get().isPresent()) {
            // A signed-in user's saved choice comes first on every page, so it changes too
            users.setOwnLanguage(chosen.getLanguage());
        }
        return "redirect:" + safeReturn(back);
    }

    /**
     * Where a signed-in user lands: staff and local authorities on the map of the programme, an
     * administrator without another role on the users. Anyone else goes to the public front page.
     */
    @GetMapping("/home")
    String home() {
        if (currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.AUTHORITY)) {
            return "redirect:/map";
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            return "redirect:/admin/users";
        }
        return "redirect:/";
    }

    /** Only a path on this site: never another host ({@code //host}, {@code /\host}, {@code https:}). */
    static String safeReturn(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
