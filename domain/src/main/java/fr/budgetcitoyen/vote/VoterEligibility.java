package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseType;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds' rule: residents of the Pas-de-Calais aged over 11 vote during the vote step. Age is taken
 * on the vote's closing day, so turning 11 during the vote opens it. The commune comes from the
 * département's reference list (a foreign key), so having one means living in the Pas-de-Calais.
 */
public final class VoterEligibility {

    public static final int MINIMUM_AGE = 11;

    private VoterEligibility() {
    }

    /** Every reason that keeps this account from voting today; empty when it may vote. */
    public static List<Ineligibility> refusals(Voter voter, Campaign campaign, LocalDate today) {
        List<Ineligibility> refusals = new ArrayList<>();
        if (!campaign.isPublic() || !campaign.calendar().isOpen(PhaseType.VOTE, today)) {
            refusals.add(Ineligibility.VOTE_CLOSED);
        }
        if (voter.awaitsEmailConfirmation()) {
            refusals.add(Ineligibility.EMAIL_NOT_CONFIRMED);
        } else if (!voter.isActive()) {
            refusals.add(Ineligibility.ACCOUNT_INACTIVE);
        }
        if (voter.flagged()) {
            refusals.add(Ineligibility.ACCOUNT_FLAGGED);
        }
        if (voter.birthDate() == null) {
            refusals.add(Ineligibility.BIRTH_DATE_MISSING);
        } else {
            LocalDate closing = campaign.calendar().phase(PhaseType.VOTE).map(p -> p.endDate()).orElse(today);
            if (Period.between(voter.birthDate(), closing).getYears() < MINIMUM_AGE) {
                refusals.add(Ineligibility.TOO_YOUNG);
            }
        }
        if (voter.livesOutside()) {
            refusals.add(Ineligibility.LIVES_OUTSIDE);
        } else if (voter.communeInseeCode() == null) {
            refusals.add(Ineligibility.COMMUNE_MISSING);
        }
        return List.copyOf(refusals);
    }
}
