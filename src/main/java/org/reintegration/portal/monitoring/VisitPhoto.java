package org.reintegration.portal.monitoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * A photo taken on a monitoring visit: JPEG, PNG or WebP. The type is told by the file's first bytes,
 * and the file name's extension must say the same, so that a renamed file of another kind is refused
 * rather than stored and served back as an image.
 */
public record VisitPhoto(String fileName, String mediaType, byte[] bytes) {

    /** As for initiative photos: taken on phones, sent over slow connections. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public static final int FILE_NAME_MAX = 200;

    /** How many photos one visit keeps. */
    public static final int MAX_PER_VISIT = 10;

    private static final Map<String, Set<String>> EXTENSIONS = Map.of(
            "image/jpeg", Set.of("jpg", "jpeg"),
            "image/png", Set.of("png"),
            "image/webp", Set.of("webp"));

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    public VisitPhoto {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * The photo in these bytes.
     *
     * @throws InvalidFieldException ({@code photo}) when it is empty or too large, not a JPEG, PNG or
     *     WebP image, or named with an extension of another type
     */
    public static VisitPhoto of(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        if (name.isEmpty() || name.length() > FILE_NAME_MAX) {
            throw new InvalidFieldException(
                    "photo", "visits.error.photo-name", "1 to " + FILE_NAME_MAX + " characters");
        }
        if (bytes == null || bytes.length == 0) {
            throw new InvalidFieldException("photo", "visits.error.photo-type", "empty file");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidFieldException("photo", "visits.error.photo-size", bytes.length + " bytes");
        }
        String type = mediaTypeOf(bytes);
        if (type == null) {
            throw new InvalidFieldException("photo", "visits.error.photo-type", "not JPEG, PNG or WebP");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.get(type).contains(extension)) {
            throw new InvalidFieldException(
                    "photo", "visits.error.photo-mismatch", "the content is " + type + ", the name says ." + extension);
        }
        return new VisitPhoto(name, type, bytes.clone());
    }

    private static String mediaTypeOf(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0, PNG)) {
            return "image/png";
        }
        if (bytes.length >= 12 && startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisitPhoto p
                && fileName.equals(p.fileName)
                && mediaType.equals(p.mediaType)
                && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "VisitPhoto[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
