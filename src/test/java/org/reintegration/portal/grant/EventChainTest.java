package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventChainTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 22, 10, 15, 30, 123_000_000);

    /** A trail of {@code count} events sealed the way the repository seals them. */
    private static List<EventChain.Link> trail(int count) {
        List<EventChain.Link> links = new ArrayList<>();
        String previous = EventChain.START;
        for (int n = 1; n <= count; n++) {
            EventChain.Link event = new EventChain.Link(
                    100 + n, 7, n, null, AT.plusMinutes(n), "staff", "CHANGED", "change " + n + " – été ✓ 𝄞");
            String hash = EventChain.hash(previous, event, n);
            links.add(new EventChain.Link(
                    event.eventId(), 7, n, hash, event.at(), event.actor(), event.kind(), event.detail()));
            previous = hash;
        }
        return links;
    }

    private static EventChain.Head headOf(List<EventChain.Link> links) {
        return new EventChain.Head(links.size(), links.getLast().hash());
    }

    private static EventChain.Link with(EventChain.Link l, String actor, String detail) {
        return new EventChain.Link(l.eventId(), l.grantId(), l.number(), l.hash(), l.at(), actor, l.kind(), detail);
    }

    @Test
    void the_hash_is_sha_256_of_the_documented_text() throws Exception {
        EventChain.Link event = new EventChain.Link(5, 2, 1, null, AT, "staff", "CREATED", "été");
        String text = "grant-event-v1\nprevious:" + EventChain.START
                + "\ngrant:2\nnumber:1\nevent:5\nat:2026-11-22T10:15:30.123\nkind:CREATED\nactor:5:staff\ndetail:5:été\n";

        assertThat(EventChain.hash(EventChain.START, event, 1))
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void an_untouched_trail_is_intact_and_every_event_is_counted() {
        List<EventChain.Link> links = trail(5);

        TrailCheck check = EventChain.verify(links, headOf(links));

        assertThat(check.intact()).isTrue();
        assertThat(check.verified()).isEqualTo(5);
        assertThat(check.headHash()).isEqualTo(links.getLast().hash());
        assertThat(EventChain.verify(List.of(), null).verified()).isZero();
    }

    @Test
    void a_changed_field_is_named_by_the_number_of_its_event() {
        List<EventChain.Link> links = new ArrayList<>(trail(5));
        links.set(2, with(links.get(2), "someone-else", links.get(2).detail()));

        TrailCheck check = EventChain.verify(links, headOf(links));

        assertThat(check.problem()).isEqualTo(TrailCheck.Problem.ALTERED);
        assertThat(check.event()).isEqualTo(3);
        assertThat(check.verified()).isEqualTo(2);
    }

    @Test
    void a_removed_event_is_missing_even_when_the_later_numbers_are_shifted() {
        List<EventChain.Link> links = new ArrayList<>(trail(5));
        links.remove(1);

        assertThat(EventChain.verify(links, headOf(links)))
                .extracting(TrailCheck::problem, TrailCheck::event)
                .containsExactly(TrailCheck.Problem.MISSING, 2);

        List<EventChain.Link> renumbered = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            EventChain.Link l = links.get(i);
            renumbered.add(new EventChain.Link(
                    l.eventId(), l.grantId(), i + 1, l.hash(), l.at(), l.actor(), l.kind(), l.detail()));
        }
        assertThat(EventChain.verify(renumbered, null))
                .extracting(TrailCheck::problem, TrailCheck::event)
                .containsExactly(TrailCheck.Problem.ALTERED, 2);
    }

    @Test
    void removing_the_last_events_shows_against_the_recorded_head() {
        List<EventChain.Link> links = trail(5);
        EventChain.Head head = headOf(links);

        assertThat(EventChain.verify(links.subList(0, 3), head))
                .extracting(TrailCheck::problem, TrailCheck::event)
                .containsExactly(TrailCheck.Problem.MISSING, 4);
    }

    @Test
    void an_event_without_a_link_was_added_outside_the_portal() {
        List<EventChain.Link> links = new ArrayList<>(trail(3));
        links.add(new EventChain.Link(999, 7, null, null, AT, "staff2", "APPROVED", "approved"));

        TrailCheck check =
                EventChain.verify(links, new EventChain.Head(3, links.get(2).hash()));

        assertThat(check.problem()).isEqualTo(TrailCheck.Problem.OUTSIDE);
        assertThat(check.outsideAt()).isEqualTo(AT);
    }
}
