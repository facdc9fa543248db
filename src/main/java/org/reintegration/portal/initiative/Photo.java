package org.reintegration.portal.initiative;

import java.util.Arrays;
import java.util.Objects;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * A photo of an initiative: JPEG, PNG or WebP, told by the file's first bytes, never by its name or
 * by what the browser claims, so nothing else is stored and served back as an image.
 */
public record Photo(byte[] bytes, String mediaType) {

    /** Photos from phones on slow connections: 2 MB is plenty and keeps pages light. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    public Photo {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    /**
     * The photo in these bytes.
     *
     * @throws InvalidFieldException ({@code photo}) when it is too large or not a JPEG, PNG or WebP image
     */
    public static Photo of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidFieldException("photo", "initiatives.error.photo-type", "empty file");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidFieldException("photo", "initiatives.error.photo-size", bytes.length + " bytes");
        }
        String type = mediaTypeOf(bytes);
        if (type == null) {
            throw new InvalidFieldException("photo", "initiatives.error.photo-type", "not JPEG, PNG or WebP");
        }
        return new Photo(bytes.clone(), type);
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
        return other instanceof Photo p && mediaType.equals(p.mediaType) && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Photo[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
