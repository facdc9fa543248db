package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.UserText;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantData;
import org.reintegration.portal.grant.GrantExport;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.Role;

/**
 * One grant: the agreement, its status and the steps it may take, its budget against actual, tranches,
 * disbursements, expenditure reports and audit trail. Staff only.
 */
@Route("grants/:grantId")
@RolesAllowed(Role.STAFF_NAME)
public class GrantDetailView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final GrantService grants;
    private final ProjectService projects;
    private final Amounts amounts;
    private Grant grant;
    final H2 heading = new H2();
    final Span status = new Span();
    final VerticalLayout facts = new VerticalLayout();
    final HorizontalLayout steps = new HorizontalLayout();
    final TextField reason = new TextField();
    final Paragraph problem = new Paragraph();
    final BudgetSection budget;
    final TrancheSection tranches;
    final DisbursementSection disbursements;
    final ReportSection reports;
    final AuditSection audit;

    public GrantDetailView(GrantService grants, ProjectService projects, GrantExport export) {
        this.grants = grants;
        this.projects = projects;
        this.amounts = new Amounts(getLocale());
        heading.setId("grant-title");
        status.setId("grant-status");
        status.getElement().getThemeList().add("badge");
        facts.setPadding(false);
        facts.setSpacing(false);
        reason.setLabel(getTranslation("grants.reason"));
        reason.setId("grant-reason");
        problem.setId("grant-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        steps.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        steps.setWrap(true);
        Anchor xlsx = new Anchor(
                DownloadHandler.fromInputStream(e -> file(
                        "xlsx",
                        "application/vnd.openxmlformats-officedocument" + ".spreadsheetml.sheet",
                        out -> export.writeXlsx(grant.id(), out))),
                getTranslation("grants.export.xlsx"));
        xlsx.setId("grant-xlsx");
        Locale language = getLocale();
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(
                        e -> file("pdf", "application/pdf", out -> export.writePdf(grant.id(), language, out))),
                getTranslation("grants.export.pdf"));
        pdf.setId("grant-pdf");
        HorizontalLayout top = new HorizontalLayout(heading, status);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        budget = new BudgetSection(grants, amounts, this::act);
        tranches = new TrancheSection(grants, amounts, this::act);
        disbursements = new DisbursementSection(grants, amounts, this::act);
        reports = new ReportSection(grants, amounts, this::act);
        audit = new AuditSection(grants, amounts);
        add(
                top,
                facts,
                new HorizontalLayout(xlsx, pdf),
                steps,
                problem,
                budget,
                tranches,
                disbursements,
                reports,
                audit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            grant = grants.get(
                    Long.parseLong(event.getRouteParameters().get("grantId").orElse("")));
        } catch (NumberFormatException | InvalidInputException noSuchGrant) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show();
    }

    /**
     * Runs a step and shows the grant again; a refusal is shown in words and changes nothing.
     *
     * @return true when the step was done
     */
    boolean act(Supplier<?> step) {
        problem.setText("");
        try {
            step.get();
        } catch (InvalidInputException refused) {
            String text = refused instanceof InvalidFieldException field
                    ? getTranslation(field.messageKey()) + " (" + refused.getMessage() + ")"
                    : refused.getMessage();
            problem.setText(text);
            Notification.show(text, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
        grant = grants.get(grant.id());
        show();
        return true;
    }

    private void show() {
        GrantData d = grant.data();
        heading.setText(d.title());
        status.setText(getTranslation(grant.status().labelKey()));
        facts.removeAll();
        typedFact(
                "grants.grantee",
                d.granteeName(),
                " (" + getTranslation(d.granteeKind().labelKey()) + ")");
        typedFact("grants.contact", d.granteeContact(), null);
        typedFact("grants.bank-reference", d.bankReference(), null);
        fact("grants.amount", amounts.money(d.amount(), d.currency()));
        if (d.cofundingAmount() != null) {
            fact(
                    "grants.cofunding",
                    amounts.money(d.cofundingAmount(), d.currency())
                            + (d.cofundingKind() == null
                                    ? ""
                                    : " — " + getTranslation(d.cofundingKind().labelKey()))
                            + (d.cofundingNote() == null ? "" : " — " + BidiText.isolate(d.cofundingNote())));
        }
        fact("grants.period", amounts.date(d.startOn()) + " – " + amounts.date(d.endOn()));
        HorizontalLayout projectLinks = new HorizontalLayout();
        projectLinks.add(new Span(getTranslation("label.colon", getTranslation("grants.projects"))));
        for (long id : d.projectIds().stream().sorted().toList()) {
            String name;
            try {
                name = projects.get(id).data().title();
            } catch (InvalidInputException | org.springframework.security.access.AccessDeniedException e) {
                name = "#" + id;
            }
            Anchor link = new Anchor("projects/" + id);
            link.add(new UserText(name));
            projectLinks.add(link);
        }
        facts.add(projectLinks);
        typedFact("grants.prepared-by", grant.preparedBy(), null);
        if (grant.submittedBy() != null) {
            typedFact("grants.submitted-by", grant.submittedBy(), ", " + amounts.time(grant.submittedAt()));
        }
        if (grant.approvedBy() != null) {
            typedFact("grants.approved-by", grant.approvedBy(), ", " + amounts.time(grant.approvedAt()));
        }
        var next = grants.nextReportDue(grant.id());
        if (next != null) {
            fact("grants.next-report", amounts.date(next));
        }
        showSteps();
        budget.show(grant);
        tranches.show(grant);
        disbursements.show(grant);
        reports.show(grant);
        audit.show(grant);
    }

    private void showSteps() {
        steps.removeAll();
        GrantStatus now = grant.status();
        long id = grant.id();
        for (GrantStatus to : GrantStatus.values()) {
            if (!now.mayMoveTo(to)) {
                continue;
            }
            Button button =
                    switch (to) {
                        case SUBMITTED -> step("submit", to, () -> grants.submit(id));
                        case DRAFT -> step("return", to, () -> grants.returnToDraft(id, reason.getValue()));
                        case APPROVED -> step("approve", to, () -> grants.approve(id));
                        case ACTIVE ->
                            now == GrantStatus.SUSPENDED
                                    ? step("resume", to, () -> grants.resume(id))
                                    : step("activate", to, () -> grants.activate(id));
                        case SUSPENDED -> step("suspend", to, () -> grants.suspend(id, reason.getValue()));
                        case CLOSED -> step("close", to, () -> grants.close(id));
                    };
            steps.add(button);
        }
        if (now == GrantStatus.DRAFT) {
            Anchor edit = new Anchor("grants/" + id + "/edit", getTranslation("grants.edit"));
            edit.setId("grant-edit");
            steps.addComponentAsFirst(edit);
        }
        if (now.mayMoveTo(GrantStatus.DRAFT) || now.mayMoveTo(GrantStatus.SUSPENDED)) {
            steps.addComponentAsFirst(reason);
        }
    }

    private Button step(String name, GrantStatus to, Supplier<?> action) {
        Button button = new Button(getTranslation("grants.step." + name), e -> confirmStep(name, to, action));
        button.setId("grant-" + name);
        return button;
    }

    /**
     * Asks before the grant changes status (approval above all: it commits the money), naming the grant, its
     * amount and grantee and the status it moves to. The move is recorded in the audit trail either way.
     */
    void confirmStep(String name, GrantStatus to, Supplier<?> action) {
        GrantData d = grant.data();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("grant-step-dialog");
        dialog.setHeader(getTranslation("grants.step.confirm-title", getTranslation("grants.step." + name)));
        dialog.setText(getTranslation(
                "grants.step.confirm-text",
                BidiText.isolate(d.title()),
                amounts.money(d.amount(), d.currency()),
                BidiText.isolate(d.granteeName()),
                getTranslation(grant.status().labelKey()),
                getTranslation(to.labelKey())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("grants.disbursement.confirm-cancel"));
        dialog.setConfirmText(getTranslation("grants.step." + name));
        dialog.addConfirmListener(e -> act(action));
        dialog.open();
    }

    /** A fact whose value someone typed, isolated from the label before it and the text after it. */
    private void typedFact(String key, String typed, String after) {
        if (typed != null && !typed.isBlank()) {
            facts.add(UserText.line(getTranslation("label.colon", getTranslation(key)) + " ", typed, after));
        }
    }

    private void fact(String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Span(getTranslation("label.colon", getTranslation(key)) + " " + value));
        }
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    private DownloadResponse file(String extension, String type, Writer writer) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(bytes);
        return new DownloadResponse(
                new ByteArrayInputStream(bytes.toByteArray()),
                "grant-" + grant.id() + "-financial-report." + extension,
                type,
                bytes.size());
    }

    @Override
    public String pageHeading() {
        return getTranslation("grants.detail.title");
    }
}
