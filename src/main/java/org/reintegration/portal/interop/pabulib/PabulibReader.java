package org.reintegration.portal.interop.pabulib;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.selection.outcome.Ballot;
import org.reintegration.portal.selection.outcome.Election;
import org.reintegration.portal.selection.outcome.Project;
import org.reintegration.portal.selection.outcome.VoteType;

/**
 * Reads a Pabulib {@code .pb} file (see pabulib.org) into an {@link Election}.
 *
 * <p>The file must hold the sections {@code META}, {@code PROJECTS} and {@code VOTES} in that order,
 * each a {@code ;}-separated table under a header line. {@code META} must give the {@code budget}
 * (kept exactly, fractional part included); {@code vote_type} may be {@code approval}, the default,
 * or {@code cumulative}, which needs a {@code points} column. Project ids are strings; costs must be
 * whole numbers. An empty vote counts as a voter who approved nothing; a PROJECTS or VOTES table with no
 * rows at all is refused. Anything else wrong is
 * reported as a {@link PabulibFormatException} naming the line, and the column where one field is
 * to blame.
 */
public final class PabulibReader {

    private final RowScanner rows;
    private Row pending;

    private PabulibReader(String text) {
        rows = new RowScanner(text);
    }

    /** Reads a UTF-8 encoded Pabulib file. */
    public static Election read(Path file) throws IOException {
        return new PabulibReader(Files.readString(file, StandardCharsets.UTF_8)).election();
    }

    /** Reads Pabulib text from a reader, which is left open. */
    public static Election read(Reader source) throws IOException {
        var text = new StringWriter();
        source.transferTo(text);
        return new PabulibReader(text.toString()).election();
    }

    private Election election() throws PabulibFormatException {
        Row start = expectSection("META", null);
        Map<String, Row> meta = metaSection(start);
        BigDecimal budget = budget(meta, start);
        VoteType voteType = voteType(meta);

        Row projectsStart = expectSection("PROJECTS", "META");
        Map<String, Project> projects = projectsSection(projectsStart);

        Row votesStart = expectSection("VOTES", "PROJECTS");
        Table votesTable = table(votesStart);
        BallotParser parser = new BallotParser(votesTable, projects.keySet(), voteType);
        List<Ballot> votes = new ArrayList<>();
        for (Row row = dataRow(votesTable); row != null; row = dataRow(votesTable)) {
            votes.add(parser.ballot(row));
        }
        if (votes.isEmpty()) {
            throw new PabulibFormatException(
                    "the VOTES table has no rows: there is no vote below its header", votesStart.line(), 0);
        }

        Row extra = nextRow();
        if (extra != null) {
            throw new PabulibFormatException(
                    "nothing may follow the VOTES section, found '" + extra.field(0) + "'", extra.line(), 0);
        }
        return Election.ofVoters(budget, voteType, List.copyOf(projects.values()), votes);
    }

    private Row expectSection(String name, String previous) throws PabulibFormatException {
        Row row = nextRow();
        if (row == null) {
            throw new PabulibFormatException(
                    "the " + name + " section is missing"
                            + (previous == null ? "" : " after the " + previous + " section"),
                    rows.line(),
                    0);
        }
        if (!row.section().map(name::equals).orElse(false)) {
            String found =
                    row.section().map(section -> "the " + section + " section").orElse("'" + row.field(0) + "'");
            throw new PabulibFormatException("expected the " + name + " section here, found " + found, row.line(), 0);
        }
        return row;
    }

