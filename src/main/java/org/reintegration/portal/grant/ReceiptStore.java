package org.reintegration.portal.grant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Receipt files in a folder outside the web root ({@code portal.grants.receipts-dir}), each under a random
 * name. Only {@link GrantService#receipt} reads them, for staff.
 */
@Component
class ReceiptStore {

    private final Path folder;

    ReceiptStore(@Value("${portal.grants.receipts-dir:${PORTAL_DATA_DIR:data}/receipts}") String folder) {
        this.folder = Path.of(folder).toAbsolutePath().normalize();
    }

    /** Writes the file and returns the random name it is stored under. */
    String store(ReceiptFile file) {
        String name = UUID.randomUUID() + file.storedExtension();
        try {
            Files.createDirectories(folder);
            Files.write(resolve(name), file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a receipt", e);
        }
        return name;
    }

    byte[] read(String storedName) {
        try {
            return Files.readAllBytes(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read receipt " + storedName, e);
        }
    }

    /** Removes a file whose database row was not written after all. */
    void discard(String storedName) {
        try {
            Files.deleteIfExists(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String storedName) {
        if (!storedName.matches("[0-9a-f-]{36}\\.(pdf|jpg|png)")) {
            throw new IllegalArgumentException("Not a stored receipt name");
        }
        return folder.resolve(storedName);
    }
}
