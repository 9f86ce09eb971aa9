package fr.budgetcitoyen.urn;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolderKeysTest {

    @Test
    void seedsAreTwentyTwoBase58CharactersAndDiffer() {
        Set<String> seeds = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String seed = HolderKeys.generateSeed();
            assertTrue(seed.matches("[1-9A-HJ-NP-Za-km-z]{22}"), seed);
            HolderKeys.checkSeed(seed);
            seeds.add(seed);
        }
        assertEquals(100, seeds.size());
    }

    @Test
    void keysDeriveFromTheSeedAsTheReadmeSays() {
        String seed = "2bCdEfGhJkLmNpQrStUvWx";
        HolderKeys keys = HolderKeys.fromSeed(seed);
        assertEquals(Group.hashToScalar("sk|" + seed), keys.sk());
        assertEquals(Group.hashToScalar("dk|" + seed), keys.dk());
        assertEquals(Group.mulG(keys.sk()), keys.vk());
        assertEquals(Group.mulG(keys.dk()), keys.ek());
        assertEquals(keys.vk(), HolderKeys.fromSeed(seed).vk(), "the same seed gives the same keys");
        assertNotEquals(keys.vk(), HolderKeys.fromSeed("2bCdEfGhJkLmNpQrStUvWy").vk());
        assertTrue(!keys.toString().contains(seed) && !keys.toString().contains(keys.sk().toString()));
    }

    @Test
    void malformedSeedsAreRefused() {
        for (String bad : new String[] {null, "", "2bCdEfGhJkLmNpQrStUvW", "2bCdEfGhJkLmNpQrStUvWxy",
                "0bCdEfGhJkLmNpQrStUvWx", "2bCdEfGhJkLmNpQrStUvWl", "2bCdEfGhJkLmNpQrStUvW ", "OBCDEFGHJKLMNPQRSTUVWX"}) {
            assertThrows(InvalidMessageException.class, () -> HolderKeys.fromSeed(bad), String.valueOf(bad));
        }
    }
}
