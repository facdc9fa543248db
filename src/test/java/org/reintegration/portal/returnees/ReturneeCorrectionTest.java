package org.reintegration.portal.returnees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.map.AreaValue;
import org.reintegration.portal.map.Classification;
import org.reintegration.portal.map.MapService;
import org.reintegration.portal.map.Measure;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ReturneeCorrectionTest {

    @Autowired
    ReturneeCountService returnees;

    @Autowired
    MapService maps;

    @Test
    @WithUserDetails("staff")
    void staff_correct_a_count_with_a_reason_and_the_history_keeps_the_figures_before_who_and_when() {
        importText(ReturneeCountServiceTest.sample());
        ReturneeCount round1 = boffa().getLast();
        ReturneeFigures corrected = new ReturneeFigures(1250, 172, 620, 630, 559);

        ReturneeCorrection correction = returnees.correct(round1.id(), corrected, "  Double entries removed  ");

        assertThat(boffa().getLast().data()).isEqualTo(corrected.applyTo(round1.data()));
        assertThat(returnees.corrections(round1.id())).singleElement().satisfies(c -> {
            assertThat(c).isEqualTo(correction);
            assertThat(c.before()).isEqualTo(new ReturneeFigures(1210, 172, 603, 607, 559));
            assertThat(c.after()).isEqualTo(corrected);
            assertThat(c.reason()).isEqualTo("Double entries removed");
            assertThat(c.correctedBy()).isEqualTo("staff");
            assertThat(c.correctedAt()).isNotNull();
        });
    }

    @Test
    @WithUserDetails("staff")
    void the_map_reads_the_latest_correction() {
        importText(ReturneeCountServiceTest.sample());
        ReturneeCount latest = boffa().getFirst();
        ReturneeFigures once = new ReturneeFigures(4321, null, null, null, null);
        ReturneeFigures twice = new ReturneeFigures(4322, null, null, null, null);

        returnees.correct(latest.id(), once, "Figures of the second tally");
        returnees.correct(latest.id(), twice, "One person counted late");

        AreaValue boffaOnTheMap =
                maps
                        .choropleth(2, latest.data().periodEnd(), Measure.ABSOLUTE, Classification.QUANTILES)
                        .values()
                        .stream()
                        .filter(v -> v.area().equals(PCode.of("GN001001")))
                        .findFirst()
                        .orElseThrow();
        assertThat(boffaOnTheMap.returnees()).isEqualTo(4322L);
        assertThat(returnees.corrections(latest.id()))
                .extracting(c -> c.before().individuals(), c -> c.after().individuals())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4321, 4322),
                        org.assertj.core.groups.Tuple.tuple(latest.data().individuals(), 4321));
    }

    @Test
    @WithUserDetails("staff")
    void a_correction_without_a_reason_or_with_the_same_figures_is_refused_and_changes_nothing() {
        importText(ReturneeCountServiceTest.sample());
        ReturneeCount round1 = boffa().getLast();

        assertThatThrownBy(() -> returnees.correct(round1.id(), new ReturneeFigures(1300, null, null, null, null), " "))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("returnees.correction.error.reason"));
        assertThatThrownBy(() -> returnees.correct(round1.id(), ReturneeFigures.of(round1.data()), "Checked again"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("returnees.correction.error.unchanged"));
        assertThatThrownBy(() -> new ReturneeFigures(10, null, 8, 8, null))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(boffa().getLast()).isEqualTo(round1);
        assertThat(returnees.corrections(round1.id())).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void the_original_file_imported_again_keeps_the_correction_and_other_figures_are_still_refused() {
        List<String> original = ReturneeCountServiceTest.sample();
        importText(original);
        ReturneeCount round1 = boffa().getLast();
        returnees.correct(round1.id(), new ReturneeFigures(1250, 172, 620, 630, 559), "Double entries removed");

        ReturneeImportResult again = importText(original);

        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(68);
        assertThat(boffa().getLast().data().individuals()).isEqualTo(1250);
        List<String> other = ReturneeCountServiceTest.sample();
        other.set(2, other.get(2).replace(",1210,", ",1300,"));
        assertThatThrownBy(() -> importText(other))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .asString()
                        .contains("correct the count on the returnee counts page"));
        assertThat(boffa().getLast().data().individuals()).isEqualTo(1250);
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_cannot_correct_a_count_even_in_its_own_area() {
        ReturneeCount inKankan = SystemTask.callAsAdministrator(() -> {
            importText(ReturneeCountServiceTest.sample());
            return returnees.countsFor(PCode.of("GN004001")).getFirst();
        });

        assertThatThrownBy(() -> returnees.correct(
                        inKankan.id(), new ReturneeFigures(999, null, null, null, null), "Our own tally"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returnees.corrections(inKankan.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(SystemTask.callAsAdministrator(() -> returnees.corrections(inKankan.id())))
                .isEmpty();
        assertThat(SystemTask.callAsAdministrator(
                        () -> returnees.countsFor(PCode.of("GN004001")).getFirst()))
                .isEqualTo(inKankan);
    }

    private List<ReturneeCount> boffa() {
        return returnees.countsFor(PCode.of("GN001001")).stream()
                .filter(c -> c.data().source().startsWith("SYNTHETIC"))
                .toList();
    }

    private ReturneeImportResult importText(List<String> lines) {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return returnees.importHxl(new ByteArrayInputStream(bytes), "returnees.csv");
    }
}
