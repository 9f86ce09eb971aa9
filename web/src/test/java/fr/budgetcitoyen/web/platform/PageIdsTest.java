package fr.budgetcitoyen.web.platform;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageIdsTest {

    @Test
    void aPlainNumberIsAnId() {
        assertEquals(Optional.of(12L), PageIds.parse("12"));
        assertEquals(Optional.of(999_999_999_999L), PageIds.parse("999999999999"));
    }

    @Test
    void forgedValuesAreNoIdRatherThanAnError() {
        for (String forged : new String[] {null, "", " 12", "12 ", "abc", "12a", "-1", "+1", "1e3", "0x10", "١٢",
                "9999999999999", "99999999999999999999999999", "1;DROP TABLE project"}) {
            assertTrue(PageIds.parse(forged).isEmpty(), () -> "refused: " + forged);
        }
    }

    @Test
    void findLooksUpOnlyAWellFormedIdAndAnUnknownOneIsEmpty() {
        Map<Long, String> ideas = Map.of(7L, "Un banc au lavoir");
        assertEquals(Optional.of("Un banc au lavoir"), PageIds.find("7", id -> Optional.ofNullable(ideas.get(id))));
        assertTrue(PageIds.find("8", id -> Optional.ofNullable(ideas.get(id))).isEmpty());
        assertTrue(PageIds.find("7x", id -> {
            throw new AssertionError("a forged id never reaches the service");
        }).isEmpty());
    }
}
