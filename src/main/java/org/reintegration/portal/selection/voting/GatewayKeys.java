package org.reintegration.portal.selection.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Gateway keys: 32 random bytes, URL-safe Base64 (43 characters). Stored as plain SHA-256: a key of
 * 256 random bits cannot be found from its hash, so no secret is needed.
 */
final class GatewayKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GatewayKeys() {}

    static String draw() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
