package org.reintegration.portal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.assessment.PlannedAssessment;
import org.reintegration.portal.community.ui.CommunityListView;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class KoboImportViewTest extends SpringBrowserlessTest {

    private static final Path SAMPLE =
            Path.of("src/test/resources/interop/kobo_community_assessment_export_SYNTHETIC.csv");

    @Test
    void the_preview_shows_what_would_be_recorded_and_the_import_then_skips_everything_on_a_second_look()
            throws IOException {
        KoboImportView view = navigate(KoboImportView.class);
        assertThat(view.importButton.isEnabled()).isFalse();

        test(view.upload).upload("assessment.csv", "text/csv", Files.readAllBytes(SAMPLE));

        assertThat(view.summary.getText())
                .isEqualTo("assessment.csv: 5 submissions; 5 new profiles, 5 new communities, 0 already imported.");
        assertThat(view.preview.getListDataView().getItems())
                .extracting(PlannedAssessment::communityName)
                .containsExactly("Community 1", "Community 2", "Community 3", "Community 4", "Community 5");
        assertThat(view.status(view.preview.getListDataView().getItem(0))).startsWith("new community and profile");
        assertThat(view.importButton.isEnabled()).isTrue();

        test(view.importButton).click();

        assertThat(view.summary.getText())
                .isEqualTo(
                        "\u2068assessment.csv\u2069 imported: 5 profiles recorded, 5 communities created, 0 already imported"
                                + " before.");
        assertThat(view.preview.getListDataView().getItems()).allMatch(PlannedAssessment::alreadyImported);
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    @Test
    void problems_are_listed_by_line_and_column_and_the_import_stays_disabled() throws IOException {
        KoboImportView view = navigate(KoboImportView.class);
        String broken = Files.readString(SAMPLE).replace("\"GN008006\"", "\"GN999999\"");

        test(view.upload).upload("broken.csv", "text/csv", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).startsWith("broken.csv cannot be imported as it is: 1 problems.");
        assertThat(view.problems.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("line 4, column 6 (grp_location/adm2): no admin area has the P-code 'GN999999'");
        assertThat(view.importButton.isEnabled()).isFalse();

        test(view.mapping).setValue(view.mapping.getValue() + "grp_demo/hh_size = households\n");
        test(view.check).click();
        assertThat(view.problems.getChildren()).hasSize(1);
    }

    @Test
    void a_file_that_is_no_kobo_export_is_refused_before_any_preview() {
        KoboImportView view = navigate(KoboImportView.class);

        test(view.upload).upload("counts.csv", "text/csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText())
                .isEqualTo("counts.csv cannot be read as a KoboToolbox export. Nothing was changed.");
        assertThat(view.problems.getChildren().map(c -> ((ListItem) c).getText()))
                .singleElement()
                .asString()
                .startsWith("no _uuid column");
        assertThat(view.check.isEnabled()).isFalse();
    }

    @Test
    void in_french_the_preview_dates_and_labels_follow_the_language() throws IOException {
        navigate(CommunityListView.class);
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.FRENCH);
        KoboImportView view = navigate(KoboImportView.class);

        test(view.upload).upload("evaluation.csv", "text/csv", Files.readAllBytes(SAMPLE));

        assertThat(view.summary.getText()).startsWith("evaluation.csv\u00a0: 5 soumissions\u202f; 5 nouveaux profils");
        assertThat(view.preview.getColumns().get(3).getHeaderText()).isEqualTo("Évaluée le");
    }
}
