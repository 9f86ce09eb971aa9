package fr.budgetcitoyen.ambassador;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import fr.budgetcitoyen.account.EmailAddress;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;

/**
 * The public fields an ambassador manages: what they propose, an agent reviews before publication. Stored alike
 * in the ambassador (what is online) and in each profile change (what is proposed).
 */
@Embeddable
public record AmbassadorProfile(
        @Column(nullable = false, length = NAME_MAX)
        String name,

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 40)
        Theme theme,

        @Column(nullable = false, length = DESCRIPTION_MAX)
        String description,

        @Column(length = 300)
        String website,

        @Column(name = "contact_email", length = 254)
        String contactEmail,

        @Column(name = "contact_public", nullable = false)
        boolean contactPublic) {

    public static final int NAME_MAX = 160;
    public static final int DESCRIPTION_MAX = 2000;

    /** Every invalid field at once; a website is an http(s) address, a contact a valid e-mail. */
    public AmbassadorProfile checked() {
        boolean site = website == null || website.isBlank() || website.strip().matches("https?://[^\\s<>\"]{3,290}");
        boolean mail = contactEmail == null || contactEmail.isBlank() || EmailAddress.isValid(contactEmail.strip());
        new InvalidFieldsException.Check()
                .text(name, NAME_MAX, "name", "ambassador.name")
                .require(theme != null, "theme", "ambassador.theme.required")
                .text(description, DESCRIPTION_MAX, "description", "ambassador.description")
                .require(site, "website", "ambassador.website.invalid")
                .require(mail, "contactEmail", "ambassador.contactEmail.invalid")
                .require(!contactPublic || contactEmail != null && !contactEmail.isBlank(), "contactEmail", "ambassador.contactEmail.required")
                .orThrow();
        return new AmbassadorProfile(name.strip(), theme, description.strip(), blankToNull(website), blankToNull(contactEmail), contactPublic);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
