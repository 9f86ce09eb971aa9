package fr.budgetcitoyen.cdess;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A working group of the CDESS on one theme (new forms of consultation, ESS and transition…). */
@Entity
@Table(name = "cdess_atelier")
public class CdessAtelier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    public Long id() {
        return id;
    }

    public String theme() {
        return theme;
    }

    public String description() {
        return description;
    }
}
