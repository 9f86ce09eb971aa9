package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.AmbassadorProfile;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.web.format.ContactFields;

/**
 * An ambassador's public profile as typed: by the ambassador on {@code /my-ambassador}, or (name, theme and
 * description only) by an agent who recognises an initiative.
 */
public class ProfileForm extends ContactFields {

    private static final long serialVersionUID = 1L;

    private String name;
    private Theme theme;
    private String description;
    private boolean contactPublic;

    /** Shows the profile to edit. */
    void fill(AmbassadorProfile shown) {
        name = shown.name();
        theme = shown.theme();
        description = shown.description();
        setWebsite(shown.website());
        setContactEmail(shown.contactEmail());
        contactPublic = shown.contactPublic();
    }

    AmbassadorProfile toProfile() {
        return new AmbassadorProfile(name, theme, description, getWebsite(), getContactEmail(), contactPublic);
    }

    /** Ready for the next initiative (the theme stays, often the same). */
    void clear() {
        name = null;
        description = null;
    }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public Theme getTheme() { return theme; }

    public void setTheme(Theme theme) { this.theme = theme; }

    public String getDescription() { return description; }

    public void setDescription(String description) { this.description = description; }

    public boolean isContactPublic() { return contactPublic; }

    public void setContactPublic(boolean contactPublic) { this.contactPublic = contactPublic; }
}
