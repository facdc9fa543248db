package org.reintegration.portal.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressInputStreamTest {

    @Test
    void the_listener_hears_a_growing_total_that_ends_at_the_size_of_the_input() throws IOException {
        byte[] bytes = "a;b\n1;2\n".repeat(10_000).getBytes();
        List<Long> totals = new ArrayList<>();

        try (InputStream in = new ProgressInputStream(new ByteArrayInputStream(bytes), totals::add)) {
            CsvReader reader = CsvReader.of(in);
            int records = 0;
            while (reader.next() != null) {
                records++;
            }
            assertThat(records).isEqualTo(20_000);
        }

        assertThat(totals).hasSizeGreaterThan(1).isSorted();
        assertThat(totals.getLast()).isEqualTo(bytes.length);
    }
}
