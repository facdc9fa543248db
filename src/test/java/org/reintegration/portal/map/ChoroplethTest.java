package org.reintegration.portal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.returnees.ReturneeCountData;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's returnee choropleth on the demo database (Guinea, counts for two demo rounds, invented populations):
 * sums over the levels, periods, rates, classes, and the small counts and their complements withheld outside staff.
 */
@PortalTest
@Transactional
class ChoroplethTest {

    private static final PCode KANKAN = PCode.of("GN004");
    private static final PCode MANDIANA = PCode.of("GN004004");
    private static final PCode KINDIA = PCode.of("GN005");

    @Autowired
    MapService maps;

    @Autowired
    ReturneeCountService counts;

    @Test
    @WithUserDetails("staff")
    void a_region_holds_the_sum_of_its_prefectures_in_the_latest_period() {
        Choropleth regions = maps.choropleth(1, null, Measure.ABSOLUTE, Classification.QUANTILES);
        Choropleth prefectures = maps.choropleth(2, null, Measure.ABSOLUTE, Classification.QUANTILES);

        assertThat(regions.period()).isEqualTo(regions.periods().getFirst());
        assertThat(regions.periods()).hasSize(2);
        assertThat(regions.values()).hasSize(8);
        assertThat(prefectures.values()).hasSize(34);
        long kankanPrefectures = prefectures.values().stream()
                .filter(v -> v.area().value().startsWith("GN004"))
                .mapToLong(AreaValue::returnees)
                .sum();
        assertThat(byArea(regions).get(KANKAN).returnees()).isEqualTo(kankanPrefectures);
    }

    @Test
    @WithUserDetails("staff")
    void an_earlier_period_shows_its_own_counts() {
        Choropleth latest = maps.choropleth(2, null, Measure.ABSOLUTE, Classification.QUANTILES);
        LocalDate earlier = latest.periods().getLast().end();

        Choropleth first = maps.choropleth(2, earlier, Measure.ABSOLUTE, Classification.QUANTILES);

        assertThat(first.period().end()).isEqualTo(earlier);
        assertThat(first.values())
                .extracting(AreaValue::returnees)
                .isNotEqualTo(latest.values().stream().map(AreaValue::returnees).toList());
        assertThat(counts.countsFor(MANDIANA).stream()
                        .filter(c -> c.data().periodEnd().equals(earlier))
                        .findFirst()
                        .orElseThrow()
                        .data()
                        .individuals())
                .isEqualTo(byArea(first).get(MANDIANA).returnees().intValue());
    }

    @Test
    @WithUserDetails("staff")
    void per_thousand_divides_by_the_population_and_regions_add_up_their_prefectures_inhabitants() {
        Choropleth prefectures = maps.choropleth(2, null, Measure.PER_THOUSAND, Classification.QUANTILES);
        Choropleth regions = maps.choropleth(1, null, Measure.PER_THOUSAND, Classification.NATURAL_BREAKS);

        AreaValue siguiri = byArea(prefectures).get(MANDIANA);
        assertThat(siguiri.value()).isCloseTo(siguiri.returnees() * 1000.0 / siguiri.population(), within());
        long kankanInhabitants = prefectures.values().stream()
                .filter(v -> v.area().value().startsWith("GN004"))
                .mapToLong(AreaValue::population)
                .sum();
        assertThat(byArea(regions).get(KANKAN).population()).isEqualTo(kankanInhabitants);
    }

    @Test
    @WithUserDetails("staff")
    void every_area_lies_in_the_class_its_value_falls_into() {
        for (Classification classification : Classification.values()) {
            Choropleth map = maps.choropleth(2, null, Measure.ABSOLUTE, classification);

            assertThat(map.breaks()).hasSizeBetween(1, MapService.CLASSES).isSorted();
            for (AreaValue value : map.values()) {
                int index = value.classIndex();
                assertThat(value.value()).isLessThanOrEqualTo(map.breaks().get(index));
                if (index > 0) {
                    assertThat(value.value()).isGreaterThan(map.breaks().get(index - 1));
                }
            }
            assertThat(map.breaks().getLast())
                    .isEqualTo(map.values().stream()
                            .mapToDouble(AreaValue::value)
                            .max()
                            .orElseThrow());
        }
    }