    /** META rows are key;value pairs; the "key;value" header line is optional and some files omit it. */
    private Map<String, Row> metaSection(Row start) throws PabulibFormatException {
        Row first = nextRow();
        if (first == null || first.section().isPresent()) {
            throw new PabulibFormatException(
                    "the META section is empty", first == null ? rows.line() : first.line(), 0);
        }
        boolean hasHeader = first.size() == 2
                && first.field(0).strip().equals("key")
                && first.field(1).strip().equals("value");
        Table table =
                new Table("META", hasHeader ? first : new Row(start.line(), List.of("key", "value"), List.of(1, 1)));
        if (!hasHeader) {
            pending = first;
        }
        Map<String, Row> meta = new HashMap<>();
        for (Row row = dataRow(table); row != null; row = dataRow(table)) {
            String key = row.field(0).strip();
            Row value = new Row(row.line(), List.of(row.field(1).strip()), List.of(row.column(1)));
            Row earlier = meta.putIfAbsent(key, value);
            if (earlier != null) {
                throw new PabulibFormatException(
                        "META key '" + key + "' was already given at line " + earlier.line(),
                        row.line(),
                        row.column(0));
            }
        }
        return meta;
    }

    private static BigDecimal budget(Map<String, Row> meta, Row start) throws PabulibFormatException {
        Row row = meta.get("budget");
        if (row == null) {
            throw new PabulibFormatException("the META section has no 'budget' entry", start.line(), 0);
        }
        BigDecimal budget = Numbers.decimal(row, 0, "budget", null);
        if (budget.signum() < 0) {
            throw new PabulibFormatException(
                    "the budget must not be negative, found " + row.field(0), row.line(), row.column(0));
        }
        return budget;
    }

    private static VoteType voteType(Map<String, Row> meta) throws PabulibFormatException {
        Row row = meta.get("vote_type");
        if (row == null) {
            return VoteType.APPROVAL;
        }
        return VoteType.fromPabulibName(row.field(0))
                .orElseThrow(() -> new PabulibFormatException(
                        "vote_type '" + row.field(0) + "' is not supported; expected approval or cumulative",
                        row.line(),
                        row.column(0)));
    }

    private Map<String, Project> projectsSection(Row start) throws PabulibFormatException {
        Table table = table(start);
        int id = table.require("project_id");
        int cost = table.require("cost");
        int name = table.optional("name");
        Map<String, Project> projects = new LinkedHashMap<>();
        Map<String, Integer> listedAt = new HashMap<>();
        for (Row row = dataRow(table); row != null; row = dataRow(table)) {
            String projectId = row.field(id).strip();
            if (projectId.isEmpty()) {
                throw new PabulibFormatException("the project id is empty", row.line(), row.column(id));
            }
            Integer earlier = listedAt.putIfAbsent(projectId, row.line());
            if (earlier != null) {
                throw new PabulibFormatException(
                        "project id '" + projectId + "' was already listed at line " + earlier,
                        row.line(),
                        row.column(id));
            }
            long projectCost = Numbers.wholeNumber(row, cost, "cost", "project '" + projectId + "'");
            projects.put(projectId, new Project(projectId, projectCost, name < 0 ? "" : row.field(name)));
        }
        if (projects.isEmpty()) {
            throw new PabulibFormatException(
                    "the PROJECTS table has no rows: there is no project below its header", start.line(), 0);
        }
        return projects;
    }

    private Table table(Row start) throws PabulibFormatException {
        Row header = nextRow();
        if (header == null || header.section().isPresent()) {
            throw new PabulibFormatException(
                    "the " + start.section().orElseThrow() + " section has no header line",
                    header == null ? rows.line() : header.line(),
                    0);
        }
        return new Table(start.section().orElseThrow(), header);
    }

    /** The next row of the table, or {@code null} when the next section starts or the text ends. */
    private Row dataRow(Table table) throws PabulibFormatException {
        Row row = nextRow();
        if (row == null || row.section().isPresent()) {
            pending = row;
            return null;
        }
        table.checkWidth(row);
        return row;
    }

    private Row nextRow() throws PabulibFormatException {
        if (pending != null) {
            Row row = pending;
            pending = null;
            return row;
        }
        Row row = rows.next();
        while (row != null && row.isBlank()) {
            row = rows.next();
        }
        return row;
    }
}
