package org.reintegration.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.TestImages;

class VisitPhotoTest {

    static final byte[] PNG = TestImages.png();
    static final byte[] JPEG = TestImages.jpeg();
    static final byte[] WEBP = TestImages.webp();

    @Test
    void jpeg_png_and_webp_are_told_by_their_bytes() {
        assertThat(VisitPhoto.of("well.PNG", PNG).mediaType()).isEqualTo("image/png");
        assertThat(VisitPhoto.of("C:\\phone\\market.jpeg", JPEG).fileName()).isEqualTo("market.jpeg");
        assertThat(VisitPhoto.of("market.jpg", JPEG).mediaType()).isEqualTo("image/jpeg");
        assertThat(VisitPhoto.of("group.webp", WEBP).mediaType()).isEqualTo("image/webp");
    }

    @Test
    void a_photo_from_a_phone_is_kept_without_its_gps_position_or_other_metadata() {
        VisitPhoto jpeg = VisitPhoto.of("home.jpg", TestImages.jpegWithGps());
        VisitPhoto png = VisitPhoto.of("home.png", TestImages.pngWithGps());
        VisitPhoto webp = VisitPhoto.of("home.webp", TestImages.webpWithGps());

        assertThat(new String(jpeg.bytes(), StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif")
                .doesNotContain(TestImages.XMP_MARK);
        assertThat(new String(png.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("eXIf");
        assertThat(new String(webp.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("EXIF");
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
