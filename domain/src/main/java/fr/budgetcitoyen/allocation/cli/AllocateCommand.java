package fr.budgetcitoyen.allocation.cli;

import fr.budgetcitoyen.allocation.AllocationException;
import fr.budgetcitoyen.allocation.AllocationRule;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.catalog.RuleCatalog;
import fr.budgetcitoyen.allocation.catalog.UnknownRuleException;
import fr.budgetcitoyen.allocation.pabulib.PabulibFormatException;
import fr.budgetcitoyen.allocation.pabulib.PabulibReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code allocate [--rule RULE] FILE.pb}: prints the funded project ids, one per line, in selection
 * order. Exit status 0 on success, 1 when the file cannot be read or the rule cannot apply to it,
 * 2 on a usage error; every failure is one line on stderr.
 */
public final class AllocateCommand {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    private AllocateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine command;
        try {
            command = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("allocate: " + e.getMessage() + " (try --help)");
            return USAGE;
        }
        if (command.helpRequested()) {
            out.print(usage());
            return OK;
        }
        AllocationRule rule;
        try {
            rule = RuleCatalog.named(command.ruleName());
        } catch (UnknownRuleException e) {
            err.println("allocate: " + e.getMessage());
            return USAGE;
        }
        Path file = command.file();
        try {
            Instance instance = PabulibReader.readFile(file);
            for (ProjectId id : rule.allocate(instance).selectedIds()) {
                out.println(id.value());
            }
            out.flush();
            return OK;
        } catch (NoSuchFileException e) {
            err.println("allocate: " + file + ": no such file");
        } catch (IOException e) {
            err.println("allocate: " + file + ": cannot read (" + describe(e, file) + ")");
        } catch (PabulibFormatException | AllocationException e) {
            err.println("allocate: " + file + ": " + e.getMessage());
        }
        return BAD_INPUT;
    }

    private static String describe(IOException e, Path file) {
        if (Files.isDirectory(file)) {
            return "it is a directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String usage() {
        return "Usage: java -jar domain-allocation.jar [--rule RULE] FILE.pb\n"
                + "Prints the ids of the funded projects, one per line, in selection order.\n"
                + "RULE: " + String.join(", ", RuleCatalog.names()) + " (default: " + RuleCatalog.AUTO
                + ", the rule declared in the file's META section)\n";
    }
}
