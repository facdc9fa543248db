package org.reintegration.portal.grant;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.reintegration.portal.base.FileType;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * An uploaded receipt, checked before anything is stored: a PDF, JPEG or PNG of at most {@link #MAX_BYTES},
 * whose first bytes are those of the type its name's extension claims. The uploaded name is only a label; it
 * never becomes part of a path.
 */
public record ReceiptFile(String originalName, String mediaType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int NAME_MAX = 255;

    private static final Set<FileType> ACCEPTED = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);

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
        String displayName = name;
        FileType claimed = FileType.byName(name)
                .filter(ACCEPTED::contains)
                .orElseThrow(() -> new InvalidFieldException(
                        "receipt", "grants.error.receipt-type", displayName + " is not a PDF, JPEG or PNG file"));
        if (FileType.of(content).orElse(null) != claimed) {
            throw new InvalidFieldException(
                    "receipt",
                    "grants.error.receipt-content",
                    name + " does not contain what its name says (." + FileType.extensionOf(name) + ")");
        }
        return new ReceiptFile(name, claimed.mediaType(), content);
    }

    /** The extension the stored file gets, from the checked type. */
    public String storedExtension() {
        return ACCEPTED.stream()
                .filter(type -> type.mediaType().equals(mediaType))
                .findFirst()
                .map(FileType::extension)
                .orElse(".bin");
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
