package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.project.LegalForm;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A carrier's legal form and where it sits, as its project file gave them; any may be unknown. A structure takes
 * those of its latest project. Hibernate reads an all-unknown seat as null.
 */
@Embeddable
public record CarrierSeat(
        @Enumerated(EnumType.STRING)
        @Column(name = "legal_form", length = 40)
        LegalForm legalForm,

        @Column(name = "territory_code", length = 40)
        String territoryCode,

        @Column(name = "commune_insee_code", length = 5)
        String communeInseeCode) {
}
