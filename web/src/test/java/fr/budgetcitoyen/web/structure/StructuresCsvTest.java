package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.project.ProjectStatus;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.structure.CarriedProject;
import fr.budgetcitoyen.structure.ProjectRecord;
import fr.budgetcitoyen.structure.Structure;
import fr.budgetcitoyen.structure.StructureRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StructuresCsvTest {

    @Test
    void oneLinePerProjectWithItsStructureAndTextsQuoted() {
        Structure s = Structure.founding(new CarriedProject(7, 2018, "Le \"Comptoir\"; des voisins", "W623001457", LegalForm.ASSOCIATION,
                "lens-lievin", "62510"));
        s.attach(new CarriedProject(9, 2021, "Le \"Comptoir\"; des voisins", "812 345 676", LegalForm.ASSOCIATION, "lens-lievin", "62510"));
        StructureRecord record = new StructureRecord(s, List.of(
                new ProjectRecord(s.projects().get(0), "Café", ProjectStatus.VALIDATED, Money.euros(9_800), Money.euros(9_800), null),
                new ProjectRecord(s.projects().get(1), "Café; bis", ProjectStatus.LABELLED, null, null, null)));
        String[] lines = StructuresCsv.of(List.of(record), insee -> "Liévin").split("\n");
        assertEquals(StructuresCsv.HEADER.strip(), lines[0]);
        assertEquals("null;\"Le \"\"Comptoir\"\"; des voisins\";812345676|W623001457;ASSOCIATION;lens-lievin;62510;\"Liévin\";"
                + "2018;7;\"Café\";PAID;9800.00;9800.00;;", lines[1]);
        assertEquals("null;\"Le \"\"Comptoir\"\"; des voisins\";812345676|W623001457;ASSOCIATION;lens-lievin;62510;\"Liévin\";"
                + "2021;9;\"Café; bis\";LABELLED;;;;", lines[2]);
    }
}
