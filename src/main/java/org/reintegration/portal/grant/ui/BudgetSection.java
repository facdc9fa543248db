package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.reintegration.portal.grant.BudgetCategory;
import org.reintegration.portal.grant.BudgetLine;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantBalance;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.LineBalance;

/** The grant's budget lines against what accepted reports spent on them; drafts add and remove lines. */
class BudgetSection extends VerticalLayout {

    private final GrantService grants;
    private final Amounts amounts;
    private final Predicate<Supplier<?>> act;
    private Grant grant;
    final Grid<LineBalance> grid = new Grid<>();
    final Paragraph totals = new Paragraph();
    final Select<BudgetCategory> category = new Select<>();
    final TextField description = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final Button add = new Button();
    private final HorizontalLayout addRow;

    BudgetSection(GrantService grants, Amounts amounts, Predicate<Supplier<?>> act) {
        this.grants = grants;
        this.amounts = amounts;
        this.act = act;
        setPadding(false);
        grid.addColumn(l -> getTranslation(l.line().category().labelKey()))
                .setHeader(getTranslation("grants.category"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.line().description())
                .setHeader(getTranslation("grants.description"))
                .setFlexGrow(2);
        grid.addColumn(l -> amounts.number(l.line().amount(), grant.data().currency()))
                .setHeader(getTranslation("grants.budget"))
                .setAutoWidth(true);
        grid.addColumn(l -> amounts.number(l.spent(), grant.data().currency()))
                .setHeader(getTranslation("grants.spent"))
                .setAutoWidth(true);
        grid.addColumn(l -> amounts.number(l.variance(), grant.data().currency()))
                .setHeader(getTranslation("grants.variance"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.overspent() ? getTranslation("grants.flag.overspent") : "")
                .setHeader(getTranslation("grants.flag"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::remove).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("budget-grid");
        totals.setId("budget-totals");
        category.setLabel(getTranslation("grants.category"));
        category.setItems(BudgetCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setValue(BudgetCategory.EQUIPMENT);
        description.setLabel(getTranslation("grants.description"));
        description.setMaxLength(BudgetLine.DESCRIPTION_MAX);
        amount.setLabel(getTranslation("grants.budget"));
        add.setText(getTranslation("grants.budget.add"));
        add.setId("add-budget-line");
        add.addClickListener(e -> addLine());
        addRow = new HorizontalLayout(category, description, amount, add);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);
        add(new H3(getTranslation("grants.budget.title")), grid, totals, addRow);
    }

    void show(Grant grant) {
        this.grant = grant;
        GrantBalance balance = grants.balance(grant.id());
        grid.setItems(balance.lines());
        totals.setText(getTranslation(
                "grants.budget.totals",
                amounts.money(balance.budgeted(), grant.data().currency()),
                amounts.money(balance.spent(), grant.data().currency()),
                amounts.money(balance.disbursed(), grant.data().currency()),
                grant.data().tolerancePercent()));
        addRow.setVisible(grant.status() == GrantStatus.DRAFT);
    }

    private void addLine() {
        amount.setInvalid(false);
        description.setInvalid(false);
        if (description.getValue().isBlank()) {
            description.setErrorMessage(getTranslation("grants.error.field.description"));
            description.setInvalid(true);
            return;
        }
        if (amount.getValue() == null || amount.getValue().signum() <= 0) {
            amount.setErrorMessage(getTranslation("grants.error.field.amount"));
            amount.setInvalid(true);
            return;
        }
        BudgetLine line;
        try {
            line = BudgetLine.of(category.getValue(), description.getValue(), amount.getValue());
        } catch (IllegalArgumentException e) {
            amount.setErrorMessage(getTranslation("grants.error.field.amount"));
            amount.setInvalid(true);
            return;
        }
        if (act.test(() -> {
            grants.addBudgetLine(grant.id(), line);
            return null;
        })) {
            description.clear();
            amount.clear();
        }
    }

    private com.vaadin.flow.component.Component remove(LineBalance line) {
        if (grant == null || grant.status() != GrantStatus.DRAFT) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button remove = new Button(
                VaadinIcon.TRASH.create(),
                e -> act.test(() -> {
                    grants.removeBudgetLine(grant.id(), line.line().id());
                    return null;
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("grants.remove"));
        return remove;
    }
}
