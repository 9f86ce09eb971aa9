package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.account.EmailAddress;
import fr.budgetcitoyen.shared.InvalidFieldsException;

/** The public fields a SCIC's members manage themselves: what the cooperative does and how to reach it. */
public record ScicProfile(String purpose, String activities, String website, String contactEmail) {

    public static final int PURPOSE_MAX = 600;
    public static final int ACTIVITIES_MAX = 2000;

    /** Every invalid field at once. */
    public ScicProfile checked() {
        boolean site = website == null || website.isBlank() || website.strip().matches("https?://[^\\s<>\"]{3,290}");
        boolean mail = contactEmail == null || contactEmail.isBlank() || EmailAddress.isValid(contactEmail.strip());
        new InvalidFieldsException.Check()
                .text(purpose, PURPOSE_MAX, "purpose", "scic.purpose")
                .require(activities == null || activities.strip().length() <= ACTIVITIES_MAX, "activities", "scic.activities.tooLong")
                .require(site, "website", "scic.website.invalid")
                .require(mail, "contactEmail", "scic.contactEmail.invalid")
                .orThrow();
        return new ScicProfile(purpose.strip(), blankToNull(activities), blankToNull(website), blankToNull(contactEmail));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
