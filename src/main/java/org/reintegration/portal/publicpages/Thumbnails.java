package org.reintegration.portal.publicpages;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.reintegration.portal.selection.voting.InitiativePhoto;
import org.springframework.stereotype.Component;

/**
 * Small pictures of initiatives' photos for the public ballot, light enough for a slow link: at most
 * {@value #MAX_SIDE} px on their longer side, JPEG, usually 10–30 KB where the photo may weigh 2 MB. A photo
 * Java cannot draw (WebP) is passed on as it is when it is small already, and otherwise has no thumbnail.
 * Thumbnails are kept in memory by the photo's content, so a changed photo gets a new one.
 */
@Component
class Thumbnails {

    static final int MAX_SIDE = 240;
    /** A photo that cannot be scaled down is sent as it is only up to this size. */
    static final int MAX_UNSCALED_BYTES = 60 * 1024;

    private static final int KEPT = 256;
    private static final float QUALITY = 0.75f;

    /** A thumbnail and its media type. */
    record Thumbnail(byte[] bytes, String mediaType) {}

    private final Map<String, Optional<Thumbnail>> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Thumbnail>> eldest) {
            return size() > KEPT;
        }
    };

    /** The photo's thumbnail, or empty when the photo can neither be scaled down nor sent as it is. */
    Optional<Thumbnail> of(InitiativePhoto photo) {
        String key = digest(photo.bytes());
        synchronized (kept) {
            Optional<Thumbnail> known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        Optional<Thumbnail> made = make(photo);
        synchronized (kept) {
            kept.put(key, made);
        }
        return made;
    }

    private static Optional<Thumbnail> make(InitiativePhoto photo) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        } catch (IOException | RuntimeException unreadable) {
            image = null;
        }
        if (image == null) {
            return photo.bytes().length <= MAX_UNSCALED_BYTES
                    ? Optional.of(new Thumbnail(photo.bytes(), photo.mediaType()))
                    : Optional.empty();
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // a transparent PNG on white, as the page behind it
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return Optional.of(new Thumbnail(jpeg(small), "image/jpeg"));
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
