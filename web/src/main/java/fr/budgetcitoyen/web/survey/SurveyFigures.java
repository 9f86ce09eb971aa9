package fr.budgetcitoyen.web.survey;

import fr.budgetcitoyen.survey.Figure;
import fr.budgetcitoyen.survey.Indicators;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Optional;

/** How the survey pages write a figure: its percent with the answers behind it, never a percent alone. */
@Named
@ApplicationScoped
public class SurveyFigures {

    /** "84 % (47 sur 56)", or a dash when nobody answered that question. */
    public String of(Figure figure) {
        return figure.percent().map(p -> Texts.format("survey.figure", String.valueOf(p), String.valueOf(figure.yes()),
                String.valueOf(figure.n()))).orElse(Texts.get("survey.figure.none"));
    }

    /** "+7 points", "−3 points", "=" — or a dash when either survey has no answer. */
    public String points(Indicators.Evolution evolution) {
        Optional<Integer> points = evolution.points();
        return points.map(p -> p == 0 ? Texts.get("survey.points.same")
                : Texts.format("survey.points", (p > 0 ? "+" : "−") + Math.abs(p))).orElse("–");
    }
}
