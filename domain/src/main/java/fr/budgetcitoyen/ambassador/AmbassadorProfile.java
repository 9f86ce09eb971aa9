package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.account.EmailAddress;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;

/** The public fields an ambassador manages: what they propose, an agent reviews before publication. */
public record AmbassadorProfile(String name, Theme theme, String description, String website, String contactEmail,
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
