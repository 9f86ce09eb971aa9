package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicProfile;
import fr.budgetcitoyen.web.format.ContactFields;

/**
 * A SCIC's public profile as typed: whole by its members on {@code /my-scic}, its purpose only by the Mission ESS
 * when it registers the SCIC.
 */
public class ScicProfileForm extends ContactFields {

    private static final long serialVersionUID = 1L;

    private String purpose;
    private String activities;

    /** Shows the SCIC's profile to edit. */
    void fill(Scic scic) {
        purpose = scic.purpose();
        activities = scic.activities();
        setWebsite(scic.website());
        setContactEmail(scic.contactEmail());
    }

    ScicProfile toProfile() {
        return new ScicProfile(purpose, activities, getWebsite(), getContactEmail());
    }

    public String getPurpose() { return purpose; }

    public void setPurpose(String purpose) { this.purpose = purpose; }

    public String getActivities() { return activities; }

    public void setActivities(String activities) { this.activities = activities; }
}
