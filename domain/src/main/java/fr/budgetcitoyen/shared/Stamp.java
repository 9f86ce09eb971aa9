package fr.budgetcitoyen.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/**
 * Who did something (their e-mail address) and when: a grant given, a report filed, a document uploaded. Each owner
 * names the two columns with {@code @AttributeOverride}s ({@code granted_by}, {@code granted_at}…).
 */
@Embeddable
public record Stamp(
        @Column(length = 254)
        String by,

        Instant at) {

    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
