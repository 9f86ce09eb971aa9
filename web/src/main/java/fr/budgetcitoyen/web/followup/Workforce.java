package fr.budgetcitoyen.web.followup;

import java.io.Serializable;

/**
 * What a funded project's form asks of its people, as typed: its volunteers and its employees — counts in the
 * yearly report, trends in the impact survey. Read by the page that posts it.
 */
public class Workforce implements Serializable {

    private static final long serialVersionUID = 1L;

    private String volunteers;
    private String employees;

    public String getVolunteers() { return volunteers; }

    public void setVolunteers(String volunteers) { this.volunteers = volunteers; }

    public String getEmployees() { return employees; }

    public void setEmployees(String employees) { this.employees = employees; }
}
