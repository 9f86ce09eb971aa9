package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.shared.Theme;

import java.io.Serializable;

/** An experience sheet as the ambassador types it. */
public class SheetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    String title;
    String body;
    Theme theme;
    Workshop workshop;

    void clear() {
        title = null;
        body = null;
        theme = null;
        workshop = null;
    }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getBody() { return body; }

    public void setBody(String body) { this.body = body; }

    public Theme getTheme() { return theme; }

    public void setTheme(Theme theme) { this.theme = theme; }

    public Workshop getWorkshop() { return workshop; }

    public void setWorkshop(Workshop workshop) { this.workshop = workshop; }
}
