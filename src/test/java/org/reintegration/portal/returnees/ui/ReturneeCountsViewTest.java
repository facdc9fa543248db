package org.reintegration.portal.returnees.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.returnees.ReturneeCount;
import org.reintegration.portal.returnees.ReturneeCountData;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ReturneeCountsViewTest extends SpringBrowserlessTest {

    static final String SAMPLE = "gin_returnees_by_adm2_SYNTHETIC.csv";

    @Autowired
    ReturneeCountService returnees;

    @Test
    @WithUserDetails("staff")
    void staff_upload_a_table_and_see_what_was_added_and_what_was_already_there() throws IOException {
        ReturneeCountsView view = navigate(ReturneeCountsView.class);
        byte[] sample = sample();
        int before = returnees.countsFor(null).size(); // the demo data's counts

        view.importFile(SAMPLE, sample);

        assertThat(done()).isEqualTo(view.getTranslation("returnees.import.done", BidiText.isolate(SAMPLE), 68, 0));
        assertThat(view.grid.getGenericDataView().getItems()).hasSize(before + 68);

        view.importFile(SAMPLE, sample);

        assertThat(done()).isEqualTo(view.getTranslation("returnees.import.done", BidiText.isolate(SAMPLE), 0, 68));
        assertThat(returnees.countsFor(null)).hasSize(before + 68);
    }

    @Test
    @WithUserDetails("staff")
    void a_rejected_table_lists_its_problems_and_changes_nothing() throws IOException {
        ReturneeCountsView view = navigate(ReturneeCountsView.class);
        int before = returnees.countsFor(null).size(); // the demo data's counts
        String broken = new String(sample(), StandardCharsets.UTF_8).replace(",2416,", ",abc,");

        view.importFile("broken.csv", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(find(Paragraph.class)
                        .withClassName("import-rejected")
                        .single()
                        .getText())
                .isEqualTo(view.getTranslation("returnees.import.rejected", "broken.csv"));
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .containsExactly("line 5, column 8 (#affected+returnees+ind): 'abc' is not a whole number");
        assertThat(find(Paragraph.class).withClassName("import-done").all()).isEmpty();
        assertThat(returnees.countsFor(null)).hasSize(before);
    }

    @Test
    @WithUserDetails("staff")
    void a_rejected_table_lists_its_problems_in_french_and_in_arabic_with_no_english_left() throws IOException {
        String broken = new String(sample(), StandardCharsets.UTF_8)
                .replace(",2416,", ",abc,")
                .replace("GN005002", "GN9X");

        UI.getCurrent().setLocale(Languages.FRENCH);
        ReturneeCountsView view = navigate(ReturneeCountsView.class);
        view.importFile("broken.csv", broken.getBytes(StandardCharsets.UTF_8));
        List<String> french =
                find(ListItem.class).all().stream().map(ListItem::getText).toList();

        UI.getCurrent().setLocale(Languages.ARABIC);
        view = navigate(ReturneeCountsView.class);
        view.importFile("broken.csv", broken.getBytes(StandardCharsets.UTF_8));
        List<String> arabic =
                find(ListItem.class).all().stream().map(ListItem::getText).toList();

        assertThat(french)
                .contains(
                        "ligne 5, colonne 8 (#affected+returnees+ind)\u00a0: «\u202fabc\u202f» n’est pas un nombre entier")
                .contains("ligne 19, colonne 4 (#adm2+code)\u00a0: P-code GN9X inconnu\u00a0: aucune zone"
                        + " administrative enregistrée n’a ce code");
        assertThat(arabic)
                .contains("السطر 5، العمود 8 (\u2066#affected+returnees+ind\u2069): «abc» ليس عددًا صحيحًا")
                .contains(
                        "السطر 19، العمود 4 (\u2066#adm2+code\u2069): رمز P-code غير معروف GN9X: لا توجد منطقة إدارية مسجلة"
                                + " بهذا الرمز");
        for (String problem : concat(french, arabic)) {
            // what is left once the file's own values (hashtags, cell text, examples) are taken out: no English
            String words = problem.replaceAll("#[\\w+-]+|GN\\w+|abc|P-code", "");
            assertThat(words).as(problem).doesNotContainPattern("\\b(?i:line|column|is|not|the|expected)\\b");
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_small_counts_as_fewer_than_five_and_has_no_upload() {
        SystemTask.runAsAdministrator(() -> returnees.record(new ReturneeCountData(
                PCode.of("GN004003"),
                null,
                "Caseload 2026 Q1",
                LocalDate.of(2026, 3, 31),
                3,
                null,
                null,
                null,
                null,
                "Programme caseload")));

        ReturneeCountsView view = navigate(ReturneeCountsView.class);
        List<ReturneeCount> shown = view.grid.getGenericDataView().getItems().toList();
        int caseload = IntStream.range(0, shown.size())
                .filter(row -> shown.get(row).data().source().equals("Programme caseload"))
                .findFirst()
                .orElseThrow();

        assertThat(find(Upload.class).all()).isEmpty();
        assertThat(shown).allSatisfy(c -> assertThat(c.data().area().value()).startsWith("GN004"));
        assertThat(test(view.grid).getCellText(caseload, 3)).isEqualTo("<5");
    }

    @Test
    @WithUserDetails("staff")
    void staff_correct_a_count_on_the_page_with_a_reason_and_see_its_history() {
        ReturneeCount count = returnees.record(caseload("GN004003", 40));
        ReturneeCountsView view = navigate(ReturneeCountsView.class);

        test(correctButton(view, count)).click();
        CorrectCountDialog dialog = find(CorrectCountDialog.class).single();
        assertThat(dialog.individuals.getValue()).isEqualTo(40);
        dialog.individuals.setValue(42);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give the reason for the correction.");
        assertThat(returnees.corrections(count.id())).isEmpty();

        dialog.reason.setValue("Two late registrations");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.grid.getGenericDataView().getItems().filter(c -> c.id() == count.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.data().individuals()).isEqualTo(42));

        test(correctButton(view, count)).click();
        CorrectCountDialog again = find(CorrectCountDialog.class).single();
        assertThat(again.history.getChildren().map(c -> c.getElement().getText()))
                .singleElement()
                .asString()
                .contains("staff")
                .contains("40 → 42")
                .endsWith("Reason: \u2068Two late registrations\u2069");
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_has_no_correction_on_the_page() {
        SystemTask.runAsAdministrator(() -> returnees.record(caseload("GN004003", 40)));

        ReturneeCountsView view = navigate(ReturneeCountsView.class);

        assertThat(view.grid.getColumns())
                .extracting(c -> c.getHeaderText())
                .doesNotContain(view.getTranslation("returnees.correction.column"));
    }

    private com.vaadin.flow.component.button.Button correctButton(ReturneeCountsView view, ReturneeCount count) {
        List<ReturneeCount> shown = view.grid.getGenericDataView().getItems().toList();
        int row = IntStream.range(0, shown.size())
                .filter(i -> shown.get(i).id() == count.id())
                .findFirst()
                .orElseThrow();
        return (com.vaadin.flow.component.button.Button) test(view.grid).getCellComponent(row, 5);
    }

    private static ReturneeCountData caseload(String area, int individuals) {
        return new ReturneeCountData(
                PCode.of(area),
                null,
                "Caseload 2026 Q1",
                LocalDate.of(2026, 3, 31),
                individuals,
                null,
                null,
                null,
                null,
                "Programme caseload");
    }

    private String done() {
        return find(Paragraph.class).withClassName("import-done").single().getText();
    }

    private byte[] sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/returnees/" + SAMPLE)) {
            return in.readAllBytes();
        }
    }
}
