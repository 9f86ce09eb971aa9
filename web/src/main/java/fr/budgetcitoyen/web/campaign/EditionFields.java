package fr.budgetcitoyen.web.campaign;

import java.io.Serializable;

/** An edition's title and envelope as typed, the envelope text until the action reads it: to create or describe one. */
public class EditionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String envelope;

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getEnvelope() { return envelope; }

    public void setEnvelope(String envelope) { this.envelope = envelope; }
}