    @Test
    @WithUserDetails("authority")
    void outside_staff_a_count_below_five_is_drawn_as_fewer_than_five_without_its_figure() {
        LocalDate later = LocalDate.of(2026, 6, 30);
        SystemTask.runAsAdministrator(() -> counts.record(
                new ReturneeCountData(MANDIANA, null, "Test round", later, 3, null, null, null, null, "test")));

        Choropleth map = maps.choropleth(2, later, Measure.ABSOLUTE, Classification.QUANTILES);

        AreaValue siguiri = byArea(map).get(MANDIANA);
        assertThat(siguiri.fewerThanFive()).isTrue();
        assertThat(siguiri.returnees()).isNull();
        assertThat(siguiri.value()).isNull();
        assertThat(siguiri.classIndex()).isEqualTo(-1);
        // the region's sum is 3 as well: hidden too
        assertThat(byArea(maps.choropleth(1, later, Measure.ABSOLUTE, Classification.QUANTILES))
                        .get(KANKAN)
                        .fewerThanFive())
                .isTrue();
        SystemTask.runAsAdministrator(
                () -> assertThat(byArea(maps.choropleth(2, later, Measure.ABSOLUTE, Classification.QUANTILES))
                                .get(MANDIANA)
                                .returnees())
                        .isEqualTo(3L));
    }

    @Test
    @WithUserDetails("authority")
    void outside_staff_a_region_and_its_prefectures_never_give_a_hidden_count_away() {
        LocalDate later = LocalDate.of(2026, 6, 30);
        SystemTask.runAsAdministrator(() -> {
            counts.record(new ReturneeCountData(MANDIANA, null, "Test round", later, 3, null, null, null, null, "t"));
            counts.record(new ReturneeCountData(
                    PCode.of("GN004001"), null, "Test round", later, 20, null, null, null, null, "t"));
        });
        Map<PCode, AreaValue>[] real = new Map[2];
        SystemTask.runAsAdministrator(() -> {
            real[0] = byArea(maps.choropleth(1, later, Measure.ABSOLUTE, Classification.QUANTILES));
            real[1] = byArea(maps.choropleth(2, later, Measure.ABSOLUTE, Classification.QUANTILES));
        });

        Map<PCode, AreaValue> region = byArea(maps.choropleth(1, later, Measure.ABSOLUTE, Classification.QUANTILES));
        Map<PCode, AreaValue> prefectures =
                byArea(maps.choropleth(2, later, Measure.ABSOLUTE, Classification.QUANTILES));

        List<PCode> kankan = real[1].keySet().stream()
                .filter(p ->
                        p.value().startsWith(KANKAN.value()) && real[1].get(p).returnees() != null)
                .sorted(java.util.Comparator.comparing(PCode::value))
                .toList();
        assertThat(real[0].get(KANKAN).returnees()).isEqualTo(23L);
        assertThat(org.reintegration.portal.security.SubtractionAttack.recovered(
                        Math.toIntExact(real[0].get(KANKAN).returnees()),
                        shown(region.get(KANKAN)),
                        kankan.stream()
                                .map(p -> Math.toIntExact(real[1].get(p).returnees()))
                                .toList(),
                        kankan.stream().map(p -> shown(prefectures.get(p))).toList()))
                .as("a prefecture worked out from Kankan's total")
                .isEmpty();
        assertThat(prefectures.get(MANDIANA).fewerThanFive()).isTrue();
        assertThat(prefectures.get(PCode.of("GN004001")).withheld()).isTrue();
    }

    private static int shown(AreaValue value) {
        if (value.fewerThanFive()) {
            return org.reintegration.portal.security.SmallCounts.FEWER_THAN_FIVE;
        }
        if (value.withheld()) {
            return org.reintegration.portal.security.SmallCounts.WITHHELD;
        }
        return Math.toIntExact(value.returnees());
    }

    @Test
    @WithUserDetails("staff")
    void a_count_recorded_again_for_an_area_and_date_replaces_the_earlier_one_and_names_the_period() {
        LocalDate later = LocalDate.of(2026, 7, 31);
        SystemTask.runAsAdministrator(() -> {
            counts.record(new ReturneeCountData(MANDIANA, null, "First label", later, 40, null, null, null, null, "t"));
            counts.record(
                    new ReturneeCountData(MANDIANA, null, "Second label", later, 70, null, null, null, null, "t"));
            counts.record(new ReturneeCountData(
                    KINDIA, null, "Second label", later.minusYears(1), 9, null, null, null, null, "t"));
        });

        Choropleth prefectures = maps.choropleth(2, null, Measure.ABSOLUTE, Classification.QUANTILES);

        assertThat(prefectures.period()).isEqualTo(new Period(later, "Second label"));
        assertThat(prefectures.periods())
                .isSortedAccordingTo(java.util.Comparator.comparing(Period::end).reversed());
        assertThat(byArea(prefectures).get(MANDIANA).returnees()).isEqualTo(70L);
        assertThat(prefectures.values())
                .filteredOn(v -> !v.area().equals(MANDIANA))
                .allMatch(v -> v.returnees() == null);
    }

    private static Map<PCode, AreaValue> byArea(Choropleth map) {
        return map.values().stream().collect(Collectors.toMap(AreaValue::area, Function.identity()));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
