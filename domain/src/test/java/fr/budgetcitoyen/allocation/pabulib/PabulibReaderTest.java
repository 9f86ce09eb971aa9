package fr.budgetcitoyen.allocation.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.VoteType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PabulibReaderTest {

    private static final String SMALL = String.join("\r\n",
            "META", "key;value", "budget;1 000,50", "vote_type;approval", "rule;greedy",
            "PROJECTS", "project_id;cost;extra;name;category;selected",
            "1;500;x;\"Park; \"\"green\"\" edition\";nature;1", "2;400;y;Library;;0", "3;1200;z;Pool;;",
            "VOTES", "voter_id;age;vote", "a;33;1,2", "b;40;", "c;;2", "");

    @Test
    void readsSectionsByHeaderNameWithQuotesCrlfAndExtraColumns() {
        Instance instance = PabulibReader.readText(SMALL.replace("1 000,50", "1000,50"));
        assertEquals(Rational.parseDecimal("1000.5"), instance.budget());
        assertEquals(VoteType.APPROVAL, instance.voteType());
        assertEquals(3, instance.projects().size());
        assertEquals("Park; \"green\" edition", instance.projects().get(0).name());
        assertEquals(Optional.of("nature"), instance.projects().get(0).category());
        assertEquals(Optional.of(true), instance.projects().get(0).selectedByCity());
        assertEquals(Optional.empty(), instance.projects().get(2).selectedByCity());
        assertEquals(3, instance.voterCount(), "the empty ballot counts");
        assertTrue(instance.ballots().get(1).isEmpty());
        assertEquals(List.of(ProjectId.of("2")), instance.ballots().get(2).projects());
        assertEquals(Optional.of("greedy"), instance.declaredRule());
    }

    /** Real pabulib files mark projects funded by another rule with 2 (issue 18): funded, and readable. */
    @Test
    void acceptsASelectedOfTwo() {
        Instance instance = PabulibReader.readText(SMALL.replace("1 000,50", "1000").replace("2;400;y;Library;;0", "2;400;y;Library;;2"));
        assertEquals(Optional.of(true), instance.projects().get(1).selectedByCity());
        assertEquals(Optional.of(true), instance.projects().get(0).selectedByCity());
    }

    @Test
    void acceptsAByteOrderMarkAndLowercaseTitles() {
        byte[] bytes = ("\uFEFF" + SMALL.replace("1 000,50", "1000").replace("PROJECTS", "projects"))
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Rational.of(1000), PabulibReader.readBytes(bytes).budget());
    }

    @Test
    void readsCumulativePoints() {
        Instance instance = PabulibReader.readText(String.join("\n", "META", "key;value", "budget;10",
                "vote_type;cumulative", "PROJECTS", "project_id;cost", "a;5", "b;5", "VOTES",
                "voter_id;vote;points", "1;a,b;3,7"));
        assertEquals(7, instance.ballots().get(0).pointsFor(ProjectId.of("b")));
    }

    @Test
    void reportsTheLineOfABadNumber() {
        String ok = SMALL.replace("1 000,50", "1000");
        assertError(ok.replace("2;400;", "2;abc;"), 9, "expected a number in column 'cost', found 'abc'");
        assertError(SMALL, 3, "expected a number in META 'budget', found '1 000,50'");
        assertError(ok.replace("2;400;", "2;4.5;"), 9, "expected a whole number in column 'cost'");
        assertError(ok.replace("2;400;", "2;-4;"), 9, "non-negative");
    }

    @Test
    void reportsStructuralProblemsWithTheirLine() {
        String ok = SMALL.replace("1 000,50", "1000");
        assertError(ok.replace("c;;2", "c;;7"), 15, "expected a project id from PROJECTS in column 'vote', found '7'");
        assertError(ok.replace("project_id;cost;", "project_id;price;"), 7,
                "expected a column 'cost' in the PROJECTS header");
        assertError(ok.replace("3;1200;", "1;1200;"), 10, "found '1' again (first on line 8)");
        assertError(ok.replace("2;400;y;Library;;0", "2;400;y;Library;;yes"), 9, "expected a whole number (0 not selected, 1 or more selected) in column 'selected'");
        assertError("hello\n" + ok, 1, "expected a section title (META, PROJECTS or VOTES), found 'hello'");
        assertError(ok.replace("budget;1000", "budgeted;1000"), 5, "expected a META entry 'budget'");
        assertError(ok.substring(0, ok.indexOf("VOTES")), 10, "expected a VOTES section");
        assertError(ok.replace("edition\"", "edition"), 8, "expected a closing '\"'");
        assertError(ok.replace("vote_type;approval", "vote_type;plurality"), 4, "expected a vote_type");
        assertError(ok + "VOTES\r\n", 16, "expected the header line of section VOTES, found the end of the file");
    }

    @Test
    void reportsBadPoints() {
        String cumulative = String.join("\n", "META", "key;value", "budget;10", "vote_type;cumulative", "PROJECTS",
                "project_id;cost", "a;5", "b;5", "VOTES", "voter_id;vote;points", "1;a,b;3");
        assertError(cumulative, 11, "expected one number in column 'points' per project voted for (2), found 1");
        assertError(cumulative.replace("a,b;3", "a,a;3,4"), 11, "expected each project once");
    }

    @Test
    void reportsInvalidUtf8WithItsLine() {
        byte[] bytes = SMALL.replace("1 000,50", "1000").replace("Library", "Libr?ry").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '?') {
                bytes[i] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
            }
        }
        PabulibFormatException error = assertThrows(PabulibFormatException.class, () -> PabulibReader.readBytes(bytes));
        assertEquals(9, error.line());
        assertTrue(error.getMessage().startsWith("line 9: expected UTF-8 text"), error.getMessage());
    }

    private static void assertError(String text, int line, String expected) {
        PabulibFormatException error = assertThrows(PabulibFormatException.class, () -> PabulibReader.readText(text));
        assertTrue(error.getMessage().startsWith("line " + line + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertEquals(line, error.line());
    }
}
