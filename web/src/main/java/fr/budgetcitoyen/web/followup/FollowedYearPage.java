package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.web.format.QueryParams;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.omnifaces.cdi.Param;

import java.util.List;

/**
 * A page about one followed edition, {@code ?year=}: the years offered, the one shown (the asked one among
 * them, else the latest; none when no edition is followed yet). The page says what it shows of that year.
 */
public abstract class FollowedYearPage {

    @EJB
    protected FollowUpService followUp;

    @Inject @Param(name = "year") private String year;

    private List<Integer> years;
    private Integer shown;

    @PostConstruct
    void load() {
        years = followUp.followedYears();
        shown = QueryParams.yearAmong(years, year);
        if (shown != null) {
            show(shown);
        }
    }

    /** Reads what the page shows of the year. */
    protected abstract void show(int year);

    public List<Integer> getYears() { return years; }

    public Integer getYear() { return shown; }
}
