package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseType;

import java.time.LocalDate;

/** The anonymised ballots become public the day after the vote closes, never while it runs. */
public final class BallotPublication {

    private BallotPublication() {
    }

    public static boolean isPublished(Campaign campaign, LocalDate today) {
        return campaign.calendar().phase(PhaseType.VOTE).map(vote -> vote.isOverOn(today)).orElse(false);
    }
}
