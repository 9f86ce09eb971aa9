package fr.budgetcitoyen.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the platform holds about a person, as they download it (RGPD, art. 15 and 20). */
public record PersonalData(String email, String displayName, LocalDate birthDate, String communeInseeCode,
                           String parentEmail, String language, String status, List<String> roles, Instant createdAt,
                           List<Trace> history) {

    /** One audited event about the person. */
    public record Trace(Instant at, String actor, String action, String before, String after) {
    }
}
