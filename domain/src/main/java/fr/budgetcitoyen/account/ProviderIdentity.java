package fr.budgetcitoyen.account;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who an OpenID Connect provider says signed in: its issuer and subject (the stable key), the e-mail address
 * it gives (not part of the certified identity) and, from FranceConnect's identité pivot, the names and the
 * certified birth date (null when the provider gives none).
 */
public record ProviderIdentity(String issuer, String subject, String email, String givenName, String familyName,
                               LocalDate birthDate) implements Serializable {

    public ProviderIdentity {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
    }

    /** "Camille Martin", or the address when the provider gives no name. */
    public String displayName() {
        String name = ((givenName == null ? "" : givenName.strip()) + " " + (familyName == null ? "" : familyName.strip())).strip();
        return name.isEmpty() ? email : name.length() > 120 ? name.substring(0, 120).strip() : name;
    }
}
