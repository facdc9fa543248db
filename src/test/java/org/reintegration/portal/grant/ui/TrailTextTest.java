package org.reintegration.portal.grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.grant.EventDetail;

class TrailTextTest {

    private static final EventDetail RECEIPT = EventDetail.of(
            "grants.trail.receipt-added",
            EventDetail.number(10234),
            EventDetail.number(7),
            EventDetail.text("reçu.pdf"),
            EventDetail.text("application/pdf"),
            EventDetail.quantity(1234567),
            EventDetail.text("ab12"));

    @Test
    void a_count_of_bytes_is_grouped_the_readers_way_and_an_id_is_written_as_it_is() {
        EventDetail stored = EventDetail.read(RECEIPT.stored()).orElseThrow();

        assertThat(TrailText.of(stored, Locale.ENGLISH))
                .isEqualTo("receipt 10234 for report 7: \u2068reçu.pdf\u2069, \u2068application/pdf\u2069,"
                        + " 1,234,567 bytes, SHA-256 \u2068ab12\u2069");
        assertThat(TrailText.of(stored, Locale.FRENCH))
                .startsWith("justificatif 10234 du rapport 7")
                .contains("1\u202F234\u202F567 octets");
    }
}
