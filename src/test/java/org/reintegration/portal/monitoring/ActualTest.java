package org.reintegration.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.InvalidFieldException;

class ActualTest {

    @Test
    void parts_by_sex_may_not_exceed_the_total() {
        assertThatThrownBy(() -> MonitoringSamples.month(3, 10, 6, 5, null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("indicators.error.parts-sex"));
    }

    @Test
    void parts_by_returnee_status_may_not_exceed_the_total() {
        assertThatThrownBy(() -> MonitoringSamples.month(3, 10, null, null, 8, 3))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("indicators.error.parts-status"));
    }

    @Test
    void parts_may_leave_some_people_uncounted() {
        Actual actual = MonitoringSamples.month(3, 10, 4, 5, 7, null);

        assertThat(actual.isDisaggregated()).isTrue();
    }

    @Test
    void a_period_may_not_end_before_it_starts() {
        assertThatThrownBy(() -> Actual.of(
                        LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 3, 1),
                        BigDecimal.ONE,
                        null,
                        null,
                        null,
                        null,
                        null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("periodEnd"));
    }

    @Test
    void a_count_reaches_its_baseline_plus_every_period_and_a_percentage_its_latest_value() {
        IndicatorData people = MonitoringSamples.peopleBenefiting();
        var counted = new IndicatorProgress(
                new Indicator(1, 1L, people),
                List.of(
                        MonitoringSamples.month(5, 30, null, null, null, null),
                        MonitoringSamples.month(4, 20, null, null, null, null)));
        IndicatorData tension = IndicatorData.of(
                StarterIndicator.PERCEIVED_TENSION,
                BigDecimal.valueOf(40),
                LocalDate.of(2026, 1, 1),
                BigDecimal.valueOf(20),
                null);
        var percent = new IndicatorProgress(
                new Indicator(2, 1L, tension),
                List.of(
                        MonitoringSamples.month(5, 30, null, null, null, null),
                        MonitoringSamples.month(4, 35, null, null, null, null)));

        assertThat(counted.reached()).isEqualByComparingTo("50");
        assertThat(counted.percentOfTarget()).contains(50);
        assertThat(percent.reached()).isEqualByComparingTo("30");
        assertThat(percent.percentOfTarget()).contains(50);
    }

    @Test
    void a_percentage_above_100_is_refused() {
        assertThatThrownBy(() -> IndicatorData.of(
                        StarterIndicator.PERCEIVED_TENSION,
                        BigDecimal.valueOf(101),
                        LocalDate.of(2026, 1, 1),
                        BigDecimal.TEN,
                        null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("baseline"));
    }
}
