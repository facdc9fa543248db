package org.reintegration.portal.demo;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reintegration.portal.base.pdf.PdfLanguage;
import org.reintegration.portal.grant.BudgetCategory;
import org.reintegration.portal.grant.BudgetLine;
import org.reintegration.portal.grant.CofundingKind;
import org.reintegration.portal.grant.Disbursement;
import org.reintegration.portal.grant.ExpenditureReport;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantData;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.GranteeKind;
import org.reintegration.portal.grant.ReceiptFile;
import org.reintegration.portal.grant.ReportData;
import org.reintegration.portal.grant.Tranche;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo grants on the demo projects, one in every status, with invented grantees. The demo staff member
 * {@code staff} prepares, submits and enters; {@code staff2} approves, releases and accepts, so the two-person
 * rule holds as it would in the field. The active grant is overspent on a line and the suspended one is late with
 * its first report, so the dashboard has a flag and an overdue report to show.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo.enabled")
class DemoGrants {

    private static final String PREPARER = "staff";
    private static final String APPROVER = "staff2";

    private final GrantService grants;
    private final ProjectService projects;
    private final UserDetailsService users;
    private final Clock clock;

    DemoGrants(GrantService grants, ProjectService projects, UserDetailsService users, Clock clock) {
        this.grants = grants;
        this.projects = projects;
        this.users = users;
        this.clock = clock;
    }

    /** @return the number of grants created; none when there are no projects */
    int create() {
        List<Long> ids = projects.list(ProjectFilter.ALL, 0, 50).stream()
                .map(Project::id)
                .sorted()
                .toList();
        if (ids.isEmpty()) {
            return 0;
        }
        GrantStatus[] statuses = GrantStatus.values();
        String[] grantees = {
            "Kankan women's market garden group (demo)",
            "Siguiri youth welding cooperative (demo)",
            "Labé community health committee (demo)",
            "Boké fishers' association (demo)",
            "Kindia returnee and resident savings group (demo)",
            "Faranah local development partner (demo)"
        };
        for (int i = 0; i < statuses.length; i++) {
            long project = ids.get(i % ids.size());
            int grant = i;
            as(PREPARER, () -> make(statuses[grant], project, grantees[grant], grant));
        }
        return statuses.length;
    }

    private void make(GrantStatus target, long project, String grantee, int n) {
        BigDecimal amount = BigDecimal.valueOf(40_000_000L + 5_000_000L * n);
        Grant grant = grants.create(new GrantData(
                "Community grant " + (n + 1) + ": " + grantee.replace(" (demo)", "") + " (demo)",
                Set.of(project),
                grantee,
                n % 3 == 0
                        ? GranteeKind.GROUP
                        : n % 3 == 1 ? GranteeKind.COMMUNITY_ORGANISATION : GranteeKind.LOCAL_PARTNER,
                "Demo contact, +224 600 00 00 0" + n,
                "DEMO-BANK-" + (1000 + n),
                amount,
                "GNF",
                BigDecimal.valueOf(4_000_000L),
                n % 2 == 0 ? CofundingKind.IN_KIND : CofundingKind.CASH,
                n % 2 == 0 ? "Land and labour from the community (demo)" : "Members' savings (demo)",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31),
                10,
                target == GrantStatus.SUSPENDED ? 2 : 3));
        long id = grant.id();
        BigDecimal equipment = amount.multiply(new BigDecimal("0.6"));
        grants.addBudgetLine(id, BudgetLine.of(BudgetCategory.EQUIPMENT, "Equipment and tools (demo)", equipment));
        grants.addBudgetLine(
                id, BudgetLine.of(BudgetCategory.TRAINING, "Training and coaching (demo)", amount.subtract(equipment)));
        BigDecimal first = amount.divide(BigDecimal.TWO);
        grants.addTranche(id, Tranche.of(first, LocalDate.of(2026, 10, 1), "Agreement signed (demo)"));
        grants.addTranche(
                id,
                Tranche.of(
                        amount.subtract(first), LocalDate.of(2027, 2, 1), "First expenditure report accepted (demo)"));
        if (target == GrantStatus.DRAFT) {
            return;
        }
        grants.submit(id);
        if (target == GrantStatus.SUBMITTED) {
            return;
        }
        as(APPROVER, () -> grants.approve(id));
        if (target == GrantStatus.APPROVED) {
            return;
        }
        grants.activate(id);
        List<Tranche> tranches = grants.tranches(id);
        release(id, tranches.get(0), tranches.get(0).amount());
        List<BudgetLine> lines = grants.budgetLines(id);
        if (target == GrantStatus.SUSPENDED) {
            // its first report, due two months after the start, has not come: the dashboard lists it as overdue
            grants.suspend(id, "First expenditure report overdue; committee being renewed (demo)");
            return;
        }
        boolean overspent = target == GrantStatus.ACTIVE;
        report(
                id,
                LocalDate.of(2026, 11, 30),
                false,
                Map.of(
                        lines.get(0).id(),
                        overspent
                                ? lines.get(0).amount().multiply(new BigDecimal("1.15"))
                                : first.multiply(new BigDecimal("0.8"))));
        if (target == GrantStatus.ACTIVE) {
            return;
        }
        release(id, tranches.get(1), tranches.get(1).amount());
        // A report covers a period that has ended: the closed grant ended early, with a final report to yesterday.
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        LocalDate end = LocalDate.of(2027, 8, 31);
        report(
                id,
                end.isBefore(yesterday) ? end : yesterday,
                true,
                Map.of(lines.get(1).id(), lines.get(1).amount()));
        grants.close(id);
    }

    private void release(long grantId, Tranche tranche, BigDecimal amount) {
        Disbursement prepared = grants.prepareDisbursement(grantId, tranche.id(), amount, "Bank transfer (demo)");
        as(
                APPROVER,
                () -> grants.releaseDisbursement(
                        prepared.id(), "Conditions met ahead of the plan; the group is ready (demo)"));
    }

    private void report(long grantId, LocalDate periodEnd, boolean last, Map<Long, BigDecimal> spent) {
        ExpenditureReport report = grants.enterReport(
                grantId,
                new ReportData(periodEnd, last, "Entered from the grantee's paper report (demo)", spent),
                List.of(ReceiptFile.check("receipt-" + periodEnd + ".pdf", receiptPdf(grantId, periodEnd))));
        as(APPROVER, () -> grants.acceptReport(report.id(), "Receipts match the amounts (demo)"));
    }

    private static byte[] receiptPdf(long grantId, LocalDate date) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6);
        PdfWriter.getInstance(document, bytes);
        document.open();
        // Like every PDF of the portal, with embedded fonts (the demo data is in English).
        PdfLanguage words = PdfLanguage.of(java.util.Locale.ENGLISH);
        document.add(words.heading("Demo receipt — grant " + grantId + " — " + date, 10, 0));
        document.add(words.heading("Invented for the demonstration; not a real payment.", 8, 4));
        document.close();
        return bytes.toByteArray();
    }

    /** Runs the step as the named demo user, so the two-person rule sees two people. */
    private void as(String username, Runnable step) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        UserDetails user = users.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            step.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
