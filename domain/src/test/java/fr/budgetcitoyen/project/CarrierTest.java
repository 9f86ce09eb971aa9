package fr.budgetcitoyen.project;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CarrierTest {

    @Test
    void aRecordedIdentityKeepsTheStructureAndNormalisesItsNumber() {
        Carrier carrier = new Carrier(" Les Bricoleurs ", LegalForm.ASSOCIATION).identifiedBy("w 623.004.512", "1 place des Héros", "62041");
        assertEquals(new Carrier("Les Bricoleurs", LegalForm.ASSOCIATION, "W623004512", null, "1 place des Héros", "62041"), carrier);
        assertThrows(IllegalArgumentException.class, () -> new Carrier(" ", LegalForm.ASSOCIATION));
    }

    @Test
    void aJuniorAssociationGivesItsReferentAndAnIneligibleFormIsRefused() {
        Carrier junior = new Carrier("Les Jeunes", LegalForm.JUNIOR_ASSOCIATION, "W623004512", null, "1 place des Héros", "62041");
        assertEquals(List.of("legalForm:file.legalForm.notEligible", "adultReferent:file.adultReferent.required"),
                junior.problems(form -> form == LegalForm.ASSOCIATION).stream().map(p -> p.field() + ":" + p.key()).toList());
    }

    @Test
    void aDraftLongerThanTheColumnsIsRefusedFieldByField() {
        Carrier tooLong = new Carrier("x".repeat(201), null, null, null, "y".repeat(301), null);
        InvalidFieldsException refused = assertThrows(InvalidFieldsException.class, tooLong::requireFitting);
        assertEquals(List.of("structureName", "address"), refused.problems().stream().map(InvalidFieldsException.Problem::field).toList());
    }
}
