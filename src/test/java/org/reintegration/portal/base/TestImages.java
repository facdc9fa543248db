package org.reintegration.portal.base;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Real, small photos for tests: JPEG and PNG drawn and encoded by the JDK, a 1×1 lossless WebP, and the
 * same carrying a GPS position as phones write it (EXIF written by Apache Commons Imaging, XMP, text).
 */
public final class TestImages {

    /** Where the test photos claim to have been taken: Siguiri. */
    public static final double LONGITUDE = -9.1722;

    public static final double LATITUDE = 11.4229;

    public static final String XMP_MARK = "photo-taken-at-home";

    private TestImages() {}

    public static byte[] jpeg() {
        return encode("jpg");
    }

    public static byte[] png() {
        return encode("png");
    }

    /** A 1×1 lossless WebP. */
    public static byte[] webp() {
        return bytes("RIFF", le(26), "WEBP", "VP8L", le(13))
                .concat(new byte[] {
                    0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xfe, 0x07, 0
                })
                .done();
    }

    /** A JPEG with an EXIF segment holding GPS latitude and longitude, an XMP packet and a comment. */
    public static byte[] jpegWithGps() {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            ByteArrayOutputStream withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg(), withExif, exif);
            ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp, xmp());
            byte[] jpeg = withXmp.toByteArray();
            byte[] comment = "taken at the family's house".getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2);
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2)});
            out.write(comment);
            out.write(jpeg, 2, jpeg.length - 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The EXIF (TIFF) block with GPS that {@link #jpegWithGps()} carries, for PNG and WebP. */
    public static byte[] exifWithGps() {
        byte[] jpeg = jpegWithGps();
        for (int i = 2; i + 10 < jpeg.length; ) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (marker == 0xE1 && new String(jpeg, i + 4, 4, StandardCharsets.ISO_8859_1).equals("Exif")) {
                return java.util.Arrays.copyOfRange(jpeg, i + 10, i + 2 + length);
            }
            i += 2 + length;
        }
        throw new IllegalStateException("no EXIF written");
    }

    /** A PNG with eXIf (GPS), tEXt and iTXt (XMP) chunks before its image data. */
    public static byte[] pngWithGps() {
        byte[] png = png();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int afterHeader = 8 + 25; // signature, IHDR
        out.write(png, 0, afterHeader);
        writeChunk(out, "eXIf", exifWithGps());
        writeChunk(out, "tEXt", "Comment\0taken at the family's house".getBytes(StandardCharsets.ISO_8859_1));
        writeChunk(out, "iTXt", ("XML:com.adobe.xmp\0\0\0\0\0" + xmp()).getBytes(StandardCharsets.UTF_8));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A WebP with an extended header announcing EXIF (GPS) and XMP chunks. */
    public static byte[] webpWithGps() {
        byte[] exif = exifWithGps();
        byte[] xmp = xmp().getBytes(StandardCharsets.UTF_8);
        byte[] image = java.util.Arrays.copyOfRange(webp(), 12, webp().length);
        Bytes chunks = bytes("WEBP", "VP8X", le(10))
                .concat(new byte[] {0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0})
                .concat(image)
                .concat(bytes("EXIF", le(exif.length)).done())
                .concat(exif)
                .concat(exif.length % 2 == 1 ? new byte[1] : new byte[0])
                .concat(bytes("XMP ", le(xmp.length)).done())
                .concat(xmp)
                .concat(xmp.length % 2 == 1 ? new byte[1] : new byte[0]);
        byte[] body = chunks.done();
        return bytes("RIFF", le(body.length)).concat(body).done();
    }

    private static String xmp() {
        return "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:description=\"" + XMP_MARK
                + "\"/></rdf:RDF></x:xmpmeta>";
    }

    private static byte[] encode(String format) {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, 16, 12);
        g.setColor(Color.ORANGE);
        g.fillOval(3, 2, 8, 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, String kind, byte[] data) {
        byte[] type = kind.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        writeBigEndian(out, data.length);
        out.write(type, 0, 4);
        out.write(data, 0, data.length);
        writeBigEndian(out, (int) crc.getValue());
    }

    private static void writeBigEndian(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static byte[] le(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }

    private static Bytes bytes(Object... parts) {
        Bytes bytes = new Bytes();
        for (Object part : parts) {
            bytes.concat(part instanceof String s ? s.getBytes(StandardCharsets.ISO_8859_1) : (byte[]) part);
        }
        return bytes;
    }

    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes concat(byte[] more) {
            out.write(more, 0, more.length);
            return this;
        }

        byte[] done() {
            return out.toByteArray();
        }
    }
}
