package fr.budgetcitoyen.labelling;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.demo.DemoEditions;
import fr.budgetcitoyen.project.Carrier;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.territory.Territory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Assessment.Checklist ALL_MET = new Assessment.Checklist(true, true, true, true);
    private final Campaign labelling = DemoEditions.nextEdition(TODAY, 2027);
    private final Project file = new Project(labelling.categories().get(0), "Repair café", "Réparer",
            new Carrier("Les Bricoleurs", LegalForm.ASSOCIATION), new Territory("Arrageois"), Money.euros(40_000), Money.euros(4_000));

    private static Map<EssMarker, Integer> scores(int... values) {
        Map<EssMarker, Integer> scores = new EnumMap<>(EssMarker.class);
        for (EssMarker marker : EssMarker.values()) {
            scores.put(marker, values[marker.ordinal()]);
        }
        return scores;
    }

    @Test
    void theRadarAveragesTheMembersWhoScoredAndIgnoresConflicts() {
        List<Assessment> assessments = List.of(
                Assessment.score(file, 1, "A", ALL_MET, scores(4, 3, 2, 1, 0), null, TODAY),
                Assessment.score(file, 2, "B", ALL_MET, scores(3, 3, 3, 2, 1), "Solide", TODAY),
                Assessment.conflictOfInterest(file, 3, "C", TODAY));
        Radar radar = Radar.of(assessments);
        assertEquals(2, radar.members());
        assertEquals(new BigDecimal("3.5"), radar.averages().get(EssMarker.SOCIETAL_INNOVATION));
        assertEquals(new BigDecimal("0.5"), radar.averages().get(EssMarker.TERRITORIAL_ANCHORING));
        assertTrue(Radar.of(List.of()).isEmpty());
    }

    @Test
    void scoresStayBetweenZeroAndFourAndEveryMarkerIsScored() {
        Map<EssMarker, Integer> incomplete = scores(4, 3, 2, 1, 0);
        incomplete.remove(EssMarker.COOPERATION);
        incomplete.put(EssMarker.TRANSFORMATION, 5);
        InvalidFieldsException invalid = assertThrows(InvalidFieldsException.class,
                () -> Assessment.score(file, 1, "A", ALL_MET, incomplete, null, TODAY));
        assertEquals(List.of("score-COOPERATION", "score-TRANSFORMATION"),
                invalid.problems().stream().map(InvalidFieldsException.Problem::field).toList());
    }

    @Test
    void onlySubmittedFilesAreAssessedDuringTheCommittee() {
        LocalDate after = labelling.calendar().phase(PhaseType.LABELLING_COMMITTEE).orElseThrow().endDate().plusDays(1);
        assertThrows(PhaseClosedException.class, () -> Assessment.conflictOfInterest(file, 1, "A", after));
        file.label();
        assertThrows(IllegalStateException.class, () -> Assessment.score(file, 1, "A", ALL_MET, scores(1, 1, 1, 1, 1), null, TODAY));
    }
}
