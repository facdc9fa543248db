package org.reintegration.portal.iati;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.reintegration.portal.base.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * IATI downloads for signed-in staff: one project, or every project of the programme. The monitoring
 * and indicator pages link here.
 */
@RestController
class IatiExportController {

    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final IatiExport export;

    IatiExportController(IatiExport export) {
        this.export = export;
    }

    @GetMapping("/export/iati/projects/{projectId}.xml")
    ResponseEntity<byte[]> project(@PathVariable long projectId) {
        try {
            return download(export.project(projectId), "iati-project-" + projectId + ".xml");
        } catch (InvalidInputException noSuchProject) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }

    /**
     * The programme's document, written and checked in a temporary file (see {@link IatiExport#programmeDocument})
     * and copied to the response from there: memory does not grow with the number of projects.
     */
    @GetMapping("/export/iati/activities.xml")
    void activities(HttpServletResponse response) throws IOException {
        IatiExport.ProgrammeDocument document;
        try {
            document = export.programmeDocument();
        } catch (InvalidInputException noProjects) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return;
        }
        try (document) {
            response.setContentType(XML.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"iati-activities.xml\"");
            response.setContentLengthLong(document.size());
            document.copyTo(response.getOutputStream());
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(XML)
                .body(body);
    }
}
