package org.reintegration.portal.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the portal accepts as uploads, told by their first bytes ("magic numbers"), never by what
 * the browser or the file name claims. Each upload decides which kinds it takes.
 */
public enum FileType {
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    PNG("image/png", List.of("png")),
    WEBP("image/webp", List.of("webp")),
    PDF("application/pdf", List.of("pdf"));

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_MARK = {'W', 'E', 'B', 'P'};
    private static final byte[] PDF_START = {'%', 'P', 'D', 'F', '-'};

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** What the content is, by its first bytes; empty for anything else. */
    public static Optional<FileType> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_START)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, 0, PDF_START)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** What a file's name claims it is, by its extension in any case; empty for other extensions. */
    public static Optional<FileType> byName(String fileName) {
        String extension = extensionOf(fileName);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(extension))
                .findFirst();
    }

    /** The lower-case extension of a file name, without the dot; empty when there is none. */
    public static String extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, with its dot, such as {@code .jpg}. */
    public String extension() {
        return "." + extensions.getFirst();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
