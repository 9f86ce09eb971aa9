package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.CapitalPosition;
import fr.budgetcitoyen.scic.Portfolio;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.StepChart;

import java.time.LocalDate;
import java.util.List;

/** Capital subscribed and paid up over time, as the two series of a {@link StepChart}. */
public record CapitalCharts(StepChart chart, String subscribed, String paidUp) {

    static CapitalCharts ofPortfolio(List<Portfolio.Point> history, LocalDate today) {
        return of(history.stream().map(p -> new StepChart.Point(p.date(), p.subscribed().amount())).toList(),
                history.stream().map(p -> new StepChart.Point(p.date(), p.paidUp().amount())).toList(), today);
    }

    static CapitalCharts ofAccount(List<CapitalPosition> history, LocalDate today) {
        return of(history.stream().map(p -> new StepChart.Point(p.date(), p.subscribed().amount())).toList(),
                history.stream().map(p -> new StepChart.Point(p.date(), p.paidUp().amount())).toList(), today);
    }

    private static CapitalCharts of(List<StepChart.Point> subscribed, List<StepChart.Point> paidUp, LocalDate today) {
        StepChart chart = StepChart.fitting(List.of(subscribed, paidUp), today);
        return new CapitalCharts(chart, chart.path(subscribed), chart.path(paidUp));
    }

    /** The top of the scale, in euros. */
    public Money max() {
        return Money.euros(chart.max());
    }

    /** Something to draw ("empty" is a word of the expression language, hence the name). */
    public boolean hasData() {
        return !subscribed.isEmpty();
    }
}
