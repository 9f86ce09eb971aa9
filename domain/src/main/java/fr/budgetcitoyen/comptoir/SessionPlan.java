package fr.budgetcitoyen.comptoir;

import java.time.LocalDateTime;

/** What an agent types to plan a session; checked by {@link ComptoirSession#plan}. */
public record SessionPlan(LocalDateTime startsAt, LocalDateTime endsAt, String venue, String address,
                          String communeInseeCode, String hostStructure, Workshop workshop, String facilitator,
                          Integer capacity) {
}
