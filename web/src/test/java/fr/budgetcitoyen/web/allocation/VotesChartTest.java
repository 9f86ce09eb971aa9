package fr.budgetcitoyen.web.allocation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VotesChartTest {

    private static final List<VotesChart.Entry> RANKED = List.of(
            new VotesChart.Entry(1, "Maison des aidants", 120, true, 12_000_00),
            new VotesChart.Entry(2, "Auto-école mobile solidaire", 60, true, 15_000_00),
            new VotesChart.Entry(3, "Café culturel et citoyen de la cité", 30, false, 9_800_00),
            new VotesChart.Entry(4, "Voyager à moindre coût", 0, false, 4_500_00));

    @Test
    void theMostVotedBarIsTheLongestAndTheOthersInProportion() {
        VotesChart chart = VotesChart.of(RANKED, 30_000_00L);
        assertEquals(List.of(VotesChart.BAR_MAX, VotesChart.BAR_MAX / 2, VotesChart.BAR_MAX / 4, 0),
                chart.bars().stream().map(VotesChart.Bar::width).toList());
    }

    @Test
    void theEnvelopeLineFollowsTheMostVotedProjectsWhoseRequestsFitTogether() {
        VotesChart chart = VotesChart.of(RANKED, 30_000_00L); // 12 000 + 15 000 fit, + 9 800 does not
        assertTrue(chart.hasEnvelopeLine());
        assertEquals(2, chart.envelopeAfter());
        assertEquals(List.of(0, VotesChart.ROW, 2 * VotesChart.ROW + VotesChart.LINE_GAP, 3 * VotesChart.ROW + VotesChart.LINE_GAP),
                chart.bars().stream().map(VotesChart.Bar::top).toList(), "the rows under the line make room for it");
        assertTrue(chart.lineY() > chart.bars().get(1).valueY() && chart.lineLabelY() < chart.bars().get(2).titleY());
        assertEquals(4 * VotesChart.ROW + VotesChart.LINE_GAP, chart.height());
    }

    @Test
    void everythingFitsTheLineIsUnderTheLastProject() {
        assertEquals(4, VotesChart.of(RANKED, 1_000_000_00L).envelopeAfter());
        assertEquals(0, VotesChart.of(RANKED, 100_00L).envelopeAfter(), "not even the first fits");
    }

    @Test
    void oneEnvelopeForAllCategoriesDrawsNoLine() {
        VotesChart chart = VotesChart.of(RANKED, null);
        assertFalse(chart.hasEnvelopeLine());
        assertEquals(4 * VotesChart.ROW, chart.height());
    }

    @Test
    void aLongTitleIsShortenedAndNoVoteAtAllDrawsNoBar() {
        String title = "Un projet dont le titre est vraiment très long, bien plus long qu’aucune largeur du dessin ne le permet";
        VotesChart chart = VotesChart.of(List.of(new VotesChart.Entry(9, title, 0, false, 1)), 10L);
        assertEquals(VotesChart.TITLE_MAX, chart.bars().get(0).label().length());
        assertTrue(chart.bars().get(0).label().endsWith("…"));
        assertEquals(0, chart.bars().get(0).width());
    }
}
