package org.reintegration.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.text.NumberFormat;
import java.util.Optional;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.changes.ChangeService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.UserService;

/**
 * The frame of every page: the portal's name, navigation for what the user's role allows, the
 * language switch and sign-in / sign-out. It gives every page what assistive technology relies on: a
 * title in the user's language, a skip link to the one main landmark that holds the page, and the page's
 * name as its top heading (unless the page shows a heading of its own).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver, HasDynamicTitle {

    /** The id of the main landmark, the target of the skip link. */
    public static final String MAIN_CONTENT = "main-content";

    /** Holds the page's name: a top heading, or plain text when the page has a heading of its own. */
    private final Div pageTitle = new Div();

    private final Main main = new Main();
    private HasElement view;
    private final ChangeService changes;
    /** How many changes wait for a user who follows them; hidden otherwise. */
    private final Span changesBadge = new Span();

    public MainLayout(
            CurrentUser currentUser, UserService users, AuthenticationContext authentication, ChangeService changes) {
        this.changes = changes;
        setPrimarySection(Section.DRAWER);
        main.setId(MAIN_CONTENT);
        main.addClassName("main-content");
        // Focusable, for the skip link and so that the keyboard can scroll the content area it fills.
        main.getElement().setAttribute("tabindex", "0");

        pageTitle.addClassName("page-title");
        DrawerToggle drawerToggle = new DrawerToggle();
        drawerToggle.setAriaLabel(getTranslation("nav.menu"));
        HorizontalLayout header = new HorizontalLayout(skipLink(), drawerToggle, pageTitle);
        header.addClassName("portal-header");
        header.getElement().setAttribute("role", "banner");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setPadding(true);
        header.expand(pageTitle);
        header.add(new LanguageSelect(currentUser, users));
        currentUser
                .get()
                .ifPresentOrElse(
                        user -> header.add(signedIn(user, authentication)),
                        () -> header.add(new Anchor("login", getTranslation("nav.sign-in"))));
        addToNavbar(header);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        addToDrawer(appName, navigation(currentUser));
        if (currentUser.hasRole(Role.ADMIN)) {
            addToDrawer(administration());
        }
    }

    private HorizontalLayout signedIn(PortalUser user, AuthenticationContext authentication) {
        Span name = new Span(user.displayName());
        name.addClassName("signed-in-user");
        // On a phone the button shows only its icon (styles.css); the name stays for screen readers.
        Button signOut = new Button(
                getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.setAriaLabel(getTranslation("nav.sign-out"));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        HorizontalLayout box = new HorizontalLayout(name, signOut);
        box.addClassName("signed-in");
        box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return box;
    }

    /** The first stop of the keyboard: straight to the page's content, past header and menu. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_CONTENT, getTranslation("nav.skip-to-content"));
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        // Moves the focus without changing the address, which the router would take for a navigation.
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const main = document.getElementById($0); if (main) { main.focus(); } });",
                        MAIN_CONTENT);
        return skip;
    }

    /** Puts the page in the main landmark. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        view = content;
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        super.showRouterLayoutContent(main);
    }

    @Override
    public String getPageTitle() {
        String heading = pageHeading();
        return heading.isBlank() ? getTranslation("app.name") : heading + " · " + getTranslation("app.name");
    }

    private String pageHeading() {
        return view instanceof HasPageHeading heading ? heading.pageHeading() : "";
    }

    private static boolean hasOwnTopHeading(Element element) {
        return !element.isTextNode()
                && ("h1".equals(element.getTag()) || element.getChildren().anyMatch(MainLayout::hasOwnTopHeading));
    }

    private SideNav navigation(CurrentUser currentUser) {
        SideNav nav = new SideNav();
        // The public pages are plain HTML outside this application (docs/adr/0014-light-public-pages.md): links to
        // them load the page instead of navigating inside Vaadin. A signed-in user's home is their landing page.
        if (currentUser.get().isPresent()) {
            nav.addItem(new SideNavItem(getTranslation("nav.home"), "home", VaadinIcon.HOME.create()));
        }
        nav.addItem(publicPage("public.menu.vote", "vote", VaadinIcon.CHECK_SQUARE_O));
        nav.addItem(publicPage("public.menu.rounds", "public/rounds", VaadinIcon.LIST_OL));
        nav.addItem(publicPage("public.menu.communities", "public/communities", VaadinIcon.GROUP));
        if (currentUser.get().isEmpty()) {
            nav.addItem(publicPage("public.site", "", VaadinIcon.HOME));
        }
        if (currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.AUTHORITY)) {
            nav.addItem(new SideNavItem(getTranslation("nav.map"), "map", VaadinIcon.MAP_MARKER.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.communities"), "communities", VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.providers"), "providers", VaadinIcon.HANDSHAKE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.returnees"), "returnees", VaadinIcon.TRENDING_UP.create()));
            nav.addItem(
                    new SideNavItem(getTranslation("nav.initiatives"), "initiatives", VaadinIcon.LIGHTBULB.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.rounds"), "rounds", VaadinIcon.CHECK_SQUARE_O.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.projects"), "projects", VaadinIcon.TOOLS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.outcomes"), "outcomes", VaadinIcon.LINE_CHART.create()));
            SideNavItem changed = new SideNavItem(getTranslation("nav.changes"), "changes", VaadinIcon.BELL.create());
            changesBadge.getElement().getThemeList().add("badge pill small contrast");
            changesBadge.setId("changes-badge");
            changesBadge.setVisible(false);
            changed.setSuffixComponent(changesBadge);
            nav.addItem(changed);
        }
        if (currentUser.hasRole(Role.STAFF)) {
            nav.addItem(new SideNavItem(getTranslation("nav.voting"), "voting", VaadinIcon.BARCODE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.indicators"), "indicators", VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.grants"), "grants", VaadinIcon.MONEY.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.grant-dashboard"), "grants/dashboard", VaadinIcon.BAR_CHART.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.propose"), "propose", VaadinIcon.PLUS_CIRCLE_O.create()));
        return nav;
    }

    /**
     * The administration pages, a menu of their own under its name. Not items under a parent item: an open parent
     * item's toggle button names, in aria-controls, a list id that Vaadin's side-nav-item does not give its child
     * list (an invalid ARIA reference, which screen readers cannot follow); a labelled menu has no such button.
     */
    private SideNav administration() {
        SideNav admin = new SideNav(getTranslation("nav.administration"));
        admin.setId("admin-nav");
        admin.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users", VaadinIcon.USERS.create()));
        admin.addItem(new SideNavItem(getTranslation("nav.admin-areas"), "admin/areas", VaadinIcon.GLOBE.create()));
        return admin;
    }

    private SideNavItem publicPage(String labelKey, String path, VaadinIcon icon) {
        SideNavItem item = new SideNavItem(getTranslation(labelKey), "/" + path, icon.create());
        item.setRouterIgnore(true);
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String heading = pageHeading();
        Component title = view != null && hasOwnTopHeading(view.getElement()) ? new Span(heading) : new H1(heading);
        pageTitle.removeAll();
        pageTitle.add(title);
        if (changesBadge.isAttached()) {
            Optional<Integer> waiting = changes.waitingCount();
            changesBadge.setVisible(waiting.isPresent() && waiting.get() > 0);
            changesBadge.setText(waiting.map(n -> n > ChangeService.MAX_CHANGES
                            ? ChangeService.MAX_CHANGES + "+"
                            : NumberFormat.getIntegerInstance(getLocale()).format(n))
                    .orElse(""));
        }
    }
}
