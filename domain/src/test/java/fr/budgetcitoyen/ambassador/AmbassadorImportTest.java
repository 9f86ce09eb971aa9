package fr.budgetcitoyen.ambassador;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmbassadorImportTest {

    private static final Map<String, String> TERRITORIES = Map.of("62041", "arrageois", "62193", "calaisis");

    private static AmbassadorImport.Preview preview(String csv) {
        return AmbassadorImport.preview(csv, 2026, code -> Optional.ofNullable(TERRITORIES.get(code)));
    }

    @Test
    void aCleanListIsImportable() {
        AmbassadorImport.Preview preview = preview(AmbassadorImport.HEADER + "\n"
                + "Épicerie solidaire;2019;62041;association;food;Une épicerie à prix libres.;https://epicerie.example;\n"
                + "\n"
                + "Atelier vélo;2024;62193;SCIC;MOBILITY;Réparer et prêter des vélos.;;contact@velo.example\n");
        assertTrue(preview.isImportable(), preview.problems().toString());
        assertEquals(List.of(2, 4), preview.lines().stream().map(AmbassadorImport.Line::number).toList());
        assertEquals("calaisis", preview.lines().get(1).territoryCode());
    }

    @Test
    void everyBrokenLineIsReportedAndNothingIsImportable() {
        AmbassadorImport.Preview preview = preview(AmbassadorImport.HEADER + "\n"
                + "Bon;2019;62041;ASSOCIATION;FOOD;Bien.;;\n"
                + "Trop de colonnes;2019;62041;ASSOCIATION;FOOD;x;;;;\n"
                + " ;2017;59350;COOPERATIVE;FOOT;x;ftp://site;pas-une-adresse\n");
        assertFalse(preview.isImportable());
        assertEquals(1, preview.lines().size());
        assertEquals(List.of("3:ambassador.import.columns", "4:ambassador.import.year", "4:ambassador.import.insee",
                        "4:ambassador.import.legalForm", "4:ambassador.name.required", "4:ambassador.theme.required",
                        "4:ambassador.website.invalid", "4:ambassador.contactEmail.invalid"),
                preview.problems().stream().map(p -> p.number() + ":" + p.key()).toList());
    }

    @Test
    void aMissingHeaderOrAnEmptyFileIsSaidSo() {
        assertEquals("ambassador.import.header", preview("Bon;2019;62041;ASSOCIATION;FOOD;Bien.;;").problems().get(0).key());
        assertEquals("ambassador.import.empty", preview(AmbassadorImport.HEADER + "\n\n").problems().get(0).key());
    }
}
