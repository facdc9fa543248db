package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.grant.Disbursement;
import org.reintegration.portal.grant.DisbursementStatus;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.Tranche;

/**
 * Disbursements: one staff member prepares one from a tranche, another releases it. The service refuses a
 * release by the preparer; the screen offers the button to everyone so the refusal is seen, not hidden.
 */
class DisbursementSection extends VerticalLayout {

    private final GrantService grants;
    private final Amounts amounts;
    private final Predicate<Supplier<?>> act;
    private Grant grant;
    final Grid<Disbursement> grid = new Grid<>();
    final Select<Tranche> tranche = new Select<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextField note = new TextField();
    final Button prepare = new Button();
    private final HorizontalLayout prepareRow;

    DisbursementSection(GrantService grants, Amounts amounts, Predicate<Supplier<?>> act) {
        this.grants = grants;
        this.amounts = amounts;
        this.act = act;
        setPadding(false);
        grid.addColumn(d -> d.trancheNumber())
                .setHeader(getTranslation("grants.disbursement.tranche"))
                .setAutoWidth(true);
        grid.addColumn(d -> amounts.number(d.amount(), grant.data().currency()))
                .setHeader(getTranslation("grants.amount"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.status().labelKey()))
                .setHeader(getTranslation("grants.status"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.preparedBy() + ", " + amounts.time(d.preparedAt()))
                .setHeader(getTranslation("grants.disbursement.prepared-by"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.decidedBy() == null ? "" : d.decidedBy() + ", " + amounts.time(d.decidedAt()))
                .setHeader(getTranslation("grants.disbursement.decided-by"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.note() == null ? "" : d.note())
                .setHeader(getTranslation("grants.note"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("disbursement-grid");
        tranche.setLabel(getTranslation("grants.disbursement.tranche"));
        tranche.setItemLabelGenerator(t -> "#" + t.number() + " — "
                + amounts.number(t.amount(), grant.data().currency()) + " — " + amounts.date(t.plannedOn()));
        tranche.setId("disbursement-tranche");
        tranche.addValueChangeListener(e -> {
            if (e.getValue() != null && amount.getValue() == null) {
                amount.setValue(e.getValue().amount());
            }
        });
        amount.setLabel(getTranslation("grants.amount"));
        amount.setId("disbursement-amount");
        note.setLabel(getTranslation("grants.note"));
        note.setMaxLength(Disbursement.NOTE_MAX);
        prepare.setText(getTranslation("grants.disbursement.prepare"));
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.setId("prepare-disbursement");
        prepare.addClickListener(e -> prepare());
        prepareRow = new HorizontalLayout(tranche, amount, note, prepare);
        prepareRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        prepareRow.setWrap(true);
        add(
                new H3(getTranslation("grants.disbursement.title")),
                new Paragraph(getTranslation("grants.disbursement.help")),
                grid,
                prepareRow);
    }

    void show(Grant grant) {
        this.grant = grant;
        grid.setItems(grants.disbursements(grant.id()));
        tranche.setItems(grants.tranches(grant.id()));
        prepareRow.setVisible(grant.status() == GrantStatus.ACTIVE);
    }

    private void prepare() {
        tranche.setInvalid(false);
        amount.setInvalid(false);
        if (tranche.getValue() == null) {
            tranche.setErrorMessage(getTranslation("grants.error.field.tranche"));
            tranche.setInvalid(true);
            return;
        }
        if (amount.getValue() == null) {
            amount.setErrorMessage(getTranslation("grants.error.field.amount"));
            amount.setInvalid(true);
            return;
        }
        confirmPreparation(tranche.getValue());
    }

    /** Asks before a disbursement is put forward, saying how much, to whom and from which tranche. */
    private void confirmPreparation(Tranche from) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("prepare-dialog");
        dialog.setHeader(getTranslation("grants.disbursement.prepare-confirm-title"));
        dialog.setText(getTranslation(
                "grants.disbursement.prepare-confirm-text",
                amounts.money(amount.getValue(), grant.data().currency()),
                BidiText.isolate(grant.data().granteeName()),
                from.number()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("grants.disbursement.confirm-cancel"));
        dialog.setConfirmText(getTranslation("grants.disbursement.prepare"));
        dialog.addConfirmListener(e -> {
            if (act.test(() -> grants.prepareDisbursement(grant.id(), from.id(), amount.getValue(), note.getValue()))) {
                amount.clear();
                note.clear();
                tranche.clear();
            }
        });
        dialog.open();
    }

    private com.vaadin.flow.component.Component actions(Disbursement d) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (d.status() == DisbursementStatus.PREPARED) {
            Button release = new Button(getTranslation("grants.disbursement.release"), e -> confirmRelease(d, false));
            release.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            release.addClassName("release-disbursement");
            release.setId("release-disbursement-" + d.id());
            Button cancel = new Button(
                    getTranslation("grants.disbursement.cancel"),
                    e -> act.test(() -> grants.cancelDisbursement(d.id(), null)));
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            buttons.add(release, cancel);
        }
        return buttons;
    }

    /**
     * Asks before money goes out, saying how much and to whom; before the tranche's planned date the dialog
     * also asks why (the service requires it and records it in the audit trail).
     */
    void confirmRelease(Disbursement d, boolean reasonMissing) {
        Tranche tranche = grants.tranches(grant.id()).stream()
                .filter(t -> t.id() == d.trancheId())
                .findFirst()
                .orElseThrow();
        boolean early = grants.releaseIsEarly(tranche);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("release-dialog");
        dialog.setHeader(getTranslation("grants.disbursement.confirm-title"));
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation(
                "grants.disbursement.confirm-text",
                amounts.money(d.amount(), grant.data().currency()),
                grant.data().granteeName(),
                d.trancheNumber())));
        body.setPadding(false);
        TextArea reason = new TextArea(getTranslation("grants.disbursement.early-reason"));
        reason.setId("early-reason");
        reason.setWidthFull();
        reason.setMaxLength(Disbursement.EARLY_REASON_MAX);
        if (early) {
            reason.setHelperText(getTranslation("grants.disbursement.early-help", amounts.date(tranche.plannedOn())));
            reason.setRequiredIndicatorVisible(true);
            if (reasonMissing) {
                reason.setErrorMessage(getTranslation("grants.error.early-reason"));
                reason.setInvalid(true);
            }
            body.add(reason);
        }
        dialog.setText(body);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("grants.disbursement.confirm-cancel"));
        dialog.setConfirmText(getTranslation("grants.disbursement.release"));
        dialog.addConfirmListener(e -> {
            if (early && reason.getValue().isBlank()) {
                // Ask again, with the reason marked, rather than send a release the service refuses.
                confirmRelease(d, true);
                return;
            }
            act.test(() -> grants.releaseDisbursement(d.id(), early ? reason.getValue() : null));
        });
        dialog.open();
    }
}
