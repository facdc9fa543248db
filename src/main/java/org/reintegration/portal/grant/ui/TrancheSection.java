package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.grant.Disbursement;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantFigures;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.Tranche;

/** The grant's tranches with what was released of each; drafts add and remove tranches. */
class TrancheSection extends VerticalLayout {

    private final GrantService grants;
    private final Predicate<Supplier<?>> act;
    private Grant grant;
    private List<Disbursement> paid = List.of();
    final Grid<Tranche> grid = new Grid<>();
    final BigDecimalField amount = new BigDecimalField();
    final DatePicker plannedOn = Localized.datePicker(new DatePicker());
    final TextField conditions = new TextField();
    final Button add = new Button();
    private final HorizontalLayout addRow;

    TrancheSection(GrantService grants, Amounts amounts, Predicate<Supplier<?>> act) {
        this.grants = grants;
        this.act = act;
        setPadding(false);
        grid.addColumn(Tranche::number).setHeader("#").setAutoWidth(true);
        grid.addColumn(t -> amounts.date(t.plannedOn()))
                .setHeader(getTranslation("grants.tranche.planned"))
                .setAutoWidth(true);
        grid.addColumn(t -> amounts.number(t.amount(), grant.data().currency()))
                .setHeader(getTranslation("grants.amount"))
                .setAutoWidth(true);
        grid.addColumn(t -> amounts.number(
                        GrantFigures.released(t, paid), grant.data().currency()))
                .setHeader(getTranslation("grants.tranche.released"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.conditions() == null ? "" : t.conditions())
                .setHeader(getTranslation("grants.tranche.conditions"))
                .setFlexGrow(2);
        grid.addColumn(t -> GrantFigures.settled(t, paid) ? getTranslation("grants.tranche.settled") : "")
                .setAutoWidth(true);
        grid.addComponentColumn(this::remove).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("tranche-grid");
        amount.setLabel(getTranslation("grants.amount"));
        plannedOn.setLabel(getTranslation("grants.tranche.planned"));
        conditions.setLabel(getTranslation("grants.tranche.conditions"));
        conditions.setMaxLength(Tranche.CONDITIONS_MAX);
        add.setText(getTranslation("grants.tranche.add"));
        add.setId("add-tranche");
        add.addClickListener(e -> addTranche());
        addRow = new HorizontalLayout(amount, plannedOn, conditions, add);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);
        add(new H3(getTranslation("grants.tranche.title")), grid, addRow);
    }

    void show(Grant grant) {
        this.grant = grant;
        paid = grants.disbursements(grant.id());
        grid.setItems(grants.tranches(grant.id()));
        addRow.setVisible(grant.status() == GrantStatus.DRAFT);
    }

    private void addTranche() {
        amount.setInvalid(false);
        plannedOn.setInvalid(false);
        if (amount.getValue() == null || amount.getValue().signum() <= 0) {
            amount.setErrorMessage(getTranslation("grants.error.field.amount"));
            amount.setInvalid(true);
            return;
        }
        if (plannedOn.getValue() == null) {
            plannedOn.setErrorMessage(getTranslation("grants.error.field.planned"));
            plannedOn.setInvalid(true);
            return;
        }
        Tranche tranche;
        try {
            tranche = Tranche.of(amount.getValue(), plannedOn.getValue(), conditions.getValue());
        } catch (IllegalArgumentException e) {
            amount.setErrorMessage(getTranslation("grants.error.field.amount"));
            amount.setInvalid(true);
            return;
        }
        if (act.test(() -> {
            grants.addTranche(grant.id(), tranche);
            return null;
        })) {
            amount.clear();
            plannedOn.clear();
            conditions.clear();
        }
    }

    private com.vaadin.flow.component.Component remove(Tranche tranche) {
        if (grant == null || grant.status() != GrantStatus.DRAFT) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button remove = new Button(
                VaadinIcon.TRASH.create(),
                e -> act.test(() -> {
                    grants.removeTranche(grant.id(), tranche.id());
                    return null;
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("grants.remove"));
        return remove;
    }
}
