package fr.budgetcitoyen.allocation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.budgetcitoyen.allocation.RealInstances;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AllocateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String wlochy() {
        return RealInstances.file(RealInstances.WLOCHY).toString();
    }

    @Test
    void printsTheSelectedIdsOnePerLineInSelectionOrder() {
        assertEquals(0, run("--rule", "greedy", wlochy()));
        assertEquals("1707,190,1562,87,2029,2035,606,1201,1300,1372,1553,2050,98,1014,1143",
                out.toString(StandardCharsets.UTF_8).strip().replace(System.lineSeparator(), ","));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void defaultsToTheRuleDeclaredInTheFile() {
        assertEquals(0, run(RealInstances.file(RealInstances.ASSEN).toString()));
        assertEquals("3,9,11,2,13,14,5,6,12", out.toString(StandardCharsets.UTF_8).strip()
                .replace(System.lineSeparator(), ","));
    }

    @Test
    void explainsABadFileWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.pb");
        Files.writeString(file, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;abc\nVOTES\nvoter_id;vote\n");
        assertEquals(1, run("--rule=greedy", file.toString()));
        assertOneLine("bad.pb: line 6: expected a number in column 'cost', found 'abc'");
    }

    @Test
    void rejectsUnknownRulesMissingFilesAndBadArguments() {
        assertEquals(2, run("--rule", "phragmen", wlochy()));
        assertOneLine("unknown rule 'phragmen'");
        err.reset();
        assertEquals(1, run("--rule", "greedy", "/no/such/file.pb"));
        assertOneLine("/no/such/file.pb: no such file");
        for (String[] bad : new String[][] {{}, {"--rule"}, {"--frobnicate", "x.pb"}, {"a.pb", "b.pb"},
                {"--rule", "greedy", "--rule", "greedy", "a.pb"}}) {
            err.reset();
            assertEquals(2, run(bad), String.join(" ", bad));
            assertOneLine("(try --help)");
        }
    }

    @Test
    void explainsUsageOnHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("equalshares/add1-comparison"));
    }

    private void assertOneLine(String expectedPart) {
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(expectedPart), message);
        assertTrue(message.startsWith("allocate: "), message);
        assertEquals(1, message.strip().lines().count(), message);
    }
}
