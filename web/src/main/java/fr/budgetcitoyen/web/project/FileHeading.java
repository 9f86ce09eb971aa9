package fr.budgetcitoyen.web.project;

import java.io.Serializable;

/** What names a project file, as typed: its category of the edition and its title; enough to start one. */
public class FileHeading implements Serializable {

    private static final long serialVersionUID = 1L;

    private String category;
    private String title;

    public String getCategory() { return category; }

    public void setCategory(String category) { this.category = category; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }
}
