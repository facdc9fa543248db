package org.reintegration.portal.selection.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.reintegration.portal.selection.voting.CodeCounts;
import org.reintegration.portal.selection.voting.GeneratedCodes;
import org.reintegration.portal.selection.voting.VotingService;

/**
 * Staff draw a batch of voting codes and download the sheet of slips to print, right then: the portal
 * keeps only the codes' hashes, so the sheet cannot be made again.
 */
@Route("rounds/:roundId/codes")
@RolesAllowed(Role.STAFF_NAME)
public class CodeBatchesView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final VotingService voting;
    private BallotPaper paper;

    final IntegerField count = new IntegerField();
    final Select<Locale> language = new Select<>();
    final Checkbox withQr = new Checkbox();
    final Button generate = new Button();
    final Paragraph summary = new Paragraph();
    Anchor download;

    public CodeBatchesView(VotingService voting) {
        this.voting = voting;
        setMaxWidth("48em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId").orElse(-1L);
        paper = voting.findBallotPaper(roundId).orElse(null);
        removeAll();
        if (paper == null) {
            add(new Paragraph(getTranslation("voting.no-round")));
            return;
        }
        summary.setId("code-summary");
        showSummary();
        count.setLabel(getTranslation("codes.count"));
        count.setMin(1);
        count.setMax(VotingService.MAX_CODES_PER_BATCH);
        count.setValue(100);
        count.setStepButtonsVisible(true);
        count.setId("code-count");
        language.setLabel(getTranslation("codes.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(Languages::nativeName);
        language.setValue(Languages.supported(paper.slipLanguage()).orElse(getLocale()));
        withQr.setLabel(getTranslation("codes.qr"));
        withQr.setValue(true);
        generate.setText(getTranslation("codes.generate"));
        generate.setId("generate-codes");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> generate());
        add(
                new H2(paper.roundName()),
                summary,
                new Paragraph(getTranslation("codes.intro")),
                count,
                language,
                withQr,
                generate);
    }

    private void generate() {
        count.setInvalid(false);
        try {
            GeneratedCodes batch = voting.generateCodes(
                    paper.roundId(),
                    count.getValue() == null ? 0 : count.getValue(),
                    language.getValue(),
                    withQr.getValue(),
                    votingUrl(paper.roundId()));
            if (download != null) {
                remove(download);
            }
            byte[] pdf = batch.pdf();
            download = new Anchor(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(pdf), batch.fileName(), "application/pdf", pdf.length)),
                    getTranslation("codes.download", batch.count(), batch.batch()));
            download.setId("download-codes");
            download.getElement().setAttribute("download", true);
            add(download);
            showSummary();
        } catch (InvalidFieldException e) {
            count.setErrorMessage(getTranslation(e.messageKey(), VotingService.MAX_CODES_PER_BATCH));
            count.setInvalid(true);
        }
    }

    private void showSummary() {
        CodeCounts counts = voting.codeCounts(paper.roundId());
        summary.setText(getTranslation("codes.summary", counts.issued(), counts.batches(), counts.used()));
    }

    /** The public address of the round's voting page, as this request reached the portal. */
    private static String votingUrl(long roundId) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            String port = (http.getScheme().equals("https") && http.getServerPort() == 443)
                            || (http.getScheme().equals("http") && http.getServerPort() == 80)
                    ? ""
                    : ":" + http.getServerPort();
            return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/vote/" + roundId;
        }
        return "/vote/" + roundId;
    }

    @Override
    public String pageHeading() {
        return getTranslation("codes.title");
    }
}
