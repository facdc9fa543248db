package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDetailTest {

    private static final EventDetail RELEASED = EventDetail.of(
            "grants.trail.parts",
            EventDetail.parts(List.of(
                    EventDetail.of(
                            "grants.trail.disbursement-released",
                            EventDetail.number(12),
                            EventDetail.amount(new BigDecimal("1500000.00"), "GNF"),
                            EventDetail.number(1),
                            EventDetail.text("staff")),
                    EventDetail.of(
                            "grants.trail.released-early",
                            EventDetail.day(LocalDate.of(2027, 1, 15)),
                            EventDetail.text("Harvest comes early – été ✓")))));

    @Test
    void a_detail_reads_back_as_it_was_stored() {
        String stored = RELEASED.stored();

        assertThat(stored).startsWith("\u001E{");
        assertThat(EventDetail.read(stored)).contains(RELEASED);
    }

    @Test
    void an_english_detail_recorded_before_is_not_taken_for_a_structured_one() {
        assertThat(EventDetail.read("DRAFT → SUBMITTED")).isEmpty();
        assertThat(EventDetail.read("{\"k\":\"grants.trail.moved\",\"a\":[]}")).isEmpty();
        assertThat(EventDetail.read("")).isEmpty();
        assertThat(EventDetail.read(null)).isEmpty();
        assertThat(EventDetail.read("\u001Enot json")).isEmpty();
    }

    @Test
    void a_detail_too_long_for_its_column_is_stored_with_its_longest_text_shortened() {
        EventDetail long_ = EventDetail.of(
                "grants.trail.moved-because",
                EventDetail.word("grants.status.ACTIVE"),
                EventDetail.word("grants.status.SUSPENDED"),
                EventDetail.text("é".repeat(3000)));

        String stored = long_.stored();

        assertThat(stored).hasSizeLessThanOrEqualTo(EventDetail.STORED_MAX);
        EventDetail read = EventDetail.read(stored).orElseThrow();
        assertThat(read.args().get(1)).isEqualTo(EventDetail.word("grants.status.SUSPENDED"));
        assertThat(((EventDetail.Text) read.args().get(2)).text())
                .startsWith("éé")
                .endsWith("…");
    }

    @Test
    void changing_a_figure_inside_a_structured_detail_breaks_the_chain_at_that_event() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 22, 10, 15, 30, 123_000_000);
        List<String> details = List.of("DRAFT → SUBMITTED", RELEASED.stored(), "SUBMITTED → APPROVED");
        List<EventChain.Link> links = new ArrayList<>();
        String previous = EventChain.START;
        for (int n = 1; n <= details.size(); n++) {
            EventChain.Link event =
                    new EventChain.Link(200 + n, 9, n, null, at.plusMinutes(n), "staff", "CHANGED", details.get(n - 1));
            String hash = EventChain.hash(previous, event, n);
            links.add(new EventChain.Link(200 + n, 9, n, hash, event.at(), "staff", "CHANGED", event.detail()));
            previous = hash;
        }
        EventChain.Head head = new EventChain.Head(3, previous);
        assertThat(EventChain.verify(links, head).intact()).isTrue();

        EventChain.Link second = links.get(1);
        String tampered = second.detail().replace("1500000.00", "2500000.00");
        assertThat(tampered).isNotEqualTo(second.detail());
        assertThat(EventDetail.read(tampered)).isPresent();
        links.set(
                1,
                new EventChain.Link(
                        second.eventId(), 9, 2, second.hash(), second.at(), second.actor(), second.kind(), tampered));

        TrailCheck check = EventChain.verify(links, head);
        assertThat(check.problem()).isEqualTo(TrailCheck.Problem.ALTERED);
        assertThat(check.event()).isEqualTo(2);
        assertThat(check.verified()).isEqualTo(1);
    }
}
