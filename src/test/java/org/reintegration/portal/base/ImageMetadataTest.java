package org.reintegration.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.Test;

class ImageMetadataTest {

    @Test
    void the_test_photo_really_carries_a_gps_position_before_it_is_stripped() throws Exception {
        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(TestImages.jpegWithGps());

        var gps = metadata.getExif().getGpsInfo();
        assertThat(gps.getLatitudeAsDegreesNorth())
                .isCloseTo(TestImages.LATITUDE, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(gps.getLongitudeAsDegreesEast())
                .isCloseTo(TestImages.LONGITUDE, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Imaging.getXmpXml(TestImages.jpegWithGps())).contains(TestImages.XMP_MARK);
    }

    @Test
    void a_jpeg_loses_its_exif_gps_xmp_and_comment_and_still_shows_the_same_picture() throws Exception {
        byte[] original = TestImages.jpegWithGps();

        byte[] stored = ImageMetadata.stripped(original, FileType.JPEG);

        assertThat(Imaging.getMetadata(stored) == null
                        || ((JpegImageMetadata) Imaging.getMetadata(stored)).getExif() == null)
                .as("no EXIF left")
                .isTrue();
        assertThat(Imaging.getXmpXml(stored)).isNull();
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text)
                .doesNotContain("Exif")
                .doesNotContain(TestImages.XMP_MARK)
                .doesNotContain("family");
        var before = ImageIO.read(new ByteArrayInputStream(original));
        var after = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(after.getWidth()).isEqualTo(16);
        assertThat(after.getRGB(7, 6)).isEqualTo(before.getRGB(7, 6));
        assertThat(ImageMetadata.stripped(TestImages.jpeg(), FileType.JPEG)).isEqualTo(TestImages.jpeg());
    }

    @Test
    void a_png_loses_its_exif_and_text_chunks_and_still_decodes() throws Exception {
        byte[] original = TestImages.pngWithGps();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("eXIf");

        byte[] stored = ImageMetadata.stripped(original, FileType.PNG);

        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text)
                .doesNotContain("eXIf")
                .doesNotContain("tEXt")
                .doesNotContain("iTXt")
                .doesNotContain(TestImages.XMP_MARK);
        assertThat(stored).isEqualTo(TestImages.png());
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getHeight()).isEqualTo(12);
    }

    @Test
    void a_webp_loses_its_exif_and_xmp_chunks_and_its_header_no_longer_announces_them() {
        byte[] original = TestImages.webpWithGps();

        byte[] stored = ImageMetadata.stripped(original, FileType.WEBP);

        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("EXIF").doesNotContain("XMP ").doesNotContain(TestImages.XMP_MARK);
        assertThat(text).startsWith("RIFF").contains("WEBPVP8X").contains("VP8L");
        int riffSize =
                (stored[4] & 0xFF) | (stored[5] & 0xFF) << 8 | (stored[6] & 0xFF) << 16 | (stored[7] & 0xFF) << 24;
        assertThat(riffSize).isEqualTo(stored.length - 8);
        assertThat(stored[20] & 0x0C).as("EXIF and XMP flags cleared").isZero();
        assertThat(FileType.of(stored)).contains(FileType.WEBP);
    }

    @Test
    void a_file_whose_structure_is_broken_is_refused() {
        byte[] cut = java.util.Arrays.copyOf(TestImages.jpegWithGps(), 40);

        assertThatThrownBy(() -> ImageMetadata.stripped(cut, FileType.JPEG))
                .isInstanceOf(ImageMetadata.BrokenImageException.class);
        assertThatThrownBy(() -> ImageMetadata.stripped(java.util.Arrays.copyOf(TestImages.png(), 30), FileType.PNG))
                .isInstanceOf(ImageMetadata.BrokenImageException.class);
    }
}
