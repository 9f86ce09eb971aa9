package fr.budgetcitoyen.web.followup;

import fr.budgetcitoyen.followup.FollowUpService.GrantLine;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** {@code /admin/follow-up?year=}: every funded project of an edition, its grant, payments and last report. */
@Named
@RequestScoped
public class FollowUpAdminBacking extends FollowedYearPage {

    private List<GrantLine> grants = List.of();

    @Override
    protected void show(int year) {
        grants = followUp.grants(year);
    }

    public List<GrantLine> getGrants() { return grants; }
}
