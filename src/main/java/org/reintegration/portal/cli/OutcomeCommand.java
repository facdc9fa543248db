package org.reintegration.portal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reintegration.portal.interop.pabulib.PabulibFormatException;
import org.reintegration.portal.interop.pabulib.PabulibReader;
import org.reintegration.portal.selection.outcome.Election;
import org.reintegration.portal.selection.outcome.Outcome;
import org.reintegration.portal.selection.outcome.OutcomeRule;

/**
 * {@code outcome <rule> <file.pb>}: applies an outcome rule to a Pabulib file and prints the selected
 * project ids, one per line, in the order the rule selected them.
 *
 * <p>Exit codes: 0 on success, 2 for a usage error such as an unknown rule, 1 when the file is
 * missing, unreadable or malformed. Errors go to the error stream.
 */
public final class OutcomeCommand {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private OutcomeCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command. A leading {@code outcome} argument is accepted and skipped, so the
     * application can pass its arguments through unchanged.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] operands =
                args.length > 0 && args[0].equals("outcome") ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (operands.length != 2) {
            err.println("usage: outcome <rule> <file.pb>   where <rule> is one of " + ruleNames());
            return USAGE;
        }
        Optional<OutcomeRule> rule = OutcomeRule.named(operands[0]);
        if (rule.isEmpty()) {
            err.println("unknown rule '" + operands[0] + "': expected one of " + ruleNames());
            return USAGE;
        }
        Path file = Path.of(operands[1]);
        Election election;
        try {
            election = PabulibReader.read(file);
        } catch (NoSuchFileException missing) {
            err.println("no such file: " + file);
            return BAD_INPUT;
        } catch (PabulibFormatException malformed) {
            err.println(file + " is not a valid Pabulib file: " + malformed.getMessage());
            return BAD_INPUT;
        } catch (IOException unreadable) {
            err.println("cannot read " + file + ": " + (Files.isDirectory(file) ? "it is a directory" : unreadable));
            return BAD_INPUT;
        }
        Outcome outcome = rule.get().apply(election);
        outcome.selected().forEach(out::println);
        out.flush();
        return OK;
    }

    private static String ruleNames() {
        return OutcomeRule.all().stream().map(OutcomeRule::name).collect(Collectors.joining(", "));
    }
}
