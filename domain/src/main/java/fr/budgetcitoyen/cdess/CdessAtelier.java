package fr.budgetcitoyen.cdess;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A working group of the CDESS on one theme (new forms of consultation, ESS and transition…). */
@Entity
@Table(name = "cdess_atelier")
public class CdessAtelier extends IdentifiedEntity {

    @Column(nullable = false, length = 160)
    private String theme;

    @Column(length = 1000)
    private String description;

    protected CdessAtelier() {
        // for JPA
    }

    public static CdessAtelier open(String theme, String description) {
        new InvalidFieldsException.Check()
                .text(theme, 160, "theme", "cdess.atelier.theme")
                .require(description == null || description.strip().length() <= 1000, "description", "cdess.atelier.description.tooLong")
                .orThrow();
        CdessAtelier atelier = new CdessAtelier();
        atelier.theme = theme.strip();
        atelier.description = description == null || description.isBlank() ? null : description.strip();
        return atelier;
    }

    public String theme() { return theme; }

    public String description() { return description; }
}
