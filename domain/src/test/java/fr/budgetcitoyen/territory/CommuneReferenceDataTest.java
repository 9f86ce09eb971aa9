package fr.budgetcitoyen.territory;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommuneReferenceDataTest {

    private final List<CommuneRecord> communes = CommuneReferenceData.load();

    @Test
    void theDepartementHas887CommunesIn8Territories() {
        assertEquals(887, communes.size());
        Set<String> territories = communes.stream().map(CommuneRecord::territoryName).collect(Collectors.toSet());
        assertEquals(Set.of("Arrageois", "Artois", "Audomarois", "Boulonnais", "Calaisis", "Hénin-Carvin",
                "Lens-Liévin", "Montreuillois-Ternois"), territories);
        assertEquals(1_457_905, communes.stream().mapToLong(CommuneRecord::population).sum());
    }

    @Test
    void aCommuneCanHaveSeveralPostalCodesAndQuotedNames() {
        Map<String, CommuneRecord> byCode = communes.stream()
                .collect(Collectors.toMap(CommuneRecord::inseeCode, c -> c));
        CommuneRecord arras = byCode.get("62041");
        assertEquals("Arras", arras.name());
        assertTrue(arras.postalCodes().contains("62000"));
        assertTrue(communes.stream().allMatch(c -> c.postalCodes().stream().allMatch(p -> p.matches("62[0-9]{3}"))));
    }

    @Test
    void splitsQuotedFields() {
        assertEquals(List.of("a", "b, c", "d\"e"), CommuneReferenceData.splitCsv("a,\"b, c\",\"d\"\"e\""));
    }

    @Test
    void territoryCodesAreUrlSafe() {
        assertEquals("henin-carvin", Territory.codeOf("Hénin-Carvin"));
        assertEquals("montreuillois-ternois", Territory.codeOf(" Montreuillois-Ternois "));
    }
}
