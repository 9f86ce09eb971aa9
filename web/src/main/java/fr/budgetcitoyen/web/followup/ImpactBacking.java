package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.Impact;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** {@code /impact?year=}: what the funded projects of an edition became, in total and per territory. */
@Named
@RequestScoped
public class ImpactBacking extends FollowedYearPage {

    private Impact impact;

    @Override
    protected void show(int year) {
        impact = followUp.impact(year);
    }

    public Impact getImpact() { return impact; }

    /** Width of a bar, out of 240 px, for a territory's number of funded projects. */
    public int bar(Impact.Line line) {
        int max = impact.territories().stream().mapToInt(Impact.Line::funded).max().orElse(1);
        return line.funded() * 240 / Math.max(max, 1);
    }
}
