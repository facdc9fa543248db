package org.reintegration.portal.selection.voting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Single-use voting codes: how they are drawn, typed and stored (docs/adr/0007-secret-ballots.md).
 *
 * <p>A code is 12 characters from a 32-character alphabet without 0/O and 1/I (60 bits from
 * {@link SecureRandom}), printed in three groups, e.g. {@code K7QM-4HXT-9WPA}. Input is accepted in any
 * case, with or without dashes and spaces. Only an HMAC-SHA-256 of the normalised code, keyed with a
 * per-installation secret (the pepper) that is kept outside the database, is stored: a copy of the
 * database alone is not enough to test guesses.
 */
@Component
public class VotingCodes {

    /** Digits and capitals without 0, O, 1 and I: 32 characters, 5 bits each. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static final int LENGTH = 12;
    public static final int GROUP = 4;

    /** What may stand between the characters of a typed code. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.]");

    private final SecureRandom random = new SecureRandom();
    /** Keyed once; every hash is made by a copy of it (keying a new one for each code costs more). */
    private final Mac keyed;

    VotingCodes(
            @Value("${portal.voting.pepper:}") String configuredPepper,
            @Value("${portal.voting.pepper-file:${PORTAL_DATA_DIR:data}/voting-code-pepper}") String pepperFile) {
        byte[] pepper = configuredPepper.isBlank()
                ? pepperFrom(Path.of(pepperFile))
                : configuredPepper.getBytes(StandardCharsets.UTF_8);
        try {
            this.keyed = Mac.getInstance("HmacSHA256");
            this.keyed.init(new SecretKeySpec(pepper, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** A new random code, formatted in groups. */
    public String draw() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return format(new String(code));
    }

    /** The code as printed: groups of four joined by dashes. */
    public static String format(String normalised) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < normalised.length(); i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(normalised, i, Math.min(normalised.length(), i + GROUP));
        }
        return out.toString();
    }

    /**
     * The code as typed, reduced to its 12 characters: upper case, without spaces and dashes. Empty
     * when it cannot be a code (wrong length or a character outside the alphabet).
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = SEPARATORS.matcher(typed.toUpperCase(Locale.ROOT)).replaceAll("");
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** What is stored for a normalised code: 64 hex characters. */
    public String hash(String normalised) {
        try {
            Mac mac = (Mac) keyed.clone();
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's HMAC-SHA-256 can be copied", e);
        }
    }

    /** The installation's pepper, created on first use: 32 random bytes in a file only the portal reads. */
    private static byte[] pepperFrom(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                // Owner-only from the moment it exists; where the file system has no POSIX permissions
                // (Windows), the data folder's own access rules are what protects it.
                FileAttribute<?>[] ownerOnly =
                        file.getFileSystem().supportedFileAttributeViews().contains("posix")
                                ? new FileAttribute<?>[] {
                                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                                }
                                : new FileAttribute<?>[0];
                Files.createFile(file, ownerOnly);
                Files.writeString(file, HexFormat.of().formatHex(fresh));
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the voting-code pepper " + file, e);
        }
    }
}
