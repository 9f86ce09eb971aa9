package fr.budgetcitoyen.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A campaign as the portal shows it on a given day: its calendar state and its key figures. */
public record CampaignOverview(Campaign campaign, LocalDate today, long projectsOnBallot) {

    public Optional<Phase> currentPhase() {
        return campaign.calendar().currentPhase(today);
    }

    public Optional<Phase> nextPhase() {
        return campaign.calendar().nextPhase(today);
    }

    public List<Phase> openPhases() {
        return campaign.calendar().phasesOpenOn(today);
    }

    public CampaignProgress progress() {
        return campaign.calendar().progressOn(today);
    }

    public boolean isCurrent(Phase phase) {
        return currentPhase().map(p -> p.type() == phase.type()).orElse(false);
    }
}
