package org.reintegration.portal.grant;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * An uploaded receipt, checked before anything is stored: a PDF, JPEG or PNG of at most {@link #MAX_BYTES},
 * whose first bytes are those of the type its name's extension claims. The uploaded name is only a label; it
 * never becomes part of a path.
 */
public record ReceiptFile(String originalName, String mediaType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int NAME_MAX = 255;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /**
     * Checks an upload.
     *
     * @throws InvalidFieldException (field {@code receipt}) when it is empty, too large, not a PDF, JPEG or PNG
     *     by name, or its content is not what its name says
     */
    public static ReceiptFile check(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        // Keep only the last path element some browsers send, and nothing that could act as a path.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            name = "receipt";
        }
        if (name.length() > NAME_MAX) {
            name = name.substring(name.length() - NAME_MAX);
        }
        if (content == null || content.length == 0) {
            throw new InvalidFieldException("receipt", "grants.error.receipt-empty", name + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidFieldException("receipt", "grants.error.receipt-too-large", name + " is larger than 5 MB");
        }
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String mediaType =
                switch (extension) {
                    case "pdf" -> "application/pdf";
                    case "jpg", "jpeg" -> "image/jpeg";
                    case "png" -> "image/png";
                    default ->
                        throw new InvalidFieldException(
                                "receipt", "grants.error.receipt-type", name + " is not a PDF, JPEG or PNG file");
                };
        byte[] magic =
                switch (mediaType) {
                    case "application/pdf" -> PDF;
                    case "image/jpeg" -> JPEG;
                    default -> PNG;
                };
        if (content.length < magic.length || !Arrays.equals(content, 0, magic.length, magic, 0, magic.length)) {
            throw new InvalidFieldException(
                    "receipt",
                    "grants.error.receipt-content",
                    name + " does not contain what its name says (." + extension + ")");
        }
        return new ReceiptFile(name, mediaType, content);
    }

    /** The extension the stored file gets, from the checked type. */
    public String storedExtension() {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
