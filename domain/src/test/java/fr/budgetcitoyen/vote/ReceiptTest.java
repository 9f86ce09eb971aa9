package fr.budgetcitoyen.vote;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptTest {

    @Test
    void aReceiptCarries160RandomBitsInReadableGroups() {
        Receipt receipt = Receipt.issue();
        assertTrue(receipt.code().matches("([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}"), receipt.code());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(Receipt.issue().code());
        }
        assertEquals(10_000, codes.size());
    }

    @Test
    void theHashIgnoresHowTheVoterTypesTheCode() {
        Receipt receipt = Receipt.issue();
        String typed = " " + receipt.code().toLowerCase().replace("-", " ") + " ";
        assertEquals(receipt.hash(), Receipt.hashOf(typed));
        assertEquals(64, receipt.hash().length());
        assertNotEquals(receipt.hash(), Receipt.issue().hash());
        assertTrue(!receipt.toString().contains(receipt.code()), "never logged by accident");
    }
}
