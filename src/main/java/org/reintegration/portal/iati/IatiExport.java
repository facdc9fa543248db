package org.reintegration.portal.iati;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.reintegration.portal.base.InvalidInputException;
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
        List<Project> all = new ArrayList<>();
        List<Project> page;
        do {
            page = projects.list(ProjectFilter.ALL, all.size(), PAGE);
            all.addAll(page);
        } while (page.size() == PAGE);
        if (all.isEmpty()) {
            throw new InvalidInputException("There is no project to export");
        }
        return document(all);
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
