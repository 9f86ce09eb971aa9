package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.followup.Impact;
import fr.budgetcitoyen.web.format.QueryParams;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.List;

/** {@code /impact?year=}: what the funded projects of an edition became, in total and per territory. */
@Named
@RequestScoped
public class ImpactBacking {

    @EJB
    private FollowUpService followUp;

    @Inject
    @Param(name = "year")
    private String year;

    private List<Integer> years;
    private Integer shown;
    private Impact impact;

    @PostConstruct
    void load() {
        years = followUp.followedYears();
        shown = QueryParams.yearAmong(years, year);
        impact = shown == null ? null : followUp.impact(shown);
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return shown;
    }

    public Impact getImpact() {
        return impact;
    }

    /** Width of a bar, out of 240 px, for a territory's number of funded projects. */
    public int bar(Impact.Line line) {
        int max = impact.territories().stream().mapToInt(Impact.Line::funded).max().orElse(1);
        return line.funded() * 240 / Math.max(max, 1);
    }
}
