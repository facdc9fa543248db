package org.reintegration.portal.publicpages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages' one style sheet and their small optional script, served under names that carry a hash
 * of their content ({@code /assets/site.1a2b3c4d5e.css}): a browser keeps them for a year without asking
 * again, and a changed file gets a new name. The HTML that names them is never cached this way.
 */
@Controller
public class Assets {

    /** How long a content-hashed file may be kept: a year, unchanged (its name changes with its content). */
    static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private record Asset(String name, String extension, MediaType type, byte[] bytes, String hash) {}

    private final Map<String, Asset> assets;

    Assets() {
        assets = Map.of(
                "site", load("site", "css", MediaType.valueOf("text/css;charset=UTF-8")),
                "vote", load("vote", "js", MediaType.valueOf("text/javascript;charset=UTF-8")));
    }

    /** The address of an asset ("site" or "vote") under its current content-hashed name. */
    public String url(String name) {
        Asset asset = assets.get(name);
        return "/assets/" + asset.name() + "." + asset.hash() + "." + asset.extension();
    }

    @GetMapping("/assets/{name}.{hash}.{extension}")
    ResponseEntity<byte[]> serve(@PathVariable String name, @PathVariable String hash, @PathVariable String extension) {
        Asset asset = assets.get(name);
        if (asset == null || !asset.hash().equals(hash) || !asset.extension().equals(extension)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(FOREVER)
                .contentType(asset.type())
                .body(asset.bytes());
    }

    private static Asset load(String name, String extension, MediaType type) {
        String path = "/public-assets/" + name + "." + extension;
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 10);
            return new Asset(name, extension, type, bytes, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
