package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A "fiche d'expérience": what an ambassador learnt, written for idea carriers. Filed under a theme
 * (shown on the ideas of that theme) and optionally a workshop topic (shown on the comptoir sessions
 * working on it).
 */
@Entity
@Table(name = "experience_sheet")
public class ExperienceSheet extends IdentifiedEntity {

    public static final int TITLE_MAX = 160;
    public static final int BODY_MAX = 4000;

    @Column(name = "ambassador_id", nullable = false)
    private Long ambassadorId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Workshop workshop;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ExperienceSheet() {
        // for JPA
    }

    /** Written by an ambassador for their own initiative; every invalid field at once. */
    public static ExperienceSheet write(Ambassador author, String title, String body, Theme theme, Workshop workshop, Instant now) {
        new InvalidFieldsException.Check()
                .text(title, TITLE_MAX, "title", "sheet.title")
                .text(body, BODY_MAX, "body", "sheet.body")
                .require(theme != null, "theme", "sheet.theme.required")
                .orThrow();
        ExperienceSheet sheet = new ExperienceSheet();
        sheet.ambassadorId = author.id();
        sheet.title = title.strip();
        sheet.body = body.strip();
        sheet.theme = theme;
        sheet.workshop = workshop;
        sheet.publishedAt = now;
        return sheet;
    }

    public long ambassadorId() { return ambassadorId; }

    public String title() { return title; }

    public String body() { return body; }

    public Theme theme() { return theme; }

    public Workshop workshop() { return workshop; }

    public Instant publishedAt() { return publishedAt; }
}
