package fr.budgetcitoyen.web.vote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrnToolCommandTest {

    @Test
    void theHolderCommandNamesThisServerWithoutItsTrailingSlash() {
        assertEquals("java -jar urn-tool.jar holder --server https://budget.pasdecalais.fr/portail --year 2026"
                        + " --email marie.dupont@example.fr --key cle-urne-2026.txt",
                UrnToolCommand.holder("https://budget.pasdecalais.fr/portail/", 2026, "marie.dupont@example.fr",
                        UrnToolCommand.keyFile(2026)));
    }

    @Test
    void theVerifierCommandNeedsOnlyTheServerAndTheYear() {
        assertEquals("java -jar urn-tool.jar verify --server http://localhost:8080 --year 2027",
                UrnToolCommand.verify("http://localhost:8080/", 2027));
    }

    @Test
    void anUnusualAddressIsQuotedForTheShell() {
        assertEquals("'o'\\''brien@example.fr'", UrnToolCommand.word("o'brien@example.fr"));
        assertEquals("'a b'", UrnToolCommand.word("a b"));
        assertEquals("''", UrnToolCommand.word(null));
    }

    @Test
    void holdersAreReadOneALineOrSeparatedByCommasOrSemicolons() {
        assertEquals(List.of("a@x.fr", "b@x.fr", "c@x.fr", "d@x.fr"),
                HolderEmails.parse("  a@x.fr\r\n\nb@x.fr, c@x.fr ;d@x.fr\n"));
        assertEquals(List.of(), HolderEmails.parse(" \n "));
        assertEquals(List.of(), HolderEmails.parse(null));
    }
}
