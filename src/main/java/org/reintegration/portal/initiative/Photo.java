package org.reintegration.portal.initiative;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.reintegration.portal.base.FileType;
import org.reintegration.portal.base.ImageMetadata;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * A photo of an initiative: JPEG, PNG or WebP, told by the file's first bytes, never by its name or
 * by what the browser claims, so nothing else is stored and served back as an image. Its metadata
 * (EXIF with the GPS position, XMP, IPTC, comments) is taken out before it is stored ({@link
 * ImageMetadata}).
 */
public record Photo(byte[] bytes, String mediaType) {

    /** Photos from phones on slow connections: 2 MB is plenty and keeps pages light. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Set<FileType> IMAGES = Set.of(FileType.JPEG, FileType.PNG, FileType.WEBP);

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
        FileType type = FileType.of(bytes).filter(IMAGES::contains).orElse(null);
        if (type == null) {
            throw new InvalidFieldException("photo", "initiatives.error.photo-type", "not JPEG, PNG or WebP");
        }
        try {
            return new Photo(ImageMetadata.stripped(bytes, type), type.mediaType());
        } catch (ImageMetadata.BrokenImageException broken) {
            throw new InvalidFieldException("photo", "initiatives.error.photo-type", broken.getMessage());
        }
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
