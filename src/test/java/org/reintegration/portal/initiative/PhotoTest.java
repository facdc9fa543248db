package org.reintegration.portal.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.InvalidFieldException;

class PhotoTest {

    @Test
    void jpeg_png_and_webp_are_told_by_their_first_bytes() {
        assertThat(Photo.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})
                        .mediaType())
                .isEqualTo("image/jpeg");
        assertThat(Photo.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})
                        .mediaType())
                .isEqualTo("image/png");
        assertThat(Photo.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))
                        .mediaType())
                .isEqualTo("image/webp");
    }

    @Test
    void a_file_named_like_a_photo_but_holding_something_else_is_refused() {
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Photo.of(html))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("initiatives.error.photo-type"));
        assertThatThrownBy(() -> Photo.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void a_photo_above_the_size_limit_is_refused() {
        byte[] big = new byte[Photo.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThatThrownBy(() -> Photo.of(big))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("initiatives.error.photo-size"));
    }
}
