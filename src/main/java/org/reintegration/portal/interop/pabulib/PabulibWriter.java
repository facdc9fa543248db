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
        boolean cumulative = election.voteType() == VoteType.CUMULATIVE;
        out.write("META\nkey;value\n");
        line(out, "budget", election.budget().toPlainString());
        line(out, "vote_type", election.voteType().pabulibName());
        line(out, "num_projects", String.valueOf(election.projects().size()));
        line(out, "num_votes", String.valueOf(election.voterCount()));
        out.write("PROJECTS\nproject_id;cost;name\n");
        for (Project project : election.projects()) {
            requireWritable(project.id());
            line(out, project.id(), String.valueOf(project.cost()), project.name());
        }
        out.write(cumulative ? "VOTES\nvoter_id;vote;points\n" : "VOTES\nvoter_id;vote\n");
        long voter = 0;
        for (BallotGroup group : election.ballots()) {
            Map<String, Long> points = group.ballot().points();
            String vote = String.join(",", points.keySet());
            String given = String.join(
                    ",", points.values().stream().map(String::valueOf).toList());
            for (long i = 0; i < group.voters(); i++) {
                String id = String.valueOf(++voter);
                if (cumulative) {
                    line(out, id, vote, given);
                } else {
                    line(out, id, vote);
                }
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
