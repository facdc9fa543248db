package org.reintegration.portal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.reintegration.portal.interop.pabulib.PabulibReader;
import org.reintegration.portal.selection.outcome.Election;
import org.reintegration.portal.selection.outcome.OutcomeRule;

/**
 * Times every outcome rule on Pabulib files. Arguments are {@code .pb} files or folders holding them.
 * For each file it prints the number of projects, voters and distinct ballots, then per rule the
 * median of {@value #TIMED_RUNS} timed runs after {@value #WARM_UP_RUNS} warm-up runs, in milliseconds.
 */
public final class OutcomeBenchmark {

    private static final int WARM_UP_RUNS = 2;
    private static final int TIMED_RUNS = 5;

    private OutcomeBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: OutcomeBenchmark <file.pb or folder>...");
            System.exit(2);
        }
        for (Path file : electionFiles(args)) {
            Election election = PabulibReader.read(file);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d projects, %d voters, %d distinct ballots%n",
                    file.getFileName(),
                    election.projects().size(),
                    election.voterCount(),
                    election.ballots().size());
            for (OutcomeRule rule : OutcomeRule.all()) {
                System.out.printf(Locale.ROOT, "  %-17s %10.2f ms%n", rule.name(), medianMillis(rule, election));
            }
        }
    }

    private static double medianMillis(OutcomeRule rule, Election election) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            rule.apply(election);
        }
        double[] millis = new double[TIMED_RUNS];
        for (int i = 0; i < TIMED_RUNS; i++) {
            long start = System.nanoTime();
            rule.apply(election);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[TIMED_RUNS / 2];
    }

    private static List<Path> electionFiles(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(file -> file.toString().endsWith(".pb"))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
