package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Phase;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.shared.InvalidFieldsException;

import java.time.LocalDateTime;
import java.util.Optional;

/** What an agent types to plan a session, and the rules it must meet to become a {@link ComptoirSession}. */
public record SessionPlan(LocalDateTime startsAt, LocalDateTime endsAt, String venue, String address,
                          String communeInseeCode, String hostStructure, Workshop workshop, String facilitator,
                          Integer capacity) {

    /** Every invalid field at once: a time within the campaign's comptoirs step, on one day, and the texts. */
    void check(Campaign campaign, String territoryCode) {
        Optional<Phase> step = campaign.calendar().phase(PhaseType.COMPTOIRS);
        boolean timed = startsAt != null && endsAt != null;
        new InvalidFieldsException.Check()
                .require(startsAt != null, "startsAt", "comptoir.startsAt.required")
                .require(endsAt != null, "endsAt", "comptoir.endsAt.required")
                .require(!timed || endsAt.isAfter(startsAt), "endsAt", "comptoir.endsAt.beforeStart")
                .require(!timed || endsAt.toLocalDate().equals(startsAt.toLocalDate()), "endsAt", "comptoir.endsAt.sameDay")
                .require(step.isPresent(), "startsAt", "comptoir.startsAt.noStep")
                .require(startsAt == null || step.isEmpty() || step.get().isOpenOn(startsAt.toLocalDate()),
                        "startsAt", "comptoir.startsAt.outsideStep")
                .text(venue, ComptoirSession.TEXT_MAX, "venue", "comptoir.venue")
                .text(address, ComptoirSession.ADDRESS_MAX, "address", "comptoir.address")
                .require(communeInseeCode != null && territoryCode != null, "commune", "comptoir.commune.required")
                .text(hostStructure, ComptoirSession.TEXT_MAX, "hostStructure", "comptoir.hostStructure")
                .require(workshop != null, "workshop", "comptoir.workshop.required")
                .text(facilitator, ComptoirSession.TEXT_MAX, "facilitator", "comptoir.facilitator")
                .require(capacity != null && capacity > 0 && capacity <= ComptoirSession.CAPACITY_MAX,
                        "capacity", "comptoir.capacity.range")
                .orThrow();
    }
}
