package org.reintegration.portal.selection.result;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.interop.pabulib.PabulibWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A selection round as a Pabulib {@code .pb} download for signed-in staff (the results page links
 * here). The file format itself is interop's {@link PabulibWriter}; this endpoint belongs to the results.
 */
@RestController
class RoundExportController {

    private final ResultService results;

    RoundExportController(ResultService results) {
        this.results = results;
    }

    /** The shareable file: voter values that fewer than five voters share are blank. */
    @GetMapping("/export/rounds/{roundId}.pb")
    ResponseEntity<byte[]> pabulib(@PathVariable long roundId) throws IOException {
        return file(roundId, false);
    }

    /** The full file, every voter value as declared, named and marked as not for sharing. */
    @GetMapping("/export/rounds/{roundId}-full.pb")
    ResponseEntity<byte[]> fullPabulib(@PathVariable long roundId) throws IOException {
        return file(roundId, true);
    }

    private ResponseEntity<byte[]> file(long roundId, boolean full) throws IOException {
        RoundExport round;
        try {
            round = results.roundForExport(roundId, full);
        } catch (InvalidFieldException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        var body = new ByteArrayOutputStream();
        PabulibWriter.write(
                round.election(),
                round.voterColumns(),
                round.voterValues(),
                round.comment(),
                new OutputStreamWriter(body, StandardCharsets.UTF_8));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + round.fileName() + "\"")
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(body.toByteArray());
    }
}
