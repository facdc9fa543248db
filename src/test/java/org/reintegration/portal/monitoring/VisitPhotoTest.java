package org.reintegration.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.InvalidFieldException;

class VisitPhotoTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8'};

    @Test
    void jpeg_png_and_webp_are_told_by_their_bytes() {
        assertThat(VisitPhoto.of("well.PNG", PNG).mediaType()).isEqualTo("image/png");
        assertThat(VisitPhoto.of("C:\\phone\\market.jpeg", JPEG).fileName()).isEqualTo("market.jpeg");
        assertThat(VisitPhoto.of("market.jpg", JPEG).mediaType()).isEqualTo("image/jpeg");
        assertThat(VisitPhoto.of("group.webp", WEBP).mediaType()).isEqualTo("image/webp");
    }

    @Test
    void an_oversized_photo_is_refused() {
        byte[] big = Arrays.copyOf(JPEG, VisitPhoto.MAX_BYTES + 1);

        assertThatThrownBy(() -> VisitPhoto.of("big.jpg", big))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("visits.error.photo-size"));
    }

    @Test
    void a_file_of_another_type_is_refused_whatever_its_name() {
        byte[] script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VisitPhoto.of("photo.png", script))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("visits.error.photo-type"));
    }

    @Test
    void content_that_does_not_match_the_extension_is_refused() {
        assertThatThrownBy(() -> VisitPhoto.of("photo.png", JPEG))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("visits.error.photo-mismatch"));
        assertThatThrownBy(() -> VisitPhoto.of("photo", PNG))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("visits.error.photo-mismatch"));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> VisitPhoto.of("empty.jpg", new byte[0])).isInstanceOf(InvalidFieldException.class);
    }
}
