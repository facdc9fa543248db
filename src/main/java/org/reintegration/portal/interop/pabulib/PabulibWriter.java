package org.reintegration.portal.interop.pabulib;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.selection.outcome.BallotGroup;
import org.reintegration.portal.selection.outcome.Election;
import org.reintegration.portal.selection.outcome.Project;
import org.reintegration.portal.selection.outcome.VoteType;

/**
 * Writes an {@link Election} as a Pabulib {@code .pb} file: META with the budget, vote type and
 * counts, PROJECTS with id, cost and name, and VOTES with one row per voter, numbered from 1.
 * {@link PabulibReader} reads the result back into an equal election.
 */
public final class PabulibWriter {

    private PabulibWriter() {}

    /** Writes the election to a file in UTF-8, replacing the file if it exists. */
    public static void write(Election election, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(election, out);
        }
    }

    /** Writes the election to a writer, which is flushed but left open. */
    public static void write(Election election, Writer out) throws IOException {
        write(election, List.of(), List.of(), out);
    }

    /**
     * Writes the election with extra columns in VOTES (such as {@code age} or {@code sex}): one ballot
     * group of one voter per entry of {@code voterValues}, in the same order. An empty value is written
     * as an empty field.
     *
     * @throws IllegalArgumentException when a group has more than one voter or the counts differ
     */
    public static void write(Election election, List<String> voterColumns, List<List<String>> voterValues, Writer out)
            throws IOException {
        write(election, voterColumns, voterValues, null, out);
    }

    /**
     * As {@link #write(Election, List, List, Writer)}, with a {@code comment} line in META (Pabulib's key
     * for free text), such as what the file may be used for; none when null.
     */
    public static void write(
            Election election, List<String> voterColumns, List<List<String>> voterValues, String comment, Writer out)
            throws IOException {
        if (!voterColumns.isEmpty()) {
            if (voterValues.size() != election.ballots().size()
                    || election.ballots().stream().anyMatch(group -> group.voters() != 1)) {
                throw new IllegalArgumentException("voter columns need one ballot group of one voter per row");
            }
        }
        boolean cumulative = election.voteType() == VoteType.CUMULATIVE;
        out.write("META\nkey;value\n");
        line(out, "budget", election.budget().toPlainString());
        line(out, "vote_type", election.voteType().pabulibName());
        line(out, "num_projects", String.valueOf(election.projects().size()));
        line(out, "num_votes", String.valueOf(election.voterCount()));
        if (comment != null) {
            line(out, "comment", comment);
        }
        out.write("PROJECTS\nproject_id;cost;name\n");
        for (Project project : election.projects()) {
            requireWritable(project.id());
            line(out, project.id(), String.valueOf(project.cost()), project.name());
        }
        String extra = voterColumns.isEmpty() ? "" : ";" + String.join(";", voterColumns);
        out.write((cumulative ? "VOTES\nvoter_id;vote;points" : "VOTES\nvoter_id;vote") + extra + "\n");
        long voter = 0;
        int row = 0;
        for (BallotGroup group : election.ballots()) {
            List<String> values = voterColumns.isEmpty() ? List.of() : voterValues.get(row++);
            Map<String, Long> points = group.ballot().points();
            String vote = String.join(",", points.keySet());
            String given = String.join(
                    ",", points.values().stream().map(String::valueOf).toList());
            for (long i = 0; i < group.voters(); i++) {
                String id = String.valueOf(++voter);
                List<String> fields = new java.util.ArrayList<>(List.of(id, vote));
                if (cumulative) {
                    fields.add(given);
                }
                fields.addAll(values);
                line(out, fields.toArray(String[]::new));
            }
        }
        out.flush();
    }

    /** Votes list ids separated by commas and the reader strips spaces around them, so such ids cannot be written. */
    private static void requireWritable(String projectId) {
        if (projectId.contains(",") || !projectId.equals(projectId.strip())) {
            throw new IllegalArgumentException("project id '" + projectId
                    + "' cannot be written to a Pabulib file: it contains a comma or surrounding spaces");
        }
    }

    private static void line(Writer out, String... fields) throws IOException {
        out.write(String.join(
                ";", List.of(fields).stream().map(PabulibWriter::quoted).toList()));
        out.write('\n');
    }

    /** Quotes a field only when it would otherwise be misread. */
    private static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ';' || c == '"' || c == '\n' || c == '\r');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
