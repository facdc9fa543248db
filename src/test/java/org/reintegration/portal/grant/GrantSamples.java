package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reintegration.portal.grant.ui.TrailText;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Grants for tests, and switching between the two demo staff members. */
public final class GrantSamples {

    public static final BigDecimal AMOUNT = new BigDecimal("1000000.00");

    private GrantSamples() {}

    public static GrantData data(Set<Long> projects) {
        return new GrantData(
                "Market garden equipment (test)",
                projects,
                "Women's market garden group (test)",
                GranteeKind.GROUP,
                "+224 600 00 00 00",
                "BANK-TEST-001",
                AMOUNT,
                "GNF",
                new BigDecimal("100000"),
                CofundingKind.IN_KIND,
                "Land and labour",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31),
                10,
                3);
    }

    /** The first demo projects, for grants to fund. */
    public static List<Long> demoProjects(ProjectService projects, int count) {
        return projects.list(ProjectFilter.ALL, 0, count).stream()
                .map(Project::id)
                .toList();
    }

    /** A draft with two budget lines (600,000 and 400,000) and two tranches of the same amounts. */
    public static Grant draftWithBudget(GrantService grants, long project) {
        Grant grant = grants.create(data(Set.of(project)));
        grants.addBudgetLine(grant.id(), BudgetLine.of(BudgetCategory.EQUIPMENT, "Pumps and tools", bd("600000")));
        grants.addBudgetLine(grant.id(), BudgetLine.of(BudgetCategory.TRAINING, "Training sessions", bd("400000")));
        grants.addTranche(grant.id(), Tranche.of(bd("600000"), LocalDate.of(2026, 9, 15), "Agreement signed"));
        grants.addTranche(grant.id(), Tranche.of(bd("400000"), LocalDate.of(2027, 1, 15), "First report accepted"));
        return grants.get(grant.id());
    }

    /** Prepared and submitted by the current user, approved and activated by {@code approver}. */
    public static Grant active(GrantService grants, long project, UserDetailsService users, String approver) {
        Grant grant = draftWithBudget(grants, project);
        grants.submit(grant.id());
        as(users, approver, () -> grants.approve(grant.id()));
        grants.activate(grant.id());
        return grants.get(grant.id());
    }

    /** Runs the task signed in as another user, then returns to the one before. */
    public static void as(UserDetailsService users, String username, Runnable task) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        UserDetails user = users.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    /** A history event's detail as an English reader sees it, without the marks that isolate typed text. */
    public static String english(GrantEvent event) {
        return TrailText.of(event, Locale.ENGLISH).replaceAll("[\u2068\u2069]", "");
    }
}
