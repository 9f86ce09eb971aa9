package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.followup.FollowUpService.GrantLine;
import fr.budgetcitoyen.web.format.QueryParams;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.List;

/** {@code /admin/follow-up?year=}: every funded project of an edition, its grant, payments and last report. */
@Named
@RequestScoped
public class FollowUpAdminBacking {

    @EJB
    private FollowUpService followUp;

    @Inject
    @Param(name = "year")
    private String year;

    private List<Integer> years;
    private Integer shown;
    private List<GrantLine> grants;

    @PostConstruct
    void load() {
        years = followUp.followedYears();
        shown = QueryParams.yearAmong(years, year);
        grants = shown == null ? List.of() : followUp.grants(shown);
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return shown;
    }

    public List<GrantLine> getGrants() {
        return grants;
    }
}
