package fr.budgetcitoyen.web.format;

import java.io.Serializable;

/** How the public reaches an organisation, as its members type it: its website and a contact address. */
public class ContactFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String website;
    private String contactEmail;

    public String getWebsite() { return website; }

    public void setWebsite(String website) { this.website = website; }

    public String getContactEmail() { return contactEmail; }

    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
}
