package org.reintegration.portal.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.TestImages;

class PhotoTest {

    @Test
    void jpeg_png_and_webp_are_told_by_their_first_bytes() {
        assertThat(Photo.of(TestImages.jpeg()).mediaType()).isEqualTo("image/jpeg");
        assertThat(Photo.of(TestImages.png()).mediaType()).isEqualTo("image/png");
        assertThat(Photo.of(TestImages.webp()).mediaType()).isEqualTo("image/webp");
    }

    @Test
    void a_photo_is_kept_without_the_gps_position_the_phone_wrote_into_it() throws Exception {
        Photo photo = Photo.of(TestImages.jpegWithGps());

        var metadata = org.apache.commons.imaging.Imaging.getMetadata(photo.bytes());
        assertThat(metadata == null
                        || ((org.apache.commons.imaging.formats.jpeg.JpegImageMetadata) metadata).getExif() == null)
                .isTrue();
        assertThat(new String(photo.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo.bytes())))
                .isNotNull();
    }

    @Test
    void a_photo_cut_short_is_refused() {
        byte[] cut = java.util.Arrays.copyOf(TestImages.jpeg(), 30);

        assertThatThrownBy(() -> Photo.of(cut))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("initiatives.error.photo-type"));
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
