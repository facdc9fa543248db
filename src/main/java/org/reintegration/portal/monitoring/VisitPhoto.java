package org.reintegration.portal.monitoring;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.reintegration.portal.base.FileType;
import org.reintegration.portal.base.ImageMetadata;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * A photo taken on a monitoring visit: JPEG, PNG or WebP. The type is told by the file's first bytes,
 * and the file name's extension must say the same, so that a renamed file of another kind is refused
 * rather than stored and served back as an image. Its metadata (EXIF with the GPS position, XMP,
 * IPTC, comments) is taken out before it is stored ({@link ImageMetadata}).
 */
public record VisitPhoto(String fileName, String mediaType, byte[] bytes) {

    /** As for initiative photos: taken on phones, sent over slow connections. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public static final int FILE_NAME_MAX = 200;

    /** How many photos one visit keeps. */
    public static final int MAX_PER_VISIT = 10;

    private static final Set<FileType> IMAGES = Set.of(FileType.JPEG, FileType.PNG, FileType.WEBP);

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
        FileType type = FileType.of(bytes)
                .filter(IMAGES::contains)
                .orElseThrow(
                        () -> new InvalidFieldException("photo", "visits.error.photo-type", "not JPEG, PNG or WebP"));
        if (FileType.byName(name).orElse(null) != type) {
            throw new InvalidFieldException(
                    "photo",
                    "visits.error.photo-mismatch",
                    "the content is " + type.mediaType() + ", the name says ." + FileType.extensionOf(name));
        }
        try {
            return new VisitPhoto(name, type.mediaType(), ImageMetadata.stripped(bytes, type));
        } catch (ImageMetadata.BrokenImageException broken) {
            throw new InvalidFieldException("photo", "visits.error.photo-type", broken.getMessage());
        }
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
