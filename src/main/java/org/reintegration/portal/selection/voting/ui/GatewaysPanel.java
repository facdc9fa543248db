package org.reintegration.portal.selection.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.selection.voting.IssuedGatewayKey;
import org.reintegration.portal.selection.voting.VotingGateway;
import org.reintegration.portal.selection.voting.VotingService;

/**
 * Staff issue and revoke the keys of voting gateways (tablets, SMS gateways) and see what each sent.
 * A new key is shown once, right here; the portal keeps only its hash.
 */
class GatewaysPanel extends VerticalLayout {

    private final VotingService voting;
    final TextField name = new TextField();
    final Button issue = new Button();
    final TextField issuedKey = new TextField();
    final Paragraph keyNote = new Paragraph();
    final Grid<VotingGateway> grid = new Grid<>();

    GatewaysPanel(VotingService voting) {
        this.voting = voting;
        setPadding(false);
        name.setLabel(getTranslation("gateways.name"));
        name.setMaxLength(VotingGateway.NAME_MAX);
        name.setId("gateway-name");
        issue.setText(getTranslation("gateways.issue"));
        issue.setId("issue-gateway");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(click -> issue());
        HorizontalLayout form = new HorizontalLayout(name, issue);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        issuedKey.setLabel(getTranslation("gateways.key"));
        issuedKey.setReadOnly(true);
        issuedKey.setWidthFull();
        issuedKey.setId("gateway-key");
        issuedKey.setVisible(false);
        keyNote.setVisible(false);

        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(VotingGateway::name)
                .setHeader(getTranslation("gateways.name"))
                .setFlexGrow(2);
        grid.addColumn(g -> getTranslation("gateways.issued-by", g.createdBy(), when.format(g.createdAt())))
                .setHeader(getTranslation("gateways.issued"))
                .setFlexGrow(2);
        grid.addColumn(VotingGateway::ballots).setHeader(getTranslation("gateways.ballots"));
        grid.addColumn(VotingGateway::wrongCodes).setHeader(getTranslation("gateways.wrong-codes"));
        grid.addComponentColumn(g -> g.revoked()
                        ? new Paragraph(getTranslation("gateways.revoked", g.revokedBy(), when.format(g.revokedAt())))
                        : revokeButton(g))
                .setHeader(getTranslation("gateways.status"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setId("gateways");
        add(
                new H2(getTranslation("gateways.title")),
                new Paragraph(getTranslation("gateways.intro")),
                form,
                issuedKey,
                keyNote,
                grid);
        refresh();
    }

    private Button revokeButton(VotingGateway gateway) {
        Button revoke = new Button(getTranslation("gateways.revoke"), click -> {
            try {
                voting.revokeGateway(gateway.id());
            } catch (InvalidFieldException e) {
                // revoked meanwhile by someone else: the list shows it
            }
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void issue() {
        name.setInvalid(false);
        try {
            IssuedGatewayKey issued = voting.issueGateway(name.getValue());
            issuedKey.setValue(issued.key());
            issuedKey.setVisible(true);
            keyNote.setText(getTranslation("gateways.key-once", issued.gateway().name()));
            keyNote.setVisible(true);
            name.clear();
            refresh();
        } catch (InvalidFieldException e) {
            name.setErrorMessage(getTranslation(e.messageKey()));
            name.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(voting.gateways());
    }
}
