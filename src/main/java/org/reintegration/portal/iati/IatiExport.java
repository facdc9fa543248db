package org.reintegration.portal.iati;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.monitoring.IndicatorProgress;
import org.reintegration.portal.monitoring.IndicatorService;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as IATI 2.03 activities, with the money every {@link IatiTransactionSource} reports and the
 * results of their indicators. Every document is checked against the IATI schema before it is handed
 * out, so a download that does not validate is never published.
 */
@Service
public class IatiExport {

    private static final int PAGE = 500;

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final List<IatiTransactionSource> transactionSources;
    private final IatiActivityWriter writer;
    private final Clock clock;

    IatiExport(
            ProjectService projects,
            IndicatorService indicators,
            List<IatiTransactionSource> transactionSources,
            ReportingOrg org,
            Clock clock) {
        this.projects = projects;
        this.indicators = indicators;
        this.transactionSources = List.copyOf(transactionSources);
        this.writer = new IatiActivityWriter(org);
        this.clock = clock;
    }

    /**
     * One project as an {@code iati-activities} document.
     *
     * @throws InvalidInputException when there is no such project
     * @throws IllegalStateException when the document would not validate (a defect, never the user's input)
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public byte[] project(long projectId) {
        return document(List.of(projects.get(projectId)));
    }

    /**
     * Every project of the programme, cancelled ones included with their status, as one document.
     *
     * @throws InvalidInputException when there is no project at all (IATI needs at least one activity)
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public byte[] programme() {
        try (ProgrammeDocument document = programmeDocument()) {
            var out = new ByteArrayOutputStream();
            document.copyTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #programme()} for a download of any size: the document is written to a temporary file a page of
     * projects at a time (each page's transactions and indicators read at once), then checked against the
     * schema as the file is read, so that neither the projects nor the document are ever held in memory. The
     * caller copies it to the response and closes it, which deletes the file.
     *
     * @throws InvalidInputException when there is no project at all (IATI needs at least one activity)
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public ProgrammeDocument programmeDocument() {
        Path file = null;
        try {
            file = Files.createTempFile("iati-activities-", ".xml");
            int written = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                XMLStreamWriter xml = writer.start(LocalDateTime.now(clock), out);
                List<Project> page;
                do {
                    page = projects.list(ProjectFilter.ALL, written, PAGE);
                    for (IatiActivity activity : activities(page)) {
                        writer.write(xml, activity);
                    }
                    written += page.size();
                } while (page.size() == PAGE);
                writer.end(xml);
            }
            if (written == 0) {
                throw new InvalidInputException("There is no project to export");
            }
            List<String> problems = IatiSchema.problems(file);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The IATI export does not validate: " + String.join("; ", problems));
            }
            ProgrammeDocument document = new ProgrammeDocument(file);
            file = null;
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("The IATI document could not be written", e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The IATI document could not be written", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system's clean-up takes it
                }
            }
        }
    }

    /** A checked programme document in a temporary file; closing it deletes the file. */
    public static final class ProgrammeDocument implements AutoCloseable {
        private final Path file;

        private ProgrammeDocument(Path file) {
            this.file = file;
        }

        public long size() throws IOException {
            return Files.size(file);
        }

        public void copyTo(OutputStream out) throws IOException {
            Files.copy(file, out);
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /** The activities of a page of projects, from one read of transactions and one of indicators for the page. */
    private List<IatiActivity> activities(List<Project> page) {
        List<Long> ids = page.stream().map(Project::id).toList();
        Map<Long, List<IatiTransaction>> transactions = new HashMap<>();
        transactionSources.forEach(source -> source.transactionsOf(ids)
                .forEach((id, list) ->
                        transactions.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list)));
        Map<Long, List<IndicatorProgress>> results = indicators.ofProjects(ids);
        return page.stream()
                .map(p -> new IatiActivity(
                        p, transactions.getOrDefault(p.id(), List.of()), results.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private byte[] document(List<Project> list) {
        List<IatiActivity> activities = list.stream()
                .map(p -> new IatiActivity(p, transactionsOf(p.id()), indicators.ofProject(p.id())))
                .toList();
        var out = new ByteArrayOutputStream();
        try {
            writer.write(activities, LocalDateTime.now(clock), out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The IATI document could not be written", e);
        }
        byte[] document = out.toByteArray();
        List<String> problems = IatiSchema.problems(document);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The IATI export does not validate: " + String.join("; ", problems));
        }
        return document;
    }

    private List<IatiTransaction> transactionsOf(long projectId) {
        List<IatiTransaction> all = new ArrayList<>();
        transactionSources.forEach(source -> all.addAll(source.transactionsOf(projectId)));
        return all;
    }
}
