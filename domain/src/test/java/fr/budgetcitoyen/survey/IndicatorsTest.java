package fr.budgetcitoyen.survey;

import fr.budgetcitoyen.survey.Respondent.Dimension;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IndicatorsTest {

    private static Observation said(Boolean active, Trend volunteers, Trend employees, Reach objectives) {
        return new Observation(active, volunteers, employees, objectives);
    }

    @Test
    void eachFigureCountsOnlyThoseWhoAnsweredItsQuestion() {
        Indicators indicators = Indicators.of(List.of(
                said(true, Trend.MORE, Trend.SAME, Reach.FULLY),
                said(true, Trend.MORE, null, Reach.PARTLY),
                said(false, Trend.FEWER, Trend.MORE, null),
                said(true, null, null, null)));
        assertEquals(4, indicators.answers());
        assertEquals(new Figure(3, 4), indicators.stillActive());
        assertEquals(Optional.of(75), indicators.stillActive().percent());
        assertEquals(new Figure(2, 3), indicators.moreVolunteers());
        assertEquals(Optional.of(67), indicators.moreVolunteers().percent(), "rounded half up");
        assertEquals(new Figure(1, 2), indicators.moreEmployees());
        assertEquals(new Figure(1, 2), indicators.objectivesReached(), "partly is not reached");
    }

    @Test
    void theStudysFiguresComeBackWithTheirN() {
        List<Observation> answers = new ArrayList<>();
        for (int i = 0; i < 56; i++) { // 47 of 56 still active: 84 %
            answers.add(said(i < 47, null, null, null));
        }
        Figure active = Indicators.of(answers).stillActive();
        assertEquals(56, active.n());
        assertEquals(Optional.of(84), active.percent());
        assertEquals(Optional.of(33), new Figure(56, 172).percent(), "the response rate of the study");
    }

    @Test
    void noAnswerGivesNoPercentNotZero() {
        Indicators none = Indicators.of(List.of());
        assertEquals(Figure.NONE, none.stillActive());
        assertEquals(Optional.empty(), none.stillActive().percent());
        assertThrows(IllegalArgumentException.class, () -> new Figure(3, 2));
    }

    @Test
    void theEvolutionBetweenTwoSurveysIsInPointsWithBothN() {
        Indicators before = Indicators.of(List.of(said(true, Trend.MORE, null, null), said(false, Trend.SAME, null, null)));
        Indicators after = Indicators.of(List.of(said(true, Trend.MORE, null, null), said(true, Trend.MORE, null, null),
                said(true, Trend.FEWER, null, null), said(false, Trend.MORE, null, null)));
        List<Indicators.Evolution> evolution = before.evolutionTo(after);
        assertEquals(Question.ACTIVE, evolution.get(0).indicator());
        assertEquals(Optional.of(25), evolution.get(0).points(), "50 % of 2, then 75 % of 4");
        assertEquals(new Figure(1, 2), evolution.get(0).before());
        assertEquals(new Figure(3, 4), evolution.get(0).after());
        assertEquals(Optional.of(25), evolution.get(1).points());
        assertEquals(Optional.empty(), evolution.get(2).points(), "employees asked in neither");
    }

    @Test
    void resultsAreBrokenDownPerEditionCategoryTerritoryAndTheme() {
        List<Respondent> respondents = List.of(
                new Respondent(2018, "Innovation sociale", "arrageois", "YOUTH", said(true, null, null, null)),
                new Respondent(2018, "Innovation sociale", "calaisis", null, said(false, null, null, null)),
                new Respondent(2021, "Transition", "arrageois", "YOUTH", said(true, null, null, null)));
        List<Respondent.Group> editions = Respondent.by(Dimension.EDITION, respondents);
        assertEquals(List.of("2018", "2021"), editions.stream().map(Respondent.Group::key).toList());
        assertEquals(new Figure(1, 2), editions.get(0).indicators().stillActive());
        List<Respondent.Group> themes = Respondent.by(Dimension.THEME, respondents);
        assertEquals(List.of("", "YOUTH"), themes.stream().map(Respondent.Group::key).toList(), "no theme is a group of its own");
        assertEquals(new Figure(2, 2), Respondent.by(Dimension.TERRITORY, respondents).get(0).indicators().stillActive());
        assertEquals(3, Respondent.total(respondents).answers());
    }
}
