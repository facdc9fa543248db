package org.reintegration.portal.base;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Takes the metadata out of an uploaded photo before it is stored: phones write where a photo was taken
 * (GPS), when, and with which device into it, and a photo of a returnee's home must not carry its position.
 * The picture itself is copied byte for byte, so nothing is lost in quality:
 *
 * <ul>
 *   <li>JPEG: the EXIF and XMP segments (APP1), IPTC (APP13), the other application segments that cameras
 *       fill (APP3 to APP12, APP15) and comments go; JFIF (APP0), the colour profile (APP2) and Adobe's
 *       colour transform (APP14), needed to draw the picture right, stay.
 *   <li>PNG: the text chunks (tEXt, zTXt, iTXt), eXIf and tIME go.
 *   <li>WebP: the EXIF and XMP chunks go, and the header no longer announces them.
 * </ul>
 *
 * A file whose structure is broken is refused rather than stored as it came.
 */
public final class ImageMetadata {

    private static final Set<String> PNG_DROPPED = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
    private static final int WEBP_EXIF_FLAG = 0x08;
    private static final int WEBP_XMP_FLAG = 0x04;

    private ImageMetadata() {}

    /** Thrown for a file that claims to be an image of a kind but whose structure does not hold. */
    public static final class BrokenImageException extends IllegalArgumentException {
        BrokenImageException(String message) {
            super(message);
        }
    }

    /** The image without its metadata; a PDF or another kind is refused. */
    public static byte[] stripped(byte[] image, FileType type) {
        return switch (type) {
            case JPEG -> jpeg(image);
            case PNG -> png(image);
            case WEBP -> webp(image);
            default -> throw new IllegalArgumentException("not an image: " + type);
        };
    }

    private static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (true) {
            if (i >= in.length || (in[i] & 0xFF) != 0xFF) {
                throw new BrokenImageException("JPEG: no marker at " + i);
            }
            while (i < in.length && (in[i] & 0xFF) == 0xFF) {
                i++; // fill bytes before a marker
            }
            if (i >= in.length) {
                throw new BrokenImageException("JPEG: ends before the image data");
            }
            int marker = in[i++] & 0xFF;
            if (marker == 0xD9) {
                out.write(0xFF);
                out.write(marker);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker); // markers without a length
                continue;
            }
            if (i + 2 > in.length) {
                throw new BrokenImageException("JPEG: segment length missing");
            }
            int length = ((in[i] & 0xFF) << 8) | (in[i + 1] & 0xFF);
            if (length < 2 || i + length > in.length) {
                throw new BrokenImageException("JPEG: segment runs past the end");
            }
            if (!droppedJpegMarker(marker, in, i + 2, length - 2)) {
                out.write(0xFF);
                out.write(marker);
                out.write(in, i, length);
            }
            i += length;
            if (marker == 0xDA) {
                // Start of scan: compressed data follows, in which 0xFF is always followed by 0x00 or a
                // restart marker. It ends at the next real marker: more tables and scans (progressive
                // JPEG), or the end of the image, after which phones may append more pictures that carry
                // their own metadata; those are left out.
                int start = i;
                while (i + 1 < in.length) {
                    int next = in[i + 1] & 0xFF;
                    if ((in[i] & 0xFF) == 0xFF && next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                        break;
                    }
                    i++;
                }
                if (i + 1 >= in.length) {
                    throw new BrokenImageException("JPEG: no end of image");
                }
                out.write(in, start, i - start);
            }
        }
    }

    private static boolean droppedJpegMarker(int marker, byte[] in, int payload, int payloadLength) {
        boolean application = marker >= 0xE0 && marker <= 0xEF;
        // APP2 holds the colour profile, unless it indexes pictures appended after the image (MPF).
        boolean multiPicture = marker == 0xE2
                && payloadLength >= 4
                && new String(in, payload, 4, StandardCharsets.ISO_8859_1).equals("MPF\0");
        boolean kept = marker == 0xE0 || (marker == 0xE2 && !multiPicture) || marker == 0xEE;
        return (application && !kept) || marker == 0xFE;
    }

    private static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (i < in.length) {
            if (i + 12 > in.length) {
                throw new BrokenImageException("PNG: chunk header runs past the end");
            }
            long length = readInt(in, i, false) & 0xFFFFFFFFL;
            if (length > in.length - i - 12) {
                throw new BrokenImageException("PNG: chunk runs past the end");
            }
            String kind = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            int whole = 12 + (int) length;
            if (!PNG_DROPPED.contains(kind)) {
                out.write(in, i, whole);
            }
            i += whole;
            if (kind.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new BrokenImageException("PNG: no end chunk");
    }

    private static byte[] webp(byte[] in) {
        if (in.length < 12) {
            throw new BrokenImageException("WebP: too short");
        }
        long riffSize = readInt(in, 4, true) & 0xFFFFFFFFL;
        int end = (int) Math.min(in.length, 8 + riffSize);
        ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
        body.write(in, 8, 4); // "WEBP"
        int i = 12;
        while (i < end) {
            if (i + 8 > end) {
                throw new BrokenImageException("WebP: chunk header runs past the end");
            }
            String kind = new String(in, i, 4, StandardCharsets.ISO_8859_1);
            long size = readInt(in, i + 4, true) & 0xFFFFFFFFL;
            long padded = size + (size & 1);
            if (padded > end - i - 8) {
                throw new BrokenImageException("WebP: chunk runs past the end");
            }
            int whole = 8 + (int) padded;
            if (kind.equals("VP8X") && size >= 1) {
                byte[] header = java.util.Arrays.copyOfRange(in, i, i + whole);
                header[8] = (byte) (header[8] & ~(WEBP_EXIF_FLAG | WEBP_XMP_FLAG));
                body.write(header, 0, whole);
            } else if (!kind.equals("EXIF") && !kind.equals("XMP ")) {
                body.write(in, i, whole);
            }
            i += whole;
        }
        byte[] chunks = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(chunks.length + 8);
        out.write(in, 0, 4); // "RIFF"
        int size = chunks.length;
        out.write(size & 0xFF);
        out.write((size >> 8) & 0xFF);
        out.write((size >> 16) & 0xFF);
        out.write((size >> 24) & 0xFF);
        out.write(chunks, 0, chunks.length);
        return out.toByteArray();
    }

    private static int readInt(byte[] in, int at, boolean littleEndian) {
        int b0 = in[at] & 0xFF;
        int b1 = in[at + 1] & 0xFF;
        int b2 = in[at + 2] & 0xFF;
        int b3 = in[at + 3] & 0xFF;
        return littleEndian ? b0 | (b1 << 8) | (b2 << 16) | (b3 << 24) : (b0 << 24) | (b1 << 16) | (b2 << 8) | b3;
    }
}
